"""Verbs of the volunteer roster and matching. Each runs in one transaction and writes its
audit event; a match is made only in `make_match`, which refuses a volunteer without a
valid background check and an overlap with the client's other match of the same kind."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.models import Client
from clients.restriction import refuse_if_restricted, unrestricted
from counselling import audit, outbox
from counselling.models import AuditAction, Office, OutgoingMessage, Role, User

from . import selectors
from .access import matches_for, volunteers_for
from .models import SHARED_FIELDS, CheckIn, Match, SupportKind, Volunteer

ROSTER_FIELDS = (
    "first_name", "last_name", "email", "phone", "kinds", "languages", "skills",
    "availability", "places", "background_checked_on", "background_check_expires_on",
    "training", "trained_on", "agreement_signed_on", "active",
)  # fmt: skip


@transaction.atomic
def save_volunteer(
    *,
    user: User,
    values: dict,
    offices: list[Office],
    volunteer: Volunteer | None = None,
    request: HttpRequest | None = None,
) -> Volunteer:
    """Add a volunteer to the roster, or change one. `values` holds ROSTER_FIELDS."""
    new = volunteer is None
    volunteer = volunteer or Volunteer()
    changed = [name for name in ROSTER_FIELDS if name in values]
    for name in changed:
        setattr(volunteer, name, values[name])
    if not volunteer.active and volunteer.left_on is None:
        volunteer.left_on = timezone.localdate()
    elif volunteer.active:
        volunteer.left_on = None
    volunteer.full_clean(exclude=["offices", "user"])
    volunteer.save()
    volunteer.offices.set(offices)
    audit.record(
        actor=user,
        action=AuditAction.CREATE if new else AuditAction.UPDATE,
        obj=volunteer,
        office_id=offices[0].pk if offices else None,
        request=request,
        detail={"fields": changed} if not new else None,
    )
    return volunteer


def check_match(
    *,
    client: Client,
    volunteer: Volunteer,
    office: Office,
    kind: str,
    starts_on: date,
    planned_end_on: date | None,
    shared_fields: list[str],
) -> None:
    """The rules a new match must meet; raises a translated ValidationError."""
    if kind not in SupportKind.values:
        raise ValidationError(_("Choose the kind of support."))
    if set(shared_fields) - set(SHARED_FIELDS):
        raise ValidationError(_("Choose the details to share from the list."))
    if planned_end_on is not None and planned_end_on < starts_on:
        raise ValidationError(_("The planned end cannot be before the start."))
    if not volunteer.active:
        raise ValidationError(_("%(volunteer)s is not active.") % {"volunteer": volunteer})
    if kind not in volunteer.kinds:
        raise ValidationError(
            _("%(volunteer)s does not offer this kind of support.") % {"volunteer": volunteer}
        )
    if not volunteer.offices.filter(pk=office.pk).exists():
        raise ValidationError(
            _("%(volunteer)s does not volunteer for %(office)s.")
            % {"volunteer": volunteer, "office": office}
        )
    if not volunteer.check_valid_on(starts_on):
        raise ValidationError(
            _(
                "%(volunteer)s has no valid background check on the start date. Record a "
                "current check first."
            )
            % {"volunteer": volunteer}
        )
    if _overlapping(client=client, kind=kind, starts_on=starts_on, ends_on=planned_end_on):
        raise ValidationError(
            _(
                "The client already has a %(kind)s match in this period. End it first or "
                "choose other dates."
            )
            % {"kind": SupportKind(kind).label}
        )


def _overlapping(*, client: Client, kind: str, starts_on: date, ends_on: date | None) -> bool:
    """Another match of this kind whose period meets [starts_on, ends_on]. A match runs
    until it ended, or else until its planned end; with neither it is open."""
    others = Match.objects.filter(client=client, kind=kind)
    if ends_on is not None:
        others = others.filter(starts_on__lte=ends_on)
    ended_before = Q(ended_on__isnull=False, ended_on__lt=starts_on)
    planned_before = Q(ended_on__isnull=True, planned_end_on__lt=starts_on)
    return others.exclude(ended_before | planned_before).exists()


@transaction.atomic
def make_match(
    *,
    user: User,
    client: Client,
    volunteer: Volunteer,
    office: Office,
    kind: str,
    starts_on: date,
    planned_end_on: date | None = None,
    shared_fields: list[str],
    needs: str = "",
    request: HttpRequest | None = None,
) -> Match:
    """Match a client with a volunteer. The client's row is locked, so two coordinators
    matching the same client at once cannot both pass the overlap check."""
    refuse_if_restricted(Client.objects.select_for_update().filter(pk=client.pk).first())
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    check_match(
        client=client,
        volunteer=volunteer,
        office=office,
        kind=kind,
        starts_on=starts_on,
        planned_end_on=planned_end_on,
        shared_fields=shared_fields,
    )
    match = Match.objects.create(
        client=client,
        volunteer=volunteer,
        office=office,
        kind=kind,
        starts_on=starts_on,
        planned_end_on=planned_end_on,
        shared_fields=[name for name in SHARED_FIELDS if name in shared_fields],
        needs=needs,
        made_by=user,
    )
    audit.record(
        actor=user,
        action=AuditAction.CREATE,
        obj=match,
        request=request,
        detail={"volunteer": volunteer.pk, "kind": kind, "shared": match.shared_fields},
    )
    return match


@transaction.atomic
def log_check_in(
    *,
    user: User,
    match: Match,
    on: date,
    note: str = "",
    next_on: date | None = None,
    request: HttpRequest | None = None,
) -> CheckIn:
    refuse_if_restricted(match.client)
    if match.status != Match.Status.ACTIVE:
        raise ValidationError(_("This match has ended; check-ins are for active matches."))
    if on < match.starts_on:
        raise ValidationError(_("A check-in cannot be before the match started."))
    if next_on is not None and next_on < on:
        raise ValidationError(_("The next check-in cannot be before this one."))
    check_in = CheckIn.objects.create(match=match, on=on, by=user, note=note, next_on=next_on)
    audit.record(
        actor=user,
        action=AuditAction.CREATE,
        obj=check_in,
        client_id=match.client_id,
        office_id=match.office_id,
        request=request,
        detail={"match": match.pk},
    )
    return check_in


@transaction.atomic
def end_match(
    *,
    user: User,
    match: Match,
    ended_on: date,
    outcome: str,
    outcome_note: str = "",
    request: HttpRequest | None = None,
) -> Match:
    match = Match.objects.select_for_update(of=("self",)).select_related("client").get(pk=match.pk)
    refuse_if_restricted(match.client)
    if match.status != Match.Status.ACTIVE:
        raise ValidationError(_("This match has already ended."))
    if outcome not in Match.Outcome.values:
        raise ValidationError(_("Choose the outcome."))
    if ended_on < match.starts_on:
        raise ValidationError(_("The end cannot be before the start."))
    match.status = Match.Status.ENDED
    match.ended_on = ended_on
    match.outcome = outcome
    match.outcome_note = outcome_note
    match.save(update_fields=["status", "ended_on", "outcome", "outcome_note"])
    audit.record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=match,
        request=request,
        detail={"status": match.status, "outcome": outcome},
    )
    return match


ALERTS = "volunteer_alerts"


def coordinators() -> list[User]:
    return list(
        User.objects.filter(is_active=True, role=Role.COORDINATOR)
        .exclude(email="")
        .prefetch_related("offices")
        .order_by("pk")
    )


def alert_message_id(user: User, today: date) -> str:
    """One digest per coordinator per day: a second run that day finds it."""
    return f"<volunteer-alerts-{today.isoformat()}-{user.pk}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"


def send_alert_digests(*, today: date | None = None) -> int:
    """Queue today's digest for each coordinator whose offices have a background check
    expiring or a match gone quiet. Nothing to tell: no e-mail. Returns how many were
    queued. The e-mail names volunteers and match references, never a client."""
    today = today or timezone.localdate()
    queued = 0
    for user in coordinators():
        checks = list(selectors.expiring_checks(volunteers_for(user), today=today))
        # A restricted client's match is frozen: no check-ins are expected of it.
        frozen_out = matches_for(user).filter(unrestricted("client__"))
        quiet = list(selectors.quiet_matches(frozen_out, today=today))
        if not checks and not quiet:
            continue
        key = alert_message_id(user, today)
        context = {
            "user": user,
            "checks": checks,
            "quiet": quiet,
            "today": today,
            "days": settings.VOLUNTEER_CHECK_EXPIRY_DAYS,
            "weeks": settings.VOLUNTEER_CHECK_IN_WEEKS,
            "link": settings.SITE_URL + reverse("volunteer-alerts"),
        }
        try:
            with transaction.atomic():
                if OutgoingMessage.objects.filter(message_id=key).exists():
                    continue
                outbox.queue_email(
                    kind=ALERTS,
                    to_email=user.email,
                    language=user.language,
                    template=ALERTS,
                    context=context,
                    message_id=key,
                )
        except IntegrityError:
            continue  # another run of the task queued it a moment ago
        queued += 1
    return queued
