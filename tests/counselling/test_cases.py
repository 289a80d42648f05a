"""Cases: opening, handing over, closing and reopening; and marking follow-ups done."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from clients import taxonomy
from clients.models import Household, Relationship, Topic
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseHandover,
    FollowUp,
    Programme,
    Role,
)
from tests.conftest import make_user


@pytest.fixture
def topics(db):
    taxonomy.load(Topic)
    return {topic.code: topic for topic in Topic.objects.all()}


@pytest.fixture
def case_a(client_a):
    return Case.objects.get(client=client_a)


def _case_form(office, owner, /, **overrides):
    data = {
        "office": office.pk,
        "owner": owner.pk,
        "programme": Programme.SUPPORT_PERSON,
        "topics": ["residence-extension", "work-job-search"],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _open(browser, client, data):
    return browser.post(reverse("case-create", args=[client.pk]), data)


def _history(page: str) -> str:
    return page[page.index("History of changes") :]


# Opening


def test_counsellor_opens_a_case_with_a_programme_and_topics(
    counsellor, sign_in, client_a, office_a, topics
):
    browser = sign_in(counsellor)
    form = browser.get(reverse("case-create", args=[client_a.pk])).context["form"]
    assert (form.initial["office"], form.initial["owner"]) == (office_a, counsellor)

    response = _open(browser, client_a, _case_form(office_a, counsellor))

    case = Case.objects.latest("id")
    assert response.status_code == 302
    assert response["Location"] == case.get_absolute_url()
    assert (case.client, case.household, case.office, case.owner) == (
        client_a,
        None,
        office_a,
        counsellor,
    )
    assert (case.programme, case.status) == (Programme.SUPPORT_PERSON, Case.Status.OPEN)
    assert set(case.topics.values_list("code", flat=True)) == {
        "residence-extension",
        "work-job-search",
    }
    event = AuditEvent.objects.get(action=AuditAction.CREATE)
    assert (event.object_type, event.object_id, event.client_id, event.office_id) == (
        "counselling.case",
        case.pk,
        client_a.pk,
        office_a.pk,
    )
    page = browser.get(case.get_absolute_url()).content.decode()
    assert "Support-person service" in page
    assert "Extending a permit" in page and "Looking for work" in page
    assert case.reference in browser.get(client_a.get_absolute_url()).content.decode()


def test_the_household_option_appears_only_for_a_client_in_a_household(
    counsellor, sign_in, client_a, office_a, topics
):
    browser = sign_in(counsellor)
    url = reverse("case-create", args=[client_a.pk])
    assert 'name="for_household"' not in browser.get(url).content.decode()

    household = Household.objects.create(name="Kovalenko", registered_office_id=office_a.pk)
    client_a.household, client_a.relationship = household, Relationship.APPLICANT
    client_a.save()
    assert 'name="for_household"' in browser.get(url).content.decode()

    response = _open(browser, client_a, _case_form(office_a, counsellor, for_household="on"))

    assert response.status_code == 302
    case = Case.objects.latest("id")
    assert (case.household, case.client) == (household, None)
    assert "(household)" in browser.get(client_a.get_absolute_url()).content.decode()


def test_the_owner_must_work_in_the_cases_office(
    sign_in, client_a, office_a, office_b, counsellor_b, topics
):
    # Someone working in both offices may pick either office and either office's staff.
    both = make_user("liis", Role.COUNSELLOR, office_a, office_b)

    response = _open(sign_in(both), client_a, _case_form(office_a, counsellor_b))

    assert response.status_code == 400
    page = response.content.decode()
    assert "The owner must work in the case&#x27;s office." in page
    assert 'id="id_owner_error"' in page
    assert Case.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("owner", "OTHER_OFFICE", "Select a valid choice."),
        ("office", "OTHER_OFFICE", "Select a valid choice."),
        ("programme", "knitting", "Select a valid choice."),
        ("topics", ["no-such-topic"], "Select a valid choice."),
        ("owner", "", "This field is required."),
    ],
)
def test_bad_case_input_is_a_400_and_opens_nothing(
    counsellor, counsellor_b, sign_in, client_a, office_a, office_b, topics, field, value, message
):
    if value == "OTHER_OFFICE":
        value = {"owner": counsellor_b.pk, "office": office_b.pk}[field]

    response = _open(
        sign_in(counsellor), client_a, _case_form(office_a, counsellor, **{field: value})
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Case.objects.count() == 1
    assert not AuditEvent.objects.filter(action=AuditAction.CREATE).exists()


def test_receptionists_do_not_open_cases(receptionist, counsellor, sign_in, client_a, office_a):
    browser = sign_in(receptionist)
    url = reverse("case-create", args=[client_a.pk])

    assert browser.get(url).status_code == 403
    assert browser.post(url, _case_form(office_a, counsellor)).status_code == 403
    assert Case.objects.count() == 1


def test_editing_a_case_changes_programme_and_topics_and_shows_in_history(
    counsellor, sign_in, case_a, topics
):
    browser = sign_in(counsellor)

    response = browser.post(
        reverse("case-edit", args=[case_a.pk]),
        {"programme": Programme.ADAPTATION, "topics": ["health-family-doctor"]},
    )

    assert response.status_code == 302
    case_a.refresh_from_db()
    assert case_a.programme == Programme.ADAPTATION
    assert list(case_a.topics.values_list("code", flat=True)) == ["health-family-doctor"]
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert event.detail == {"fields": ["programme", "topics"]}
    history = _history(browser.get(case_a.get_absolute_url()).content.decode())
    assert "General counselling → Adaptation programme (Settle in Estonia)" in history


# Handover


def _hand_over(browser, case, **data):
    return browser.post(reverse("case-handover", args=[case.pk]), data)


def test_a_case_is_handed_over_to_a_colleague_with_a_note(
    counsellor, colleague, sign_in, case_a, client_a
):
    browser = sign_in(counsellor)

    response = _hand_over(
        browser, case_a, to_owner=colleague.pk, note="She prefers calls after 16:00."
    )

    assert response.status_code == 302
    assert response["Location"] == case_a.get_absolute_url()
    case_a.refresh_from_db()
    assert case_a.owner == colleague
    handover = CaseHandover.objects.get()
    assert (handover.case, handover.from_owner, handover.to_owner, handover.handed_over_by) == (
        case_a,
        counsellor,
        colleague,
        counsellor,
    )
    assert handover.note == "She prefers calls after 16:00."
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert (event.object_type, event.object_id, event.client_id) == (
        "counselling.case",
        case_a.pk,
        client_a.pk,
    )
    assert event.detail["handover"] == handover.pk
    assert event.detail["fields"] == ["owner"]
    assert "She prefers" not in str(event.detail)
    page = browser.get(case_a.get_absolute_url()).content.decode()
    handovers = page[page.index("<h2>Handovers</h2>") :]
    assert "from mari to oksana, by mari" in handovers
    assert "She prefers calls after 16:00." in handovers
    assert "owner: mari → oksana" in _history(page)


@pytest.mark.parametrize(
    ("to", "note", "message"),
    [
        ("counsellor_b", "Moving to Narva", "Select a valid choice."),
        ("receptionist", "Please call her", "Select a valid choice."),
        ("colleague", "", "This field is required."),
        ("counsellor", "Back to me", "The case is already theirs."),
    ],
)
def test_a_handover_that_cannot_happen_is_a_400_and_the_owner_stays(
    request, counsellor, receptionist, sign_in, case_a, to, note, message
):
    to_owner = request.getfixturevalue(to)

    response = _hand_over(sign_in(counsellor), case_a, to_owner=to_owner.pk, note=note)

    assert response.status_code == 400
    assert message in response.content.decode()
    case_a.refresh_from_db()
    assert case_a.owner == counsellor
    assert CaseHandover.objects.count() == 0
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_a_handover_is_posted_not_fetched(counsellor, sign_in, case_a):
    assert sign_in(counsellor).get(reverse("case-handover", args=[case_a.pk])).status_code == 405


# Status


def _set_status(browser, case, status):
    return browser.post(reverse("case-status", args=[case.pk]), {"status": status})


def test_a_case_is_closed_once_and_reopened(counsellor, sign_in, case_a):
    browser = sign_in(counsellor)

    response = _set_status(browser, case_a, "closed")

    assert response.status_code == 302
    case_a.refresh_from_db()
    assert (case_a.status, case_a.closed_on) == (Case.Status.CLOSED, timezone.localdate())
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert event.detail == {"fields": ["status"], "status": "closed"}
    page = browser.get(case_a.get_absolute_url()).content.decode()
    assert "Reopen the case" in page and "Hand the case over" not in page

    again = _set_status(browser, case_a, "closed")

    assert again.status_code == 400
    assert "A case cannot go from “Closed” to “Closed”." in again.content.decode()
    assert AuditEvent.objects.filter(action=AuditAction.UPDATE).count() == 1

    reopened = _set_status(browser, case_a, "open")

    assert reopened.status_code == 302
    case_a.refresh_from_db()
    assert (case_a.status, case_a.closed_on) == (Case.Status.OPEN, None)
    history = _history(browser.get(case_a.get_absolute_url()).content.decode())
    assert "status: Closed → Open" in history and "status: Open → Closed" in history


@pytest.mark.parametrize(
    ("status", "message"),
    [
        ("bogus", "A case cannot go from “Open” to “bogus”."),
        ("open", "A case cannot go from “Open” to “Open”."),
        ("", "A case cannot go from “Open” to “”."),
    ],
)
def test_a_status_the_case_cannot_move_to_is_a_400(counsellor, sign_in, case_a, status, message):
    response = _set_status(sign_in(counsellor), case_a, status)

    assert response.status_code == 400
    assert message in response.content.decode()
    case_a.refresh_from_db()
    assert (case_a.status, case_a.closed_on) == (Case.Status.OPEN, None)


def test_the_status_error_is_in_the_users_language(counsellor, sign_in, case_a):
    browser = sign_in(counsellor)
    browser.post(reverse("set-language"), {"language": "et"})
    _set_status(browser, case_a, "closed")

    response = _set_status(browser, case_a, "closed")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Juhtum ei saa minna olekust „Suletud“ olekusse „Suletud“." in page


def test_a_status_change_is_posted_not_fetched(counsellor, sign_in, case_a):
    assert sign_in(counsellor).get(reverse("case-status", args=[case_a.pk])).status_code == 405


# Other offices


def test_the_cases_of_another_office_are_not_found(counsellor, colleague, sign_in, client_b):
    case = Case.objects.get(client=client_b)
    browser = sign_in(counsellor)

    assert browser.get(reverse("case-detail", args=[case.pk])).status_code == 404
    assert browser.get(reverse("case-edit", args=[case.pk])).status_code == 404
    assert _set_status(browser, case, "closed").status_code == 404
    assert _hand_over(browser, case, to_owner=colleague.pk, note="x").status_code == 404
    assert _open(browser, client_b, {}).status_code == 404
    case.refresh_from_db()
    assert case.status == Case.Status.OPEN and case.owner.username == "sergei"


# Follow-ups


def _follow_up(client, assignee, what, days=0):
    return FollowUp.objects.create(
        client=client,
        assigned_to=assignee,
        due_on=timezone.localdate() + timedelta(days=days),
        description=what,
    )


def test_a_follow_up_marked_done_leaves_my_work(counsellor, sign_in, client_a):
    follow_up = _follow_up(client_a, counsellor, "Call about the PPA decision")
    browser = sign_in(counsellor)
    assert "Call about the PPA decision" in browser.get(reverse("home")).content.decode()
    url = reverse("follow-up-done", args=[follow_up.pk])
    assert browser.get(url).status_code == 405

    response = browser.post(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    follow_up.refresh_from_db()
    assert timezone.now() - follow_up.done_at < timedelta(minutes=1)
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert (event.object_type, event.object_id, event.client_id) == (
        "counselling.followup",
        follow_up.pk,
        client_a.pk,
    )
    assert "Call about the PPA decision" not in browser.get(reverse("home")).content.decode()


def test_another_offices_follow_up_is_not_found(counsellor, counsellor_b, sign_in, client_b):
    follow_up = _follow_up(client_b, counsellor_b, "Ring back", days=-1)

    response = sign_in(counsellor).post(reverse("follow-up-done", args=[follow_up.pk]))

    assert response.status_code == 404
    follow_up.refresh_from_db()
    assert follow_up.done_at is None


def test_a_client_of_both_offices_shows_only_the_cases_of_mine(
    counsellor, sign_in, client_a, office_b, counsellor_b
):
    elsewhere = Case.objects.create(client=client_a, office=office_b, owner=counsellor_b)

    page = sign_in(counsellor).get(client_a.get_absolute_url()).content.decode()

    assert Case.objects.get(client=client_a, office__name="Tallinn").reference in page
    assert elsewhere.reference not in page


def test_an_edit_from_a_stale_page_does_not_reopen_a_closed_case(counsellor, case_a):
    from counselling.services import set_case_status, update_case

    stale = Case.objects.get(pk=case_a.pk)  # the edit page, opened before the close
    set_case_status(case=case_a, status="closed", changed_by=counsellor)

    stale.programme = "mentoring"
    update_case(case=stale, changed_by=counsellor, changed=["programme"])

    case_a.refresh_from_db()
    assert case_a.status == "closed"
    assert case_a.programme == "mentoring"
