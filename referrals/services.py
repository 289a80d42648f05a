"""Verbs of referrals. Each runs in one transaction and writes its audit event; every
e-mail goes through the outbox in the same transaction. A referral's status changes only
in `change_status`, which checks Referral.TRANSITIONS and adds a ReferralEvent."""

import hashlib
import hmac
import secrets
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.models import Client
from clients.restriction import refuse_if_restricted
from counselling import audit, outbox
from counselling.models import AuditAction, Case, OutgoingMessage, User

from . import links, sharing
from .access import can_override_consent
from .models import SHARED_FIELDS, PartnerCode, Referral, ReferralEvent, Service
from .selectors import sharing_consent

LETTER = "referrals.letters.attachment"
CODE_MINUTES = 15
CODE_ATTEMPTS = 5
CODES_PER_HOUR = 5


def check_referral(
    *,
    user: User,
    case: Case,
    client: Client,
    service: Service,
    shared_fields: list[str],
    override_basis: str = "",
    override_reason: str = "",
):
    """The rules a referral must meet before it is shown as a preview or sent. Returns
    the consent it rests on (None for a recorded legal basis); raises ValidationError."""
    if case.status != Case.Status.OPEN:
        raise ValidationError(_("Referrals are made from open cases. Reopen the case first."))
    if not (service.active and service.organisation.active):
        raise ValidationError(_("This service no longer takes referrals. Choose another one."))
    if set(shared_fields) - set(SHARED_FIELDS):
        raise ValidationError(_("Choose the details to share from the list."))
    consent = sharing_consent(client=client, organisation=service.organisation)
    if consent is not None:
        return consent  # with consent, no other basis is asked for
    if not override_basis:
        raise ValidationError(
            _(
                "%(client)s has not consented to sharing with %(organisation)s. Record the "
                "consent first."
            )
            % {"client": client, "organisation": service.organisation}
        )
    if not can_override_consent(user):
        raise ValidationError(
            _("Only a coordinator may send a referral without the client's consent.")
        )
    if override_basis not in Referral.LegalBasis.values or not override_reason.strip():
        raise ValidationError(
            _("Without consent, give the legal basis and explain why consent was not asked.")
        )
    return None


@transaction.atomic
def send_referral(
    *,
    user: User,
    case: Case,
    client: Client,
    service: Service,
    reason: str,
    shared_fields: list[str],
    wished_by: date,
    override_basis: str = "",
    override_reason: str = "",
    request: HttpRequest | None = None,
) -> Referral:
    """Make the referral, its delivery e-mail and its audit event together."""
    refuse_if_restricted(client)
    consent = check_referral(
        user=user,
        case=case,
        client=client,
        service=service,
        shared_fields=shared_fields,
        override_basis=override_basis,
        override_reason=override_reason,
    )
    organisation = service.organisation
    referral = Referral.objects.create(
        client=client,
        case=case,
        office_id=case.office_id,
        service=service,
        organisation=organisation,
        made_by=user,
        reason=reason,
        shared=sharing.snapshot(client, shared_fields),
        wished_by=wished_by,
        language=organisation.language,
        consent=consent,
        override_basis="" if consent else override_basis,
        override_reason="" if consent else override_reason,
    )
    ReferralEvent.objects.create(referral=referral, status=Referral.Status.SENT, actor=user)
    referral.delivery = _to_partner(referral, "referral_waiting", letter=organisation.attach_pdf)
    referral.save(update_fields=["delivery"])
    detail = {"service": service.pk, "organisation": organisation.pk, "shared": shared_fields}
    if referral.override_basis:
        detail["without_consent"] = referral.override_basis
    audit.record(
        actor=user, action=AuditAction.CREATE, obj=referral, request=request, detail=detail
    )
    return referral


def _to_partner(referral: Referral, template: str, *, letter: bool = False) -> OutgoingMessage:
    """An e-mail to the organisation's registered address in its language. It names the
    referral and the service, never the client; the link leads to the rest."""
    return outbox.queue_email(
        kind="referral",
        to_email=referral.organisation.email,
        language=referral.language,
        template=template,
        context={
            "referral": referral,
            "service": referral.service,
            "office": referral.office,
            "link": links.partner_link(referral),
            "link_days": settings.REFERRAL_LINK_DAYS,
        },
        attachments=[{"builder": LETTER, "id": referral.pk}] if letter else None,
    )


def _to_counsellor(referral: Referral, *, overdue: bool = False) -> None:
    """Tell the counsellor who made the referral that it moved, or is overdue (no client
    data in the e-mail)."""
    counsellor = referral.made_by
    if not (counsellor.is_active and counsellor.email):
        return
    outbox.queue_email(
        kind="referral-update",
        to_email=counsellor.email,
        language=counsellor.language,
        template="referral_update",
        context={
            "referral": referral,
            "organisation": referral.organisation,
            "overdue": overdue,
            "link": settings.SITE_URL + referral.get_absolute_url(),
        },
    )


@transaction.atomic
def change_status(
    *,
    referral: Referral,
    to: str,
    actor: User | None = None,
    by_partner: bool = False,
    note: str = "",
    decline_reason: str = "",
    outcome: str = "",
    request: HttpRequest | None = None,
) -> Referral:
    """Move a referral along Referral.TRANSITIONS. `actor` is None for a partner answering
    through the link and for the system. Refuses other moves with a ValidationError."""
    referral = (
        Referral.objects.select_for_update()
        .select_related("organisation", "service", "office", "made_by")
        .get(pk=referral.pk)
    )
    if to not in Referral.TRANSITIONS.get(referral.status, set()):
        raise ValidationError(
            _("This referral is %(status)s and cannot become %(new)s.")
            % {"status": referral.get_status_display(), "new": Referral.Status(to).label}
        )
    if to == Referral.Status.DECLINED and decline_reason not in Referral.DeclineReason.values:
        raise ValidationError(_("Choose why the referral is declined."))
    if to == Referral.Status.COMPLETED and outcome not in Referral.Outcome.values:
        raise ValidationError(_("Choose the outcome."))
    referral.status = to
    referral.status_changed_at = timezone.now()
    referral.decline_reason = decline_reason if to == Referral.Status.DECLINED else ""
    referral.outcome = outcome if to == Referral.Status.COMPLETED else referral.outcome
    referral.save(update_fields=["status", "status_changed_at", "decline_reason", "outcome"])
    ReferralEvent.objects.create(
        referral=referral, status=to, actor=actor, by_partner=by_partner, note=note
    )
    if to == Referral.Status.WITHDRAWN:
        _withdraw_from_partner(referral)
    if actor is None or actor.pk != referral.made_by_id:
        _to_counsellor(referral)
    audit.record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=referral,
        request=request,
        detail={"status": to, "by_partner": by_partner},
    )
    return referral


def _withdraw_from_partner(referral: Referral) -> None:
    """An e-mail not yet sent is stopped; a partner who got one is told it is withdrawn."""
    if referral.delivery_id and outbox.cancel(referral.delivery_id):
        return
    _to_partner(referral, "referral_withdrawn")


def mark_undelivered(sender, message: OutgoingMessage, **kwargs) -> None:
    """outbox.delivery_failed: a referral whose e-mail could not be delivered is failed,
    and its counsellor hears so (in the transaction that gave the message up)."""
    referral = Referral.objects.filter(delivery=message, status=Referral.Status.SENT).first()
    if referral is not None:
        change_status(referral=referral, to=Referral.Status.FAILED)


# One-time codes: the second factor of the partner's link.


def _code_hash(referral: Referral, code: str) -> str:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{referral.uid}:{code}".encode(), hashlib.sha256).hexdigest()


@transaction.atomic
def issue_code(*, referral: Referral) -> None:
    """E-mail a fresh code to the organisation's registered address. A few per hour: the
    address is the partner's, and the page must not become a way to flood it."""
    referral = (
        Referral.objects.select_for_update()
        .select_related("organisation", "service", "office")
        .get(pk=referral.pk)
    )
    now = timezone.now()
    recent = referral.codes.filter(created_at__gt=now - timedelta(hours=1)).count()
    if recent >= CODES_PER_HOUR:
        raise ValidationError(_("Several codes were sent in the last hour. Use the latest one."))
    code = f"{secrets.randbelow(10**6):06d}"
    PartnerCode.objects.create(
        referral=referral,
        code_hash=_code_hash(referral, code),
        expires_at=now + timedelta(minutes=CODE_MINUTES),
    )
    outbox.queue_email(
        kind="partner-code",
        to_email=referral.organisation.email,
        language=referral.language,
        template="partner_code",
        context={"referral": referral, "code": code, "minutes": CODE_MINUTES},
    )


@transaction.atomic
def check_code(*, referral: Referral, code: str) -> bool:
    """True once for the right code of the latest live one; a few wrong tries spend it."""
    latest = (
        referral.codes.select_for_update()
        .filter(used_at__isnull=True, expires_at__gt=timezone.now())
        .order_by("-created_at")
        .first()
    )
    if latest is None or latest.attempts >= CODE_ATTEMPTS:
        return False
    latest.attempts += 1
    right = hmac.compare_digest(latest.code_hash, _code_hash(referral, code.strip()))
    if right:
        latest.used_at = timezone.now()
    latest.save(update_fields=["attempts", "used_at"])
    return right


def remind_unanswered(*, today: date | None = None, limit: int = 500) -> int:
    """Partners who have not answered by the wished date get one reminder with a fresh
    link, and the counsellor is told the referral is overdue. Returns how many."""
    today = today or timezone.localdate()
    done = 0
    while done < limit:
        with transaction.atomic():
            referral = (
                Referral.objects.select_for_update(skip_locked=True)
                .select_related("organisation", "service", "office", "made_by")
                .filter(status=Referral.Status.SENT, reminded_at__isnull=True, wished_by__lt=today)
                .order_by("wished_by", "pk")
                .first()
            )
            if referral is None:
                break
            referral.reminded_at = timezone.now()
            referral.save(update_fields=["reminded_at"])
            _to_partner(referral, "referral_reminder")
            _to_counsellor(referral, overdue=True)
        done += 1
    return done
