"""Handing a counsellor's work over: one item, a choice, or the whole caseload at once."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from channels.models import Inquiry
from clients.models import Client, Topic
from counselling.history import changes_of
from counselling.models import AuditEvent, Case, CaseHandover, Office, OutgoingMessage, Role
from reports import services
from tests.conftest import make_user

URL = reverse("reassign")
REASON = "Mari is on sick leave until May."


def open_case(owner, office, name="Olena"):
    client = Client.objects.create(given_name=name, family_name="Kovalenko")
    return Case.objects.create(client=client, office=office, owner=owner)


def inquiry(assignee, office, status=Inquiry.Status.OPEN):
    return Inquiry.objects.create(
        channel="web_form",
        office=office,
        language="ru",
        assignee=assignee,
        status=status,
        due_at=timezone.now() + timedelta(days=2),
    )


@pytest.fixture
def work(counsellor, office_a):
    """Mari's work in Tallinn: three open cases, a closed one, two open inquiries (one
    still new) and a closed one."""
    cases = [open_case(counsellor, office_a, name) for name in ("Olena", "Ahmad", "Li")]
    cases[0].topics.set(Topic.objects.order_by("position")[:2])
    closed = open_case(counsellor, office_a, "Closed")
    Case.objects.filter(pk=closed.pk).update(status=Case.Status.CLOSED)
    inquiries = [
        inquiry(counsellor, office_a, Inquiry.Status.NEW),
        inquiry(counsellor, office_a, Inquiry.Status.ANSWERED),
    ]
    done = inquiry(counsellor, office_a, Inquiry.Status.CLOSED)
    return {"cases": cases, "closed": closed, "inquiries": inquiries, "done": done}


@pytest.fixture
def colleague_et(colleague):
    colleague.language = "et"
    colleague.save(update_fields=["language"])
    return colleague


def post(client, *, from_user, to_user, cases, inquiries, reason=REASON):
    return client.post(
        URL,
        {
            "from_user": from_user.pk,
            "to_user": to_user.pk if to_user else "",
            "cases": [case.pk for case in cases],
            "inquiries": [item.pk for item in inquiries],
            "reason": reason,
        },
    )


def nothing_moved(counsellor):
    assert set(Case.objects.values_list("owner_id", flat=True)) <= {counsellor.pk}
    assert not CaseHandover.objects.exists()
    assert not Inquiry.objects.exclude(assignee=counsellor).exists()
    assert not OutgoingMessage.objects.exists()
    assert not AuditEvent.objects.filter(detail__reassigned=True).exists()


def test_page_lists_the_persons_open_work_all_ticked_and_audits_the_read(
    sign_in, coordinator, counsellor, work
):
    response = sign_in(coordinator).get(URL, {"from_user": counsellor.pk})
    assert response.status_code == 200
    page = response.content.decode()
    for case in work["cases"]:
        assert f'value="{case.pk}" ' in page
        assert case.reference in page
    assert work["closed"].reference not in page
    for item in work["inquiries"]:
        assert item.reference in page
    assert work["done"].reference not in page
    assert page.count("checked") == 5
    read = AuditEvent.objects.get(action="view", detail__page="reassign")
    assert read.detail["cases"] == [case.pk for case in work["cases"]]
    assert sorted(read.detail["inquiries"]) == sorted(item.pk for item in work["inquiries"])


def test_coordinator_hands_a_whole_caseload_over_in_one_step(
    sign_in, coordinator, counsellor, colleague_et, work
):
    response = post(
        sign_in(coordinator),
        from_user=counsellor,
        to_user=colleague_et,
        cases=work["cases"],
        inquiries=work["inquiries"],
    )
    assert response.status_code == 302
    shown = sign_in(coordinator).get(response.url).content.decode()
    assert "Handed over to oksana: cases 3, inquiries 2." in shown
    assert "No open cases." in shown

    for case in work["cases"]:
        case.refresh_from_db()
        assert case.owner == colleague_et
        handover = case.handovers.get()
        assert (handover.from_owner, handover.to_owner) == (counsellor, colleague_et)
        assert (handover.note, handover.handed_over_by) == (REASON, coordinator)
        change = changes_of(case)[0]
        assert change.who == coordinator
        assert [line.label for line in change.fields] == ["owner"]  # topics did not "change"
    work["closed"].refresh_from_db()
    assert work["closed"].owner == counsellor

    new, answered = (Inquiry.objects.get(pk=item.pk) for item in work["inquiries"])
    assert (new.assignee, new.status) == (colleague_et, Inquiry.Status.OPEN)
    assert (answered.assignee, answered.status) == (colleague_et, Inquiry.Status.ANSWERED)
    assert Inquiry.objects.get(pk=work["done"].pk).assignee == counsellor

    summary = AuditEvent.objects.get(detail__reassigned=True)
    assert summary.actor_id == coordinator.pk
    assert summary.detail["from"] == counsellor.pk and summary.detail["to"] == colleague_et.pk
    assert summary.detail["case_count"] == 3 and summary.detail["inquiry_count"] == 2
    assert sorted(summary.detail["cases"]) == sorted(case.pk for case in work["cases"])
    assert "Mari" not in str(summary.detail) and "sick" not in str(summary.detail)
    per_item = AuditEvent.objects.filter(action="update", detail__bulk=True)
    assert sorted(per_item.values_list("object_type", flat=True)) == [
        *["channels.inquiry"] * 2,
        *["counselling.case"] * 3,
    ]
    assert set(
        per_item.filter(object_type="counselling.case").values_list("client_id", flat=True)
    ) == {case.client_id for case in work["cases"]}

    email = OutgoingMessage.objects.get()
    assert (email.kind, email.to_email, email.language) == (
        "work_handed_over",
        "oksana@example.org",
        "et",
    )
    assert '<html lang="et"' in email.body_html
    for text in (email.body_text, email.body_html):
        for item in [*work["cases"], *work["inquiries"]]:
            assert item.reference in text
        assert REASON in text
        assert "Kovalenko" not in text  # references and links only, no client names
    assert settings.SITE_URL + work["cases"][0].get_absolute_url() in email.body_text


def test_each_new_owner_gets_one_email_in_their_language(
    coordinator, counsellor, colleague_et, office_a, work
):
    other = make_user("dmitri", Role.COUNSELLOR, office_a, language="ru")
    services.reassign_work(
        by=coordinator,
        from_user=counsellor,
        to_user=colleague_et,
        reason=REASON,
        cases=work["cases"][:2],
        inquiries=work["inquiries"],
    )
    services.reassign_work(
        by=coordinator, from_user=counsellor, to_user=other, reason=REASON
    )  # the rest: everything still open
    assert Case.objects.get(pk=work["cases"][2].pk).owner == other
    emails = {email.to_email: email for email in OutgoingMessage.objects.all()}
    assert OutgoingMessage.objects.count() == 2
    assert emails["oksana@example.org"].language == "et"
    assert '<html lang="ru"' in emails["dmitri@example.org"].body_html
    assert work["cases"][2].reference in emails["dmitri@example.org"].body_text
    assert work["cases"][0].reference not in emails["dmitri@example.org"].body_text


def test_one_case_can_be_handed_over_alone(sign_in, coordinator, counsellor, colleague, work):
    one = work["cases"][1]
    response = post(
        sign_in(coordinator), from_user=counsellor, to_user=colleague, cases=[one], inquiries=[]
    )
    assert response.status_code == 302
    assert list(Case.objects.filter(owner=colleague)) == [one]
    assert not Inquiry.objects.filter(assignee=colleague).exists()
    assert OutgoingMessage.objects.count() == 1


def test_coordinator_cannot_move_another_offices_cases(
    sign_in, coordinator, counsellor, colleague, counsellor_b, office_b
):
    theirs = open_case(counsellor_b, office_b)
    elsewhere = inquiry(counsellor_b, office_b)
    signed_in = sign_in(coordinator)
    response = post(
        signed_in, from_user=counsellor_b, to_user=colleague, cases=[theirs], inquiries=[]
    )
    assert response.status_code == 400
    assert signed_in.get(URL, {"from_user": counsellor_b.pk}).status_code == 400
    # Named under someone of my office, another office's case is simply not a choice.
    theirs.owner = counsellor
    theirs.save(update_fields=["owner"])
    response = post(
        signed_in, from_user=counsellor, to_user=colleague, cases=[theirs], inquiries=[elsewhere]
    )
    assert response.status_code == 400
    assert Case.objects.get(pk=theirs.pk).owner == counsellor
    with pytest.raises(ValidationError):
        services.reassign_work(
            by=coordinator, from_user=counsellor, to_user=colleague, reason=REASON, cases=[theirs]
        )
    assert Case.objects.get(pk=theirs.pk).owner == counsellor
    assert not CaseHandover.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_new_owner_from_another_office_is_refused(
    sign_in, coordinator, counsellor, counsellor_b, work
):
    response = post(
        sign_in(coordinator),
        from_user=counsellor,
        to_user=counsellor_b,
        cases=work["cases"],
        inquiries=work["inquiries"],
    )
    assert response.status_code == 400
    with pytest.raises(ValidationError) as refused:
        services.reassign_work(
            by=coordinator, from_user=counsellor, to_user=counsellor_b, reason=REASON
        )
    assert "to_user" in refused.value.message_dict
    nothing_moved(counsellor)


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required(sign_in, coordinator, counsellor, colleague, work, reason):
    response = post(
        sign_in(coordinator),
        from_user=counsellor,
        to_user=colleague,
        cases=work["cases"],
        inquiries=[],
        reason=reason,
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    with pytest.raises(ValidationError) as refused:
        services.reassign_work(
            by=coordinator, from_user=counsellor, to_user=colleague, reason=reason
        )
    assert "reason" in refused.value.message_dict
    nothing_moved(counsellor)


def test_work_cannot_be_handed_to_the_person_who_has_it(coordinator, counsellor, work):
    with pytest.raises(ValidationError) as refused:
        services.reassign_work(
            by=coordinator, from_user=counsellor, to_user=counsellor, reason=REASON
        )
    assert refused.value.message_dict["to_user"] == [
        "Choose someone else: this work is already theirs."
    ]
    nothing_moved(counsellor)


def test_nothing_chosen_is_refused(sign_in, coordinator, counsellor, colleague, work):
    response = post(
        sign_in(coordinator), from_user=counsellor, to_user=colleague, cases=[], inquiries=[]
    )
    assert response.status_code == 400
    assert "Choose at least one case or inquiry." in response.content.decode()
    nothing_moved(counsellor)


def test_a_failure_half_way_moves_nothing(
    sign_in, coordinator, counsellor, colleague, office_a, work
):
    """The cases could go (the colleague works in Tallinn) but one inquiry is in Pärnu,
    where the colleague does not: the cases stay too."""
    parnu = Office.objects.create(name="Pärnu", code="parnu")
    counsellor.offices.add(parnu)
    coordinator.offices.add(parnu)
    in_parnu = inquiry(counsellor, parnu)
    response = post(
        sign_in(coordinator),
        from_user=counsellor,
        to_user=colleague,
        cases=work["cases"],
        inquiries=[*work["inquiries"], in_parnu],
    )
    assert response.status_code == 400
    assert "Choose a counsellor or coordinator of the office of everything moved." in (
        response.content.decode()
    )
    nothing_moved(counsellor)
    with pytest.raises(ValidationError) as refused:
        services.reassign_work(
            by=coordinator, from_user=counsellor, to_user=colleague, reason=REASON
        )
    assert "to_user" in refused.value.message_dict
    nothing_moved(counsellor)
    assert not AuditEvent.objects.filter(detail__bulk=True).exists()


def test_a_case_closed_since_the_page_was_shown_stops_the_move(
    sign_in, coordinator, counsellor, colleague, work
):
    Case.objects.filter(pk=work["cases"][0].pk).update(status=Case.Status.CLOSED)
    with pytest.raises(ValidationError, match="Reload the page"):
        services.reassign_work(
            by=coordinator,
            from_user=counsellor,
            to_user=colleague,
            reason=REASON,
            cases=work["cases"],
            inquiries=work["inquiries"],
        )
    nothing_moved(counsellor)


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.RECEPTIONIST])
def test_counsellors_and_receptionists_cannot_reassign(
    sign_in, counsellor, colleague, office_a, work, role
):
    person = counsellor if role == Role.COUNSELLOR else make_user("marina", role, office_a)
    signed_in = sign_in(person)
    assert signed_in.get(URL).status_code == 403
    response = post(
        signed_in, from_user=counsellor, to_user=colleague, cases=work["cases"], inquiries=[]
    )
    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        services.reassign_work(by=person, from_user=counsellor, to_user=colleague, reason=REASON)
    nothing_moved(counsellor)


def test_page_reads_a_fixed_number_of_queries_however_long_the_lists(
    sign_in, coordinator, counsellor, office_a, django_assert_num_queries
):
    for _ in range(10):
        open_case(counsellor, office_a)
        inquiry(counsellor, office_a)
    signed_in = sign_in(coordinator)
    # 1 session, 2 user, 3 two-factor device, 4 the coordinator's offices,
    # 5 whose work (checking the chosen person), 6 their open cases with clients and
    # offices, 7 their open inquiries with offices and topics, 8 the coordinator's home
    # office (the audit event of the read), 9 that audit event,
    # 10 whose work (the select), 11 who may take it over (the select).
    with django_assert_num_queries(11):
        response = signed_in.get(URL, {"from_user": counsellor.pk})
    assert response.content.decode().count("checked") == 20


def test_the_move_costs_the_same_queries_for_one_case_or_many(
    sign_in, coordinator, counsellor, colleague, office_a
):
    topics = list(Topic.objects.order_by("position")[:2])

    def move(count):
        cases = [open_case(counsellor, office_a) for _ in range(count)]
        for case in cases:
            case.topics.set(topics)
        inquiries = [inquiry(counsellor, office_a, Inquiry.Status.NEW) for _ in range(count)]
        signed_in = sign_in(coordinator)
        with CaptureQueriesContext(connection) as queries:
            response = post(
                signed_in, from_user=counsellor, to_user=colleague, cases=cases, inquiries=inquiries
            )
        assert response.status_code == 302
        Case.objects.update(owner=counsellor)
        Inquiry.objects.update(assignee=counsellor)
        return len(queries)

    assert move(1) == move(12)
