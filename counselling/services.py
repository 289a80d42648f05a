"""Verbs of counselling work. Each runs in one transaction and writes its audit event."""

from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from clients.models import Client, Consent, Topic
from clients.restriction import refuse_if_restricted
from clients.services import current_client
from clients.signals import client_merged
from knowledge.services import record_shares

from . import access, audit
from .models import (
    AuditAction,
    Case,
    CaseHandover,
    CounsellingSession,
    FollowUp,
    User,
)


@transaction.atomic
def log_session(
    *,
    session: CounsellingSession,
    counsellor: User,
    client: Client,
    topics: list[Topic],
    follow_up_due: date | None = None,
    follow_up_description: str = "",
    request: HttpRequest | None = None,
) -> CounsellingSession:
    """Save a session (an unsaved instance from the form), attach it to the client's open
    case in that office if there is one, and book the follow-up it asks for."""
    client = current_client(client)
    refuse_if_restricted(client)
    session.client = client
    session.counsellor = counsellor
    session.case = (
        Case.objects.for_client(client)
        .filter(office=session.office, status=Case.Status.OPEN)
        .order_by("-opened_on", "-id")
        .first()
    )
    session._history_user = counsellor  # type: ignore[attr-defined]
    session.save()
    session.topics.set(topics)
    # Pages linked in the note were given to the client. The "knowledge page given"
    # outcome alone names no page, so it counts nothing.
    record_shares(text=session.note)
    if follow_up_due:
        FollowUp.objects.create(
            client=client,
            session=session,
            assigned_to=counsellor,
            due_on=follow_up_due,
            description=follow_up_description,
        )
    audit.record(
        actor=counsellor,
        action=AuditAction.CREATE,
        obj=session,
        client_id=client.pk,
        office_id=session.office_id,
        request=request,
    )
    return session


@transaction.atomic
def book_follow_up(
    *, follow_up: FollowUp, booked_by: User, request: HttpRequest | None = None
) -> FollowUp:
    """Save a follow-up (an unsaved instance naming client, assignee, date and task)."""
    follow_up.client = current_client(follow_up.client)
    refuse_if_restricted(follow_up.client)
    follow_up._history_user = booked_by  # type: ignore[attr-defined]
    follow_up.save()
    audit.record(
        actor=booked_by,
        action=AuditAction.CREATE,
        obj=follow_up,
        client_id=follow_up.client_id,
        request=request,
    )
    return follow_up


@transaction.atomic
def complete_follow_up(
    *, follow_up: FollowUp, done_by: User, request: HttpRequest | None = None
) -> FollowUp:
    follow_up = (
        FollowUp.objects.select_for_update(of=("self",))
        .select_related("client")
        .get(pk=follow_up.pk)
    )
    refuse_if_restricted(follow_up.client)
    if follow_up.done_at is None:
        follow_up.done_at = timezone.now()
        follow_up._history_user = done_by  # type: ignore[attr-defined]
        follow_up.save(update_fields=["done_at"])
        audit.record(
            actor=done_by,
            action=AuditAction.UPDATE,
            obj=follow_up,
            client_id=follow_up.client_id,
            request=request,
            detail={"fields": ["done_at"]},
        )
    return follow_up


@transaction.atomic
def open_case(
    *,
    case: Case,
    opened_by: User,
    topics: list[Topic],
    request: HttpRequest | None = None,
) -> Case:
    """Save a new case (an unsaved instance for a client or a household)."""
    if case.client_id is None and case.household_id is None:
        raise ValidationError(_("A case belongs to a client or a household."))
    if case.client is not None:
        case.client = current_client(case.client)
        refuse_if_restricted(case.client)
    case.status = Case.Status.OPEN
    case._history_user = opened_by  # type: ignore[attr-defined]
    case.save()
    case.topics.set(topics)
    audit.record(
        actor=opened_by,
        action=AuditAction.CREATE,
        obj=case,
        client_id=case.client_id,
        office_id=case.office_id,
        request=request,
    )
    return case


@transaction.atomic
def update_case(
    *,
    case: Case,
    changed_by: User,
    changed: list[str],
    topics: list[Topic] | None = None,
    request: HttpRequest | None = None,
) -> Case:
    """Save the `changed` fields of an edit (the form's instance) onto the locked row:
    an edit from a stale page must not reopen a case closed meanwhile."""
    edited = case
    case = Case.objects.select_for_update(of=("self",)).select_related("client").get(pk=edited.pk)
    refuse_if_restricted(case.client)
    fields = [field for field in changed if field != "topics"]
    for field in fields:
        setattr(case, field, getattr(edited, field))
    case._history_user = changed_by  # type: ignore[attr-defined]
    if fields:
        case.save(update_fields=fields)
    if topics is not None:
        case.topics.set(topics)
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=case,
        client_id=case.client_id,
        office_id=case.office_id,
        request=request,
        detail={"fields": sorted(changed)},
    )
    return case


CASE_TRANSITIONS: dict[str, set[str]] = {
    Case.Status.OPEN: {Case.Status.CLOSED},
    Case.Status.CLOSED: {Case.Status.OPEN},
}


@transaction.atomic
def set_case_status(
    *, case: Case, status: str, changed_by: User, request: HttpRequest | None = None
) -> Case:
    """Close or reopen a case; any other move is refused with a translated error."""
    case = Case.objects.select_for_update(of=("self",)).select_related("client").get(pk=case.pk)
    refuse_if_restricted(case.client)
    if status not in CASE_TRANSITIONS.get(case.status, set()):
        new = Case.Status(status).label if status in Case.Status.values else status
        raise ValidationError(
            {
                "status": _("A case cannot go from “%(current)s” to “%(new)s”.")
                % {"current": case.get_status_display(), "new": new}
            },
            code="transition",
        )
    case.status = status
    case.closed_on = timezone.localdate() if status == Case.Status.CLOSED else None
    case._history_user = changed_by  # type: ignore[attr-defined]
    case.save(update_fields=["status", "closed_on"])
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=case,
        client_id=case.client_id,
        office_id=case.office_id,
        request=request,
        detail={"fields": ["status"], "status": status},
    )
    return case


def handover_candidates(case: Case):
    """Who may take a case over: the caseworkers of its office."""
    return access.caseworkers([case.office_id])


@transaction.atomic
def hand_over_case(
    *,
    case: Case,
    to_owner: User,
    note: str,
    handed_over_by: User,
    request: HttpRequest | None = None,
) -> CaseHandover:
    """Give the case a new owner, keeping who had it, who passed it on and why."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if not handover_candidates(case).filter(pk=to_owner.pk).exists():
        raise ValidationError(
            {"to_owner": _("Choose a counsellor or coordinator of the case's office.")}
        )
    if to_owner.pk == case.owner_id:
        raise ValidationError({"to_owner": _("The case is already theirs.")})
    handover = CaseHandover.objects.create(
        case=case,
        from_owner_id=case.owner_id,
        to_owner=to_owner,
        note=note,
        handed_over_by=handed_over_by,
    )
    case.owner = to_owner
    case._history_user = handed_over_by  # type: ignore[attr-defined]
    case.save(update_fields=["owner"])
    audit.record(
        actor=handed_over_by,
        action=AuditAction.UPDATE,
        obj=case,
        client_id=case.client_id,
        office_id=case.office_id,
        request=request,
        detail={"fields": ["owner"], "handover": handover.pk, "to": to_owner.pk},
    )
    return handover


NOT_THEIRS_ANY_MORE = _lazy(
    "Some of the chosen work is closed, no longer theirs, or not yours to move. "
    "Reload the page and choose again."
)


def check_reassignment(*, from_user: User, to_user: User, reason: str) -> str:
    """The rules every move of someone's work follows; returns the reason, trimmed."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the work is handed over.")}, code="required")
    if to_user.pk == from_user.pk:
        raise ValidationError(
            {"to_user": _("Choose someone else: this work is already theirs.")}, code="same"
        )
    return reason


def lock_movable(movable: QuerySet, chosen) -> list:
    """The rows to move, locked in id order: an edit or a second move of the same rows
    waits for this one (and then sees the new owner) instead of interleaving, and two
    moves cannot deadlock. The WHERE is checked again on the locked rows, so one closed
    meanwhile drops out, and a chosen row missing refuses the whole move. `chosen`:
    the rows picked, or None for all."""
    picked = None if chosen is None else {row.pk for row in chosen}
    if picked is not None:
        movable = movable.filter(pk__in=picked)
    locked = list(movable.select_for_update(of=("self",)).order_by("pk"))
    if picked is not None and len(locked) != len(picked):
        raise ValidationError(NOT_THEIRS_ANY_MORE, code="stale")
    return locked


def check_new_owner(to_user: User, office_ids: set[int]) -> None:
    """Refuse a new owner who is not an active caseworker of every office concerned."""
    if not office_ids <= access.caseworker_office_ids(to_user):
        raise ValidationError(
            {"to_user": _("Choose a counsellor or coordinator of the office of everything moved.")},
            code="office",
        )


@transaction.atomic
def hand_over_caseload(
    *,
    by: User,
    from_user: User,
    to_user: User,
    reason: str,
    cases: Iterable[Case] | None = None,
    request: HttpRequest | None = None,
) -> list[CaseHandover]:
    """Give `to_user` the open cases `from_user` owns in `by`'s offices: all of them, or
    only the chosen `cases`. Each case gets its handover row (the reason is its note), a
    history line and an audit event. The whole move is refused, and nothing moves, when
    a chosen case is closed, no longer theirs or out of `by`'s reach, or when `to_user`
    may not own a case of one of the offices. Telling the new owner is the caller's part
    (reports.services.reassign_work, which also moves inquiries): one e-mail for all."""
    access.require_role(by, *access.REASSIGN_ROLES)
    reason = check_reassignment(from_user=from_user, to_user=to_user, reason=reason)
    movable = access.cases_for(by).filter(owner=from_user, status=Case.Status.OPEN)
    locked = lock_movable(movable, cases)
    if not locked:
        return []
    check_new_owner(to_user, {case.office_id for case in locked})
    now = timezone.now()
    handovers = CaseHandover.objects.bulk_create(
        [
            CaseHandover(
                case=case,
                from_owner_id=case.owner_id,
                to_owner=to_user,
                note=reason,
                handed_over_by=by,
                handed_over_at=now,
            )
            for case in locked
        ]
    )
    Case.objects.filter(pk__in=[case.pk for case in locked]).update(owner=to_user)
    for case in locked:
        case.owner = to_user
    _bulk_history(locked, user=by, when=now)
    audit.record_each(
        actor=by,
        action=AuditAction.UPDATE,
        objs=locked,
        request=request,
        detail={"fields": ["owner"], "to": to_user.pk, "from": from_user.pk, "bulk": True},
    )
    return handovers


def _bulk_history(cases: list[Case], *, user: User, when: datetime) -> None:
    """The history lines a save would write, for many cases in two INSERTs: the row, and
    its topics as they are (Case keeps its topics' history; without them the case page
    would read the move as "topics removed")."""
    history = Case.history.bulk_history_create(
        cases, update=True, default_user=user, default_date=when
    )
    record_of = {record.id: record for record in history}
    topic_history = Case.history.model.topics.model
    links = Case.topics.through.objects.filter(case_id__in=record_of)
    topic_history.objects.bulk_create(
        [
            # The history row copies the link row, its id too, as simple-history does.
            topic_history(
                history=record_of[link.case_id],
                id=link.pk,
                case_id=link.case_id,
                topic_id=link.topic_id,
            )
            for link in links
        ]
    )


# Profile fields a merge copies from the duplicate when the kept record has them blank.
MERGE_FILL_FIELDS = (
    "given_name_original",
    "family_name_original",
    "preferred_name",
    "birth_date",
    "gender",
    "citizenship",
    "arrival_date",
    "first_permit_date",
    "municipality",
    "preferred_language",
    "interpreter_language",
    "email",
    "phone",
    "id_code",
)


@transaction.atomic
def merge_clients(
    *, keep: Client, duplicate: Client, merged_by: User, request: HttpRequest | None = None
) -> dict[str, int]:
    """Move everything attached to `duplicate` onto `keep`, fill `keep`'s blank profile
    fields from it, and mark it merged (it then disappears from every list). Returns
    how many rows of each kind moved."""
    if keep.pk == duplicate.pk:
        raise ValidationError(_("A record cannot be merged into itself."))
    # Lock both rows in id order, so two coordinators merging the same pair cannot deadlock.
    locked = Client.objects.select_for_update().filter(pk__in=[keep.pk, duplicate.pk])
    rows = {client.pk: client for client in locked.order_by("pk")}
    keep, duplicate = rows[keep.pk], rows[duplicate.pk]
    refuse_if_restricted(keep, duplicate)
    if keep.merged_into_id or duplicate.merged_into_id:
        raise ValidationError(_("One of these records has already been merged."))
    moved = {
        "sessions": CounsellingSession.objects.filter(client=duplicate).update(client=keep),
        "follow_ups": FollowUp.objects.filter(client=duplicate).update(client=keep),
        "cases": Case.objects.filter(client=duplicate).update(client=keep),
        "consents": Consent.objects.filter(client=duplicate).update(client=keep),
    }
    for _receiver, counts in client_merged.send(sender=Client, keep=keep, duplicate=duplicate):
        moved.update(cast("dict[str, int]", counts))  # receivers return {what: count}
    filled = [
        field
        for field in MERGE_FILL_FIELDS
        if not getattr(keep, field) and getattr(duplicate, field)
    ]
    for field in filled:
        setattr(keep, field, getattr(duplicate, field))
    if None not in (keep.household_id, duplicate.household_id) and (
        keep.household_id != duplicate.household_id
    ):
        raise ValidationError(
            _("The two records are in different households. Take one out of its household first.")
        )
    if keep.household_id is None and duplicate.household_id is not None:
        keep.household_id, keep.relationship = duplicate.household_id, duplicate.relationship
        filled += ["household", "relationship"]
    keep.other_languages = sorted({*keep.other_languages, *duplicate.other_languages})
    keep.interpreter_needed = keep.interpreter_needed or duplicate.interpreter_needed
    keep._history_user = merged_by  # type: ignore[attr-defined]
    keep.save()
    duplicate.merged_into = keep
    duplicate.household = None
    duplicate._history_user = merged_by  # type: ignore[attr-defined]
    duplicate.save(update_fields=["merged_into", "household", "updated_at"])
    for client, detail in (
        (keep, {"merged_from": duplicate.pk, "moved": moved, "fields": sorted(filled)}),
        (duplicate, {"merged_into": keep.pk}),
    ):
        audit.record(
            actor=merged_by,
            action=AuditAction.UPDATE,
            obj=client,
            client_id=client.pk,
            office_id=keep.registered_office_id,
            request=request,
            detail=detail,
        )
    return moved
