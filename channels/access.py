"""Who sees which inquiries: the intake side of the access policy.

It lives here because counselling/access.py may not import channels (the import
contracts keep the dependency one way); it builds on the same office scope.
"""

from django.db.models import QuerySet

from counselling.access import office_ids
from counselling.models import STAFF_ROLES, Role, User

from .models import CallBack, Inquiry, Visit


def inquiries_for(user: User) -> QuerySet[Inquiry]:
    """Inquiries addressed to one of the user's offices."""
    if not user.is_authenticated or not user.is_active:
        return Inquiry.objects.none()
    if user.role == Role.ADMIN:
        return Inquiry.objects.all()
    if user.role not in STAFF_ROLES:
        return Inquiry.objects.none()
    return Inquiry.objects.filter(office_id__in=office_ids(user))


def visits_for(user: User) -> QuerySet[Visit]:
    """Walk-ins at one of the user's offices."""
    if not user.is_authenticated or not user.is_active:
        return Visit.objects.none()
    if user.role == Role.ADMIN:
        return Visit.objects.all()
    if user.role not in STAFF_ROLES:
        return Visit.objects.none()
    return Visit.objects.filter(office_id__in=office_ids(user))


def call_backs_for(user: User) -> QuerySet[CallBack]:
    """Call-backs of inquiries addressed to one of the user's offices."""
    return CallBack.objects.filter(inquiry__in=inquiries_for(user))
