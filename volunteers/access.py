"""Who sees which volunteers and matches: the volunteer side of the access policy.

It lives here because counselling/access.py may not import volunteers (the import
contracts keep the dependency one way); it builds on the same office scope. A volunteer's
limited account (Role.VOLUNTEER) sees its own active matches and nothing else: no
office, no client (counselling.access gives that role none of either).
"""

from django.db.models import QuerySet

from counselling.access import office_ids, require_role
from counselling.models import Role, User

from .models import Match, Volunteer

# Coordinators keep the roster, make and end matches and log check-ins.
COORDINATOR_ROLES = (Role.COORDINATOR, Role.ADMIN)


def volunteers_for(user: User) -> QuerySet[Volunteer]:
    """Coordinators: volunteers of their offices. Nobody else reads the roster."""
    if not user.is_authenticated or not user.is_active:
        return Volunteer.objects.none()
    if user.role == Role.ADMIN:
        return Volunteer.objects.all()
    if user.role != Role.COORDINATOR:
        return Volunteer.objects.none()
    mine = Volunteer.objects.filter(offices__in=office_ids(user)).values("pk")
    return Volunteer.objects.filter(pk__in=mine)


def matches_for(user: User) -> QuerySet[Match]:
    """Staff: matches made in their offices. A volunteer's account: its own active
    matches while the roster has them active (an ended match, or a volunteer taken off
    the roster, shows them nothing more)."""
    if not user.is_authenticated or not user.is_active:
        return Match.objects.none()
    if user.role == Role.ADMIN:
        return Match.objects.all()
    if user.role == Role.VOLUNTEER:
        return Match.objects.filter(
            volunteer__user=user, volunteer__active=True, status=Match.Status.ACTIVE
        )
    if not user.is_staff_member:
        return Match.objects.none()
    return Match.objects.filter(office_id__in=office_ids(user))


def require_volunteer(user: User) -> None:
    """Refuse (403) anyone but a signed-in volunteer account."""
    require_role(user, Role.VOLUNTEER)
