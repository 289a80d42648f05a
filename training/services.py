"""Recording training. Each verb is one transaction and writes its audit event."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from counselling import audit
from counselling.models import AuditAction, User
from knowledge.models import Page

from .models import Completion
from .selectors import modules_for


@transaction.atomic
def complete_page(
    *, user: User, page: Page, at: datetime | None = None, request: HttpRequest | None = None
) -> Completion:
    """Record that the user has read a page one of their modules requires. Completing it
    again keeps the first date."""
    if not modules_for(user).filter(pages=page).exists():
        raise ValidationError(_("This page is not part of your training."))
    completion, created = Completion.objects.get_or_create(
        user=user, page=page, defaults={"completed_at": at or timezone.now()}
    )
    if created:
        audit.record(
            actor=user, action=AuditAction.CREATE, obj=completion, detail={"page": page.pk},
            request=request,
        )  # fmt: skip
    return completion
