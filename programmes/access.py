"""Who sees which enrolments and plan goals: the programme side of the access policy.

It lives here because counselling/access.py may not import programmes; it builds on
the same office scope, so another office's enrolment is simply not in the queryset.
"""

from django.db.models import QuerySet

from counselling.access import SESSION_ROLES, office_ids
from counselling.models import STAFF_ROLES, Role, User

from .models import Enrolment, EnrolmentQuerySet, PlanGoal

# Who enrols clients, moves them between phases and updates their plan.
PROGRAMME_ROLES = SESSION_ROLES


def enrolments_for(user: User) -> EnrolmentQuerySet:
    """Staff: enrolments at their offices. Everyone else: none."""
    if not user.is_authenticated or not user.is_active:
        return Enrolment.objects.none()
    if user.role == Role.ADMIN:
        return Enrolment.objects.all()
    if user.role not in STAFF_ROLES:
        return Enrolment.objects.none()
    return Enrolment.objects.filter(office_id__in=office_ids(user))


def goals_for(user: User) -> QuerySet[PlanGoal]:
    """Plan goals of the enrolments the user may see."""
    return PlanGoal.objects.filter(enrolment__in=enrolments_for(user))
