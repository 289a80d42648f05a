"""Who sees which outreach events: the outreach side of the access policy.

It lives here because counselling/access.py may not import outreach (the import
contracts keep the dependency one way); it builds on the same office scope.
"""

from django.db.models import QuerySet

from counselling.access import SESSION_ROLES, office_ids
from counselling.models import STAFF_ROLES, Role, User

from .models import OutreachEvent

# Who plans events and links their sessions: the people who hold sessions. Every staff
# member (reception too) may tally at an event and record a contact there.
EVENT_ROLES = SESSION_ROLES


def events_for(user: User) -> QuerySet[OutreachEvent]:
    """Events of one of the user's offices."""
    if not user.is_authenticated or not user.is_active:
        return OutreachEvent.objects.none()
    if user.role == Role.ADMIN:
        return OutreachEvent.objects.all()
    if user.role not in STAFF_ROLES:
        return OutreachEvent.objects.none()
    return OutreachEvent.objects.filter(office_id__in=office_ids(user))


def staff_for(office_id: int) -> QuerySet[User]:
    """Who may be named as present at an event of this office: its active staff."""
    return (
        User.objects.filter(is_active=True, offices=office_id, role__in=STAFF_ROLES)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
