"""Verbs of programmes. Each runs in one transaction and writes its audit event. An
enrolment's phase changes only in `move_to_phase`, which checks the allowed steps and
writes the PhaseSpell history row."""

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.models import Client
from clients.restriction import refuse_if_restricted
from counselling import audit
from counselling.access import caseworker_office_ids
from counselling.models import AuditAction, CounsellingSession, Office, User

from .models import Enrolment, GoalReview, Phase, PhaseSpell, PlanGoal, Programme, due_on


def _check_responsible(responsible: User, office_id: int) -> None:
    if office_id not in caseworker_office_ids(responsible):
        raise ValidationError(
            _("%(person)s does not work cases at this office. Choose someone who does.")
            % {"person": responsible.get_full_name() or responsible.username}
        )


@transaction.atomic
def enrol(
    *,
    client: Client,
    programme: Programme,
    office: Office,
    responsible: User,
    by: User,
    note: str = "",
    at: datetime | None = None,
    request: HttpRequest | None = None,
) -> Enrolment:
    """Start the client in the programme's first phase."""
    refuse_if_restricted(client)
    at = at or timezone.now()
    if not programme.active:
        raise ValidationError(_("This programme takes no new enrolments."))
    phase = programme.first_phase()
    if phase is None:
        raise ValidationError(_("This programme has no phases yet."))
    _check_responsible(responsible, office.pk)
    if Enrolment.objects.open().filter(client=client, programme=programme).exists():
        raise ValidationError(_("This client is already enrolled in this programme."))
    try:
        with transaction.atomic():  # a racing second enrolment meets the constraint
            enrolment = Enrolment.objects.create(
                client=client,
                programme=programme,
                office=office,
                phase=phase,
                responsible=responsible,
                started_at=at,
                phase_started_at=at,
                phase_due_on=due_on(phase, at),
            )
    except IntegrityError as error:
        raise ValidationError(_("This client is already enrolled in this programme.")) from error
    PhaseSpell.objects.create(
        enrolment=enrolment, phase=phase, started_at=at, responsible=responsible, moved_by=by,
        note=note,
    )  # fmt: skip
    audit.record(
        actor=by,
        action=AuditAction.CREATE,
        obj=enrolment,
        request=request,
        detail={"programme": programme.pk, "phase": phase.pk},
    )
    return enrolment


def allowed_phases(enrolment: Enrolment, phases: list[Phase]) -> dict[str, Phase]:
    """Where an open enrolment may go from its phase, among the programme's `phases`:
    the next one, back one step, or straight to the closing phase."""
    if not enrolment.is_open:
        return {}
    current = enrolment.phase.order
    moves = {}
    for phase in phases:
        if phase.order == current + 1:
            moves["next"] = phase
        elif phase.order == current - 1 and not phase.is_closing:
            moves["back"] = phase
        if phase.is_closing and phase.order != current + 1:
            moves["close"] = phase
    return moves


@transaction.atomic
def move_to_phase(
    *,
    enrolment: Enrolment,
    phase: Phase,
    responsible: User | None = None,
    by: User,
    note: str = "",
    at: datetime | None = None,
    request: HttpRequest | None = None,
) -> Enrolment:
    """Move the enrolment to `phase`: the next one, back one step (with a note saying
    why), or the closing phase. Anything else is refused. `responsible` defaults to the
    person responsible now."""
    at = at or timezone.now()
    # Two coordinators moving the same client at once: the second waits, then sees the
    # phase the first one set, so no step is skipped or doubled.
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("phase", "client")
        .get(pk=enrolment.pk)
    )
    refuse_if_restricted(enrolment.client)
    if not enrolment.is_open:
        raise ValidationError(_("This enrolment is closed; enrol the client again instead."))
    if phase.programme_id != enrolment.programme_id:
        raise ValidationError(_("Choose a phase of this programme."))
    moves = allowed_phases(enrolment, list(enrolment.programme.phases.all()))
    step = next((name for name, allowed in moves.items() if allowed.pk == phase.pk), None)
    if step is None:
        raise ValidationError(
            _(
                "A client moves to the next phase, back one step or to closing, not from "
                "%(from)s to %(to)s."
            )
            % {"from": enrolment.phase, "to": phase}
        )
    if step == "back" and not note.strip():
        raise ValidationError(_("Say why the client goes back to the previous phase."))
    responsible = responsible or enrolment.responsible
    _check_responsible(responsible, enrolment.office_id)
    from_phase = enrolment.phase_id
    enrolment.spells.filter(ended_at__isnull=True).update(ended_at=at)
    PhaseSpell.objects.create(
        enrolment=enrolment,
        phase=phase,
        started_at=at,
        ended_at=at if phase.is_closing else None,
        responsible=responsible,
        moved_by=by,
        note=note,
    )
    enrolment.phase = phase
    enrolment.responsible = responsible
    enrolment.phase_started_at = at
    enrolment.phase_due_on = due_on(phase, at)
    enrolment.ended_at = at if phase.is_closing else None
    enrolment.save(
        update_fields=["phase", "responsible", "phase_started_at", "phase_due_on", "ended_at"]
    )
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=enrolment,
        request=request,
        detail={"from_phase": from_phase, "to_phase": phase.pk, "responsible": responsible.pk},
    )
    return enrolment


def advance(
    *,
    enrolment: Enrolment,
    by: User,
    responsible: User | None = None,
    note: str = "",
    at: datetime | None = None,
    request: HttpRequest | None = None,
) -> Enrolment:
    """Move the enrolment on to its programme's next phase."""
    following = enrolment.programme.phases.filter(order__gt=enrolment.phase.order).first()
    if following is None or not enrolment.is_open:
        raise ValidationError(_("This enrolment is closed; enrol the client again instead."))
    return move_to_phase(
        enrolment=enrolment, phase=following, responsible=responsible, by=by, note=note, at=at,
        request=request,
    )  # fmt: skip


def _goal_audit(*, by: User, action: str, goal: PlanGoal, request, detail: dict) -> None:
    audit.record(
        actor=by,
        action=action,
        obj=goal,
        client_id=goal.enrolment.client_id,
        office_id=goal.enrolment.office_id,
        request=request,
        detail=detail,
    )


@transaction.atomic
def add_goal(
    *,
    enrolment: Enrolment,
    kind: str,
    description: str = "",
    target_on: date | None = None,
    by: User,
    at: datetime | None = None,
    request: HttpRequest | None = None,
) -> PlanGoal:
    """Add a goal agreed with the client to the enrolment's plan."""
    at = at or timezone.now()
    refuse_if_restricted(enrolment.client)
    if not enrolment.is_open:
        raise ValidationError(_("This enrolment is closed; its plan can no longer change."))
    if kind == PlanGoal.Kind.OTHER and not description.strip():
        raise ValidationError(_("Describe the goal."))
    goal = PlanGoal.objects.create(
        enrolment=enrolment, kind=kind, description=description, target_on=target_on,
        created_at=at,
    )  # fmt: skip
    GoalReview.objects.create(goal=goal, status=goal.status, at=goal.created_at, by=by)
    _goal_audit(by=by, action=AuditAction.CREATE, goal=goal, request=request, detail={"kind": kind})
    return goal


@transaction.atomic
def review_goal(
    *,
    goal: PlanGoal,
    status: str,
    by: User,
    session: CounsellingSession | None = None,
    note: str = "",
    at: datetime | None = None,
    request: HttpRequest | None = None,
) -> PlanGoal:
    """Record where a goal stands, usually when it is gone through at a session."""
    at = at or timezone.now()
    refuse_if_restricted(goal.enrolment.client)
    if status not in PlanGoal.Status.values:
        raise ValidationError(_("Choose a status from the list."))
    if session is not None and session.client_id != goal.enrolment.client_id:
        raise ValidationError(_("Choose a session with this client."))
    if not goal.enrolment.is_open:
        raise ValidationError(_("This enrolment is closed; its plan can no longer change."))
    if status == PlanGoal.Status.DONE:
        goal.done_on = goal.done_on or timezone.localdate(at)
    else:
        goal.done_on = None
    goal.status = status
    goal.last_reviewed_at = at
    goal.save(update_fields=["status", "done_on", "last_reviewed_at"])
    GoalReview.objects.create(goal=goal, status=status, at=at, by=by, session=session, note=note)
    _goal_audit(
        by=by,
        action=AuditAction.UPDATE,
        goal=goal,
        request=request,
        detail={"status": status, "session": session.pk if session else None},
    )
    return goal
