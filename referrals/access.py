"""Who sees which referrals: the referral side of the access policy.

It lives here because counselling/access.py may not import referrals (the import
contracts keep the dependency one way); it builds on the same office scope.
"""

from django.conf import settings
from django.db.models import QuerySet

from counselling.access import SESSION_ROLES, office_ids
from counselling.models import STAFF_ROLES, Role, User

from .models import Organisation, Referral

# Who refers and withdraws: the people who work cases.
REFERRAL_ROLES = SESSION_ROLES


def referrals_for(user: User) -> QuerySet[Referral]:
    """Staff: referrals made from their offices' cases. Partner users: referrals sent to
    their organisation, and nothing else."""
    if not user.is_authenticated or not user.is_active:
        return Referral.objects.none()
    if user.role == Role.ADMIN:
        return Referral.objects.all()
    if user.role == Role.PARTNER:
        return Referral.objects.filter(organisation=partner_organisation(user))
    if user.role not in STAFF_ROLES:
        return Referral.objects.none()
    return Referral.objects.filter(office_id__in=office_ids(user))


def partner_organisation(user: User) -> Organisation | None:
    """The organisation a partner user answers for; None for everyone else. Read once per
    request (the user object lives that long)."""
    if not user.is_authenticated or user.role != Role.PARTNER or not user.is_active:
        return None
    cache = user.__dict__
    if "_silta_partner_org" not in cache:
        cache["_silta_partner_org"] = Organisation.objects.filter(
            members__user=user, active=True
        ).first()
    return cache["_silta_partner_org"]


def can_override_consent(user: User) -> bool:
    """Sending without the client's consent, on a recorded legal basis, is for the roles
    the service names in REFERRAL_OVERRIDE_ROLES (coordinators and administrators)."""
    return user.role in settings.REFERRAL_OVERRIDE_ROLES
