"""The programme pages as counsellors and coordinators use them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clients.models import Client
from counselling.models import AuditEvent, Case, CounsellingSession
from programmes import services
from programmes.models import Enrolment, GoalReview, PlanGoal


def _old_enrolment(client, office, person, programme, days_ago):
    return services.enrol(
        client=client, programme=programme, office=office, responsible=person, by=person,
        at=timezone.now() - timedelta(days=days_ago),
    )  # fmt: skip


def test_a_coordinator_moves_a_client_to_the_next_phase(
    coordinator, sign_in, enrolment, phases, colleague
):
    browser = sign_in(coordinator)
    page = browser.get(enrolment.get_absolute_url()).content.decode()
    assert "Move to another phase" in page and "Coordinator reception" in page

    response = browser.post(
        reverse("enrolment-move", args=[enrolment.pk]),
        {"phase": phases[1].pk, "responsible": colleague.pk, "note": ""},
    )

    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.phase == phases[1] and enrolment.responsible == colleague
    page = browser.get(enrolment.get_absolute_url()).content.decode()
    assert "Moved to Coordinator reception." in page
    assert page.count("<tr><td>") >= 2  # two rows of phase history


def test_a_refused_step_answers_400_with_the_reason_and_changes_nothing(
    counsellor, sign_in, enrolment, phases
):
    browser = sign_in(counsellor)
    skip = browser.post(
        reverse("enrolment-move", args=[enrolment.pk]),
        {"phase": phases[2].pk, "responsible": counsellor.pk},
    )
    nonsense = browser.post(
        reverse("enrolment-move", args=[enrolment.pk]), {"phase": "x", "responsible": "y"}
    )

    assert skip.status_code == 400
    assert "next phase, back one step or to closing" in skip.content.decode()
    assert nonsense.status_code == 400
    enrolment.refresh_from_db()
    assert enrolment.phase == phases[0] and enrolment.spells.count() == 1


def test_the_client_page_lists_enrolments_with_a_link(counsellor, sign_in, enrolment, client_a):
    page = sign_in(counsellor).get(client_a.get_absolute_url()).content.decode()

    assert "Support-person service" in page
    assert enrolment.get_absolute_url() in page
    assert "Support person (0–4 months)" in page


def test_enrolling_from_the_client_page_and_a_second_time_is_refused(
    counsellor, sign_in, client_a, office_a, support_person
):
    browser = sign_in(counsellor)
    form = {"programme": support_person.pk, "office": office_a.pk, "responsible": counsellor.pk}
    assert browser.get(reverse("enrolment-create", args=[client_a.pk])).status_code == 200

    first = browser.post(reverse("enrolment-create", args=[client_a.pk]), form)
    second = browser.post(reverse("enrolment-create", args=[client_a.pk]), form)

    assert first.status_code == 302
    assert second.status_code == 400
    assert "already enrolled in this programme" in second.content.decode()
    assert Enrolment.objects.filter(client=client_a).count() == 1


def test_my_work_shows_my_overrunning_phases(
    counsellor, sign_in, client_a, office_a, support_person
):
    _old_enrolment(client_a, office_a, counsellor, support_person, days_ago=125)

    page = sign_in(counsellor).get(reverse("home")).content.decode()

    assert "Programme phases overrunning" in page
    assert "Olena Kovalenko" in page and "days over" in page
    event = AuditEvent.objects.filter(detail__list="my_work").latest("pk")
    assert client_a.pk in event.detail["clients"]


def test_the_programme_page_lists_overruns_first_and_filters(
    coordinator, sign_in, office_a, counsellor, support_person, phases, client_b
):
    on_time = Client.objects.create(given_name="Amal", family_name="Haddad")
    late = Client.objects.create(given_name="Zahra", family_name="Rahimi")
    for person in (on_time, late):
        Case.objects.create(client=person, office=office_a, owner=counsellor)
    _old_enrolment(on_time, office_a, counsellor, support_person, days_ago=10)
    _old_enrolment(late, office_a, counsellor, support_person, days_ago=200)
    browser = sign_in(coordinator)

    page = browser.get(reverse("enrolment-list")).content.decode()
    assert page.index("Zahra") < page.index("Amal")
    assert "80 days over" in page
    assert "Иван" not in page  # another office's

    mentoring = browser.get(reverse("enrolment-list"), {"phase": phases[2].pk}).content.decode()
    assert "Zahra" not in mentoring and "No enrolments here." in mentoring
    general = browser.get(reverse("enrolment-list"), {"programme": "general"}).content.decode()
    assert "Zahra" not in general


def test_the_programme_page_runs_the_same_queries_for_1_or_30_enrolments(
    coordinator, sign_in, office_a, counsellor, support_person, django_assert_max_num_queries
):
    def add(count):
        for number in range(count):
            person = Client.objects.create(given_name=f"Client {number}")
            Case.objects.create(client=person, office=office_a, owner=counsellor)
            _old_enrolment(person, office_a, counsellor, support_person, days_ago=number * 7)

    browser = sign_in(coordinator)
    add(1)
    browser.get(reverse("enrolment-list"))
    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("enrolment-list"))
    add(29)
    # session, user, otp device, office ids, filters' programmes and phases, count,
    # page of enrolments with client/programme/phase/person/office, audit insert…
    with django_assert_max_num_queries(len(one)):
        response = browser.get(reverse("enrolment-list"))
    assert len(response.context["page"]) == 30


def test_the_enrolment_page_runs_the_same_queries_with_more_history_and_goals(
    counsellor, sign_in, enrolment, phases, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    services.add_goal(enrolment=enrolment, kind="housing", by=counsellor)
    browser.get(enrolment.get_absolute_url())
    with CaptureQueriesContext(connection) as one:
        browser.get(enrolment.get_absolute_url())
    for kind in ("bank", "school", "language"):
        goal = services.add_goal(enrolment=enrolment, kind=kind, by=counsellor)
        services.review_goal(goal=goal, status="in_progress", by=counsellor)
    services.advance(enrolment=enrolment, by=counsellor)

    with django_assert_max_num_queries(len(one)):
        assert browser.get(enrolment.get_absolute_url()).status_code == 200


def test_plan_goals_are_added_and_reviewed_at_a_session(
    counsellor, sign_in, enrolment, client_a, office_a
):
    browser = sign_in(counsellor)
    added = browser.post(
        reverse("plan-goal-create", args=[enrolment.pk]),
        {"kind": "family_doctor", "target_on": "2026-03-01"},
    )
    assert added.status_code == 302
    goal = PlanGoal.objects.get(enrolment=enrolment)

    form = browser.get(reverse("session-create", args=[client_a.pk])).content.decode()
    assert "Plan goals to review" in form and "Registered at a family doctor" in form

    session = CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a
    )
    client_page = browser.get(client_a.get_absolute_url()).content.decode()
    review_link = f"{enrolment.get_absolute_url()}?session={session.pk}#plan"
    assert review_link.replace("&", "&amp;") in client_page
    assert "Reviewing the plan at the session" in browser.get(review_link).content.decode()

    reviewed = browser.post(
        reverse("plan-goal-review", args=[goal.pk]),
        {f"goal-{goal.pk}-status": "done", f"goal-{goal.pk}-session": session.pk},
    )

    assert reviewed.status_code == 302
    goal.refresh_from_db()
    assert goal.status == "done" and goal.done_on == timezone.localdate()
    assert GoalReview.objects.filter(goal=goal, session=session, status="done").exists()
    form = browser.get(reverse("session-create", args=[client_a.pk])).content.decode()
    assert "Plan goals to review" not in form  # nothing open any more


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"kind": "other", "description": ""}, "Describe the goal."),
        ({"kind": "spaceship"}, "Select a valid choice"),
        ({"kind": "housing", "target_on": "31.31.2026"}, "Enter a valid date"),
    ],
)
def test_a_bad_goal_is_refused_with_a_message(counsellor, sign_in, enrolment, data, error):
    response = sign_in(counsellor).post(reverse("plan-goal-create", args=[enrolment.pk]), data)

    assert response.status_code == 400
    assert error in response.content.decode()
    assert not PlanGoal.objects.exists()


def test_a_review_naming_another_clients_session_is_refused(
    counsellor, sign_in, enrolment, office_a, colleague
):
    goal = services.add_goal(enrolment=enrolment, kind="bank", by=counsellor)
    other = Client.objects.create(given_name="Other")
    Case.objects.create(client=other, office=office_a, owner=colleague)
    session = CounsellingSession.objects.create(client=other, counsellor=colleague, office=office_a)

    response = sign_in(counsellor).post(
        reverse("plan-goal-review", args=[goal.pk]),
        {f"goal-{goal.pk}-status": "done", f"goal-{goal.pk}-session": session.pk},
    )

    assert response.status_code == 400
    goal.refresh_from_db()
    assert goal.status == "planned"
