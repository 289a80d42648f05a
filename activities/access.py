"""Who sees which group activities: the activities side of the access policy.

It lives here because counselling/access.py may not import activities (the import
contracts keep the dependency one way); it builds on the same office scope.
"""

from django.db.models import QuerySet

from counselling.access import SESSION_ROLES, office_ids
from counselling.models import STAFF_ROLES, Role, User

from .models import ActivitySeries, Meeting, SignUp

# Who runs activities (series, meetings, attendance): the people who work cases.
# Receptionists sign people up and read the lists.
ORGANISER_ROLES = SESSION_ROLES


def series_for(user: User) -> QuerySet[ActivitySeries]:
    """Series run by one of the user's offices."""
    if not user.is_authenticated or not user.is_active:
        return ActivitySeries.objects.none()
    if user.role == Role.ADMIN:
        return ActivitySeries.objects.all()
    if user.role not in STAFF_ROLES:
        return ActivitySeries.objects.none()
    return ActivitySeries.objects.filter(office_id__in=office_ids(user))


def meetings_for(user: User) -> QuerySet[Meeting]:
    return Meeting.objects.filter(series__in=series_for(user))


def sign_ups_for(user: User) -> QuerySet[SignUp]:
    return SignUp.objects.filter(series__in=series_for(user))
