"""The verbs of data protection: change how long records are kept, place and lift
legal holds and restrictions of processing, erase a client on request. Each is one
transaction and writes its audit event."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.models import Client
from counselling import audit
from counselling.models import AuditAction, OutgoingMessage, User
from reports.models import ReportFile

from . import access_export, holdings
from .models import LegalHold, Restriction, RetentionRule


@transaction.atomic
def change_rule(*, rule: RetentionRule, days: int, legal_basis: str, by: User) -> RetentionRule:
    """Validated values only (the form's): the table's check constraint is the last guard."""
    # From the row, not the instance: a model form has already written its values there.
    before = (
        RetentionRule.objects.select_for_update().values_list("days", flat=True).get(pk=rule.pk)
    )
    rule.days, rule.legal_basis = days, legal_basis
    rule.changed_at, rule.changed_by = timezone.now(), by
    rule.full_clean()
    rule.save(update_fields=["days", "legal_basis", "changed_at", "changed_by"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=rule,
        detail={"kind": rule.kind, "days_before": before, "days": days},
    )
    return rule


def place_hold(*, client: Client, reason: str, by: User, office_id: int | None) -> LegalHold:
    """Refuses a second active hold with a translated message (the first one's reason
    stands until it is lifted)."""
    try:
        with transaction.atomic():
            hold = LegalHold.objects.create(client=client, reason=reason, placed_by=by)
            audit.record(
                actor=by,
                action=AuditAction.CREATE,
                obj=hold,
                client_id=client.pk,
                office_id=office_id,
            )
    except IntegrityError:
        raise ValidationError(_("This client is already under a legal hold.")) from None
    return hold


@transaction.atomic
def lift_hold(*, hold: LegalHold, reason: str, by: User, office_id: int | None) -> LegalHold:
    hold = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if not hold.is_active:
        raise ValidationError(_("This legal hold has already been lifted."))
    hold.lifted_at, hold.lifted_by, hold.lift_reason = timezone.now(), by, reason
    hold.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=hold,
        client_id=hold.client_id,
        office_id=office_id,
        detail={"lifted": True},
    )
    return hold


def restrict(*, client: Client, reason: str, by: User, office_id: int | None) -> Restriction:
    """Freeze the record (clients.restriction): a write under way finishes first, one
    that starts later sees the restriction. Refuses a second active restriction with a
    translated message."""
    try:
        with transaction.atomic():
            restriction = Restriction.objects.create(client=client, reason=reason, placed_by=by)
            # An update, not a save: the mark is no change of the profile's history. It
            # waits for a write that holds the client row (clients.services.current_client).
            Client.objects.filter(pk=client.pk).update(restricted_at=restriction.placed_at)
            audit.record(
                actor=by,
                action=AuditAction.CREATE,
                obj=restriction,
                client_id=client.pk,
                office_id=office_id,
            )
    except IntegrityError:
        raise ValidationError(
            _("Processing of this client's data is already restricted.")
        ) from None
    client.restricted_at = restriction.placed_at
    return restriction


@transaction.atomic
def lift_restriction(
    *, restriction: Restriction, reason: str, by: User, office_id: int | None
) -> Restriction:
    restriction = Restriction.objects.select_for_update().get(pk=restriction.pk)
    if not restriction.is_active:
        raise ValidationError(_("This restriction has already been lifted."))
    restriction.lifted_at, restriction.lifted_by = timezone.now(), by
    restriction.lift_reason = reason
    restriction.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    Client.objects.filter(pk=restriction.client_id).update(restricted_at=None)
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=restriction,
        client_id=restriction.client_id,
        office_id=office_id,
        detail={"lifted": True},
    )
    return restriction


def erase_client(*, client: Client, by: User, office_id: int | None) -> dict[str, int]:
    """Erase the person's data from every table that holds it (privacy.holdings), the
    records merged into theirs included. Refused, with the reason, under a legal hold or
    when already done. A restriction of processing does not refuse it: the person may
    ask for erasure while restricted, and only a legal hold must keep the data (the
    nightly retention run ignores restrictions for the same reason). One transaction:
    all of it, or nothing."""
    with transaction.atomic():
        client = Client.objects.select_for_update().get(pk=client.pk)
        if client.erased_at is not None:
            raise ValidationError(_("This client's data has already been erased."))
        ids = holdings.client_ids(client)
        hold = LegalHold.objects.active().filter(client_id__in=ids).first()
        if hold is not None:
            raise ValidationError(
                _("This client is under a legal hold and cannot be erased: %(reason)s"),
                params={"reason": hold.reason},
            )
        changed = erase(ids)
        audit.record(
            actor=by,
            action=AuditAction.DELETE,
            obj=client,
            client_id=client.pk,
            office_id=office_id,
            detail={"erased": {label: rows for label, rows in changed.items() if rows}},
        )
    return changed


def erase(ids: list[int], *, retention: bool = False) -> dict[str, int]:
    """The erasure itself, for any number of clients at once (call inside a transaction,
    with holds checked). `retention`: the run at the end of a period, which nobody asked
    for and which keeps the statistics whole (holdings.STATISTICS_KEPT)."""
    # Found by address, so before the addresses are emptied.
    copies = OutgoingMessage.objects.filter(holdings.outbox_copies(ids))
    changed = {"counselling.OutgoingMessage": copies.delete()[0]}
    # A copy of their data made for them and not yet downloaded, or still being made.
    exports = ReportFile.objects.filter(kind=access_export.KIND, params__client__in=ids)
    changed["reports.ReportFile"] = exports.delete()[0]
    # Every row found before any is changed: one erasure must not hide another's rows
    # (an answer is found through the invitation's link to the client).
    found = {
        label: list(holding.rows(ids).values_list("pk", flat=True))
        for label, holding in holdings.HOLDINGS.items()
    }
    Client.objects.filter(pk__in=ids).update(erased_at=timezone.now())
    erasers = {label: holding.erase for label, holding in holdings.HOLDINGS.items()}
    if retention:
        erasers.update(holdings.STATISTICS_KEPT)
    for label, eraser in erasers.items():
        rows = apps.get_model(label)._default_manager.filter(pk__in=found[label])
        changed[label] = eraser(rows) if found[label] else 0
    return changed
