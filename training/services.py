"""Recording training. Each verb is one transaction and writes its audit event."""

from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from counselling import audit
from counselling.models import AuditAction, User
from knowledge.models import Page
from volunteers.models import Volunteer

from .models import Completion, TrainingModule
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


@transaction.atomic
def record_volunteer_completion(
    *,
    user: User,
    volunteer: Volunteer,
    module: TrainingModule,
    page: Page,
    on: date,
    request: HttpRequest | None = None,
) -> Completion:
    """A coordinator records the day a volunteer on the roster completed a page of a
    module for volunteers. Recording it again corrects the date."""
    if module.audience not in TrainingModule.VOLUNTEER_AUDIENCES:
        raise ValidationError(_("This module is not for volunteers."))
    if not module.pages.filter(pk=page.pk).exists():
        raise ValidationError(_("This page is not part of the module."))
    if on > timezone.localdate():
        raise ValidationError(_("The date cannot be in the future."))
    # Midday local time: the date shown back is the day recorded.
    at = timezone.make_aware(datetime.combine(on, time(12)))
    completion, created = Completion.objects.update_or_create(
        volunteer=volunteer, page=page, defaults={"completed_at": at}
    )
    audit.record(
        actor=user,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        obj=completion,
        detail={"page": page.pk, "volunteer": volunteer.pk, "module": module.pk},
        request=request,
    )
    return completion
