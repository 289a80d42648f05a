"""Moving a client through a programme's phases: allowed steps, refused ones, history."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from counselling.models import AuditEvent
from programmes import selectors, services
from programmes.models import Enrolment, PhaseSpell


def _names(enrolment):
    return [spell.phase.name for spell in enrolment.spells.order_by("started_at", "pk")]


def test_the_support_person_programme_has_its_phases_in_order(phases):
    assert [(p.name, p.expected_days, p.is_closing) for p in phases] == [
        ("Support person (0–4 months)", 120, False),
        ("Coordinator reception", 90, False),
        ("Mentoring", 180, False),
        ("Closed", None, True),
    ]


def test_enrolling_starts_the_first_phase_with_a_history_row_and_audit(enrolment, phases):
    assert enrolment.phase == phases[0]
    assert enrolment.phase_due_on == timezone.localdate() + timedelta(days=120)
    spell = enrolment.spells.get()
    assert spell.phase == phases[0] and spell.ended_at is None
    assert AuditEvent.objects.filter(
        object_type="programmes.enrolment", object_id=enrolment.pk, action="create"
    ).exists()


def test_advancing_moves_to_the_next_phase_and_closes_the_previous_spell(
    enrolment, phases, coordinator, colleague
):
    moved = services.advance(enrolment=enrolment, by=coordinator, responsible=colleague)

    assert moved.phase == phases[1]
    assert moved.responsible == colleague
    first, second = enrolment.spells.order_by("started_at", "pk")
    assert first.ended_at is not None and second.ended_at is None
    assert second.moved_by == coordinator and second.responsible == colleague
    event = AuditEvent.objects.filter(action="update", object_id=enrolment.pk).get()
    assert event.detail["from_phase"] == phases[0].pk
    assert event.detail["to_phase"] == phases[1].pk


def test_skipping_a_phase_is_refused_and_nothing_changes(enrolment, phases, counsellor):
    with pytest.raises(ValidationError, match="next phase, back one step or to closing"):
        services.move_to_phase(enrolment=enrolment, phase=phases[2], by=counsellor)

    enrolment.refresh_from_db()
    assert enrolment.phase == phases[0]
    assert _names(enrolment) == ["Support person (0–4 months)"]


def test_going_back_one_step_needs_a_note(enrolment, phases, counsellor):
    services.advance(enrolment=enrolment, by=counsellor)

    with pytest.raises(ValidationError, match="Say why"):
        services.move_to_phase(enrolment=enrolment, phase=phases[0], by=counsellor)
    back = services.move_to_phase(
        enrolment=enrolment, phase=phases[0], by=counsellor, note="Housing fell through"
    )

    assert back.phase == phases[0]
    assert _names(enrolment) == [
        "Support person (0–4 months)",
        "Coordinator reception",
        "Support person (0–4 months)",
    ]
    assert enrolment.spells.order_by("-pk").first().note == "Housing fell through"


def test_closing_from_any_phase_ends_the_enrolment_and_then_nothing_moves(
    enrolment, phases, counsellor
):
    closed = services.move_to_phase(enrolment=enrolment, phase=phases[3], by=counsellor)

    assert closed.ended_at is not None and closed.phase_due_on is None
    with pytest.raises(ValidationError, match="closed"):
        services.move_to_phase(enrolment=enrolment, phase=phases[0], by=counsellor, note="x")
    with pytest.raises(ValidationError, match="closed"):
        services.advance(enrolment=enrolment, by=counsellor)
    assert PhaseSpell.objects.filter(enrolment=enrolment).count() == 2


def test_staying_in_the_same_phase_or_another_programmes_phase_is_refused(
    enrolment, phases, counsellor
):
    from programmes.models import Programme

    with pytest.raises(ValidationError):
        services.move_to_phase(enrolment=enrolment, phase=phases[0], by=counsellor, note="x")
    general = Programme.objects.get(code="general").phases.first()
    with pytest.raises(ValidationError, match="phase of this programme"):
        services.move_to_phase(enrolment=enrolment, phase=general, by=counsellor)


def test_the_responsible_person_must_work_cases_at_the_enrolments_office(
    enrolment, counsellor, counsellor_b, receptionist
):
    for person in (counsellor_b, receptionist):
        with pytest.raises(ValidationError, match="does not work cases at this office"):
            services.advance(enrolment=enrolment, by=counsellor, responsible=person)
    enrolment.refresh_from_db()
    assert enrolment.responsible == counsellor


def test_a_second_open_enrolment_in_the_same_programme_is_refused(
    enrolment, client_a, office_a, counsellor, support_person, phases
):
    with pytest.raises(ValidationError, match="already enrolled"):
        services.enrol(
            client=client_a, programme=support_person, office=office_a,
            responsible=counsellor, by=counsellor,
        )  # fmt: skip
    services.move_to_phase(enrolment=enrolment, phase=phases[3], by=counsellor)

    again = services.enrol(
        client=client_a, programme=support_person, office=office_a,
        responsible=counsellor, by=counsellor,
    )  # fmt: skip

    assert Enrolment.objects.filter(client=client_a).count() == 2
    assert again.is_open


def test_the_database_refuses_a_second_open_enrolment_too(enrolment, phases):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(
            client=enrolment.client, programme=enrolment.programme, office=enrolment.office,
            phase=phases[0], responsible=enrolment.responsible,
        )  # fmt: skip


# Overruns, with the clock set by hand: phases started at a chosen moment, seen on a
# chosen day.
def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10)))


def test_a_phase_overruns_the_day_after_its_expected_duration(
    client_a, office_a, counsellor, support_person
):
    started = date(2026, 1, 5)
    enrolment = services.enrol(
        client=client_a, programme=support_person, office=office_a,
        responsible=counsellor, by=counsellor, at=_at(started),
    )  # fmt: skip
    last_day = started + timedelta(days=120)

    assert selectors.my_overruns(counsellor, today=last_day) == []
    overruns = selectors.my_overruns(counsellor, today=last_day + timedelta(days=3))
    assert overruns == [enrolment]
    assert overruns[0].overrun_days == 3


def test_moving_on_restarts_the_clock_and_open_ended_and_closed_phases_never_overrun(
    client_a, office_a, counsellor, support_person, phases
):
    start = date(2026, 1, 5)
    enrolment = services.enrol(
        client=client_a, programme=support_person, office=office_a,
        responsible=counsellor, by=counsellor, at=_at(start),
    )  # fmt: skip
    services.advance(enrolment=enrolment, by=counsellor, at=_at(start + timedelta(days=130)))
    enrolment.refresh_from_db()

    assert enrolment.phase_due_on == start + timedelta(days=130 + 90)
    assert selectors.my_overruns(counsellor, today=start + timedelta(days=200)) == []
    services.move_to_phase(
        enrolment=enrolment, phase=phases[3], by=counsellor, at=_at(start + timedelta(days=210))
    )
    assert selectors.my_overruns(counsellor, today=start + timedelta(days=2000)) == []


def test_overruns_are_only_the_responsible_persons_own(
    client_a, office_a, counsellor, colleague, support_person
):
    long_ago = timezone.now() - timedelta(days=400)
    services.enrol(
        client=client_a, programme=support_person, office=office_a,
        responsible=colleague, by=counsellor, at=long_ago,
    )  # fmt: skip

    assert selectors.my_overruns(counsellor) == []
    assert len(selectors.my_overruns(colleague)) == 1
