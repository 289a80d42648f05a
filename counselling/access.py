"""The access policy: which offices, clients, cases and audit events a user may see.

Every view and API viewset gets its objects through these functions, so a rule lives
in one place. An object outside a user's scope is simply not in the queryset, and the
caller's get_object_or_404 answers "not found" exactly as for an object that does not
exist. One condition per line, so coverage shows each case is tested.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from clients.models import Client, Household

from .models import (
    STAFF_ROLES,
    AuditEvent,
    Case,
    CounsellingSession,
    FollowUp,
    Office,
    Role,
    User,
)


def require_role(user: User, *roles: str) -> None:
    """Refuse (403) a signed-in user whose role may not use this page at all."""
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    if user.role not in roles:
        raise PermissionDenied


def require_staff(user: User) -> None:
    require_role(user, *STAFF_ROLES)


def offices_for(user: User) -> QuerySet[Office]:
    if not user.is_authenticated or not user.is_active:
        return Office.objects.none()
    if user.role == Role.ADMIN:
        return Office.objects.all()
    if user.role == Role.PARTNER:
        return Office.objects.none()
    return Office.objects.filter(staff=user)


def office_ids(user: User) -> list[int]:
    """The user's office ids, read once per request (the user object lives that long).
    Apps above counselling (channels, referrals) scope their own rows with it."""
    cache = user.__dict__
    if "_silta_office_ids" not in cache:
        cache["_silta_office_ids"] = list(offices_for(user).values_list("id", flat=True))
    return cache["_silta_office_ids"]


def home_office_id(user: User) -> int | None:
    """The user's own first office: where their work happens unless they say otherwise.
    Read once per request (the user object lives that long)."""
    cache = user.__dict__
    if "_silta_home_office" not in cache:
        offices = user.offices.order_by("pk").values_list("pk", flat=True)
        cache["_silta_home_office"] = offices.first()
    return cache["_silta_home_office"]


def clients_for(user: User) -> QuerySet[Client]:
    """Clients registered at, or with a case (their own or their household's) in, one of
    the user's offices. A record merged into another is gone for everyone."""
    if not user.is_authenticated or not user.is_active:
        return Client.objects.none()
    current = Client.objects.filter(merged_into__isnull=True)
    if user.role == Role.ADMIN:
        return current
    if user.role not in STAFF_ROLES:
        return Client.objects.none()
    offices = office_ids(user)
    cases_here = Case.objects.filter(office_id__in=offices)
    registered_here = Q(registered_office_id__in=offices)
    with_a_case_here = Q(id__in=cases_here.filter(client__isnull=False).values("client_id"))
    household_case_here = Q(
        household_id__in=cases_here.filter(household__isnull=False).values("household_id")
    )
    return current.filter(registered_here | with_a_case_here | household_case_here)


def households_for(user: User) -> QuerySet[Household]:
    """Households started at one of the user's offices or with a member they may see."""
    if not user.is_authenticated or not user.is_active:
        return Household.objects.none()
    if user.role == Role.ADMIN:
        return Household.objects.all()
    if user.role not in STAFF_ROLES:
        return Household.objects.none()
    started_here = Q(registered_office_id__in=office_ids(user))
    with_a_member_here = Q(id__in=clients_for(user).values("household_id"))
    return Household.objects.filter(started_here | with_a_member_here)


def households_for_new_cases(user: User) -> QuerySet[Household]:
    """Households a case may be opened for: those started at one of the user's offices.
    A household case makes every member visible to its office, so a member seen from
    elsewhere must not open the door to the others."""
    households = households_for(user)
    if user.role == Role.ADMIN:
        return households
    return households.filter(registered_office_id__in=office_ids(user))


def cases_for(user: User) -> QuerySet[Case]:
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    if user.role == Role.ADMIN:
        return Case.objects.all()
    if user.role not in STAFF_ROLES:
        return Case.objects.none()
    return Case.objects.filter(office_id__in=office_ids(user))


def sessions_for(user: User) -> QuerySet[CounsellingSession]:
    """Sessions held in the user's offices."""
    if not user.is_authenticated or not user.is_active:
        return CounsellingSession.objects.none()
    if user.role == Role.ADMIN:
        return CounsellingSession.objects.all()
    if user.role not in STAFF_ROLES:
        return CounsellingSession.objects.none()
    return CounsellingSession.objects.filter(office_id__in=office_ids(user))


def follow_ups_for(user: User) -> QuerySet[FollowUp]:
    """Follow-ups of sessions held in the user's offices, and follow-ups booked without
    a session for someone who works there. A client seen in two offices does not show
    one office the other's to-do list."""
    if not user.is_authenticated or not user.is_active:
        return FollowUp.objects.none()
    if user.role == Role.ADMIN:
        return FollowUp.objects.all()
    if user.role not in STAFF_ROLES:
        return FollowUp.objects.none()
    offices = office_ids(user)
    # A follow-up's office is its session's (FollowUp.office), so no join to sessions.
    from_a_session_here = Q(session__isnull=False, office_id__in=offices)
    colleagues = User.objects.filter(offices__in=offices).values("id")
    booked_here = Q(session__isnull=True, assigned_to_id__in=colleagues)
    return FollowUp.objects.filter(from_a_session_here | booked_here)


# Who logs counselling sessions and works cases (receptionists register people but hold
# no sessions or cases).
SESSION_ROLES = (Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN)
# Merging rewrites two records' history: coordinators decide it.
MERGE_ROLES = (Role.COORDINATOR, Role.ADMIN)
# Who may place and lift legal holds (privacy), which stop retention and erasure.
HOLD_ROLES = (Role.COORDINATOR, Role.ADMIN)
# Moving one person's work to another (a counsellor leaves or is ill) is a coordinator's call.
REASSIGN_ROLES = (Role.COORDINATOR, Role.ADMIN)
# Who may own a case, a follow-up or an inquiry handed over.
CASEWORKER_ROLES = (Role.COUNSELLOR, Role.COORDINATOR)


def can_read_note(user: User, session: CounsellingSession) -> bool:
    """A restricted note is for its author and the coordinators only."""
    if not session.restricted:
        return True
    if session.counsellor_id == user.pk:
        return True
    return user.role in {Role.COORDINATOR, Role.ADMIN}


def audit_events_for(user: User) -> QuerySet[AuditEvent]:
    """Coordinators read the trail of their offices (and events tied to neither an
    office nor a client, such as failed sign-ins); administrators read all of it;
    nobody else reads any."""
    if not user.is_authenticated or not user.is_active:
        return AuditEvent.objects.none()
    if user.role == Role.ADMIN:
        return AuditEvent.objects.all()
    if user.role != Role.COORDINATOR:
        return AuditEvent.objects.none()
    in_my_offices = Q(office_id__in=office_ids(user))
    about_no_client_or_office = Q(office_id__isnull=True, client_id__isnull=True)
    return AuditEvent.objects.filter(in_my_offices | about_no_client_or_office)


def caseworkers(office_ids) -> QuerySet[User]:
    """Who may own a case or a follow-up in these offices: active counsellors and
    coordinators, by name."""
    return (
        User.objects.filter(is_active=True, offices__in=office_ids, role__in=CASEWORKER_ROLES)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def caseworker_office_ids(user: User) -> set[int]:
    """The offices where `user` may own work: none unless they are an active counsellor
    or coordinator (the same rule as `caseworkers`, asked the other way round)."""
    if not user.is_active:
        return set()
    if user.role not in CASEWORKER_ROLES:
        return set()
    return set(user.offices.values_list("pk", flat=True))


def users_for(user: User) -> QuerySet[User]:
    """Colleagues a coordinator may filter the audit log by."""
    if user.role == Role.ADMIN:
        return User.objects.all()
    return User.objects.filter(offices__in=office_ids(user)).distinct()
