"""The partner's side: signed link, one-time code, answers, partner users, the letter."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from counselling.models import AuditEvent, OutgoingMessage
from referrals import links, services
from referrals.models import Referral


@pytest.fixture
def referral(send, consent):
    return send(shared_fields=["name", "birth_date"])


def _path(referral) -> str:
    return links.partner_link(referral).split("testserver", 1)[-1].split("8000", 1)[-1]


def _code_from_outbox() -> str:
    message = OutgoingMessage.objects.filter(kind="partner-code").latest("pk")
    return re.search(r"^(\d{6})$", message.body_text, re.MULTILINE).group(1)


def _confirm(client, referral):
    link = _path(referral)
    client.post(link, {"send": ""})
    return client.post(link, {"code": _code_from_outbox()})


def test_the_link_alone_shows_no_personal_data(client, referral):
    response = client.get(_path(referral))
    page = response.content.decode()
    assert response.status_code == 200
    assert referral.reference in page and "Job search counselling" in page
    for private in ("Olena", "Kovalenko", "nurse", "1990"):
        assert private not in page
    assert client.get(f"/partner/referrals/{referral.uid}/").status_code == 404


def test_a_tampered_link_is_refused_clearly(client, referral):
    path = _path(referral)
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    response = client.get(tampered)
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert client.get("/partner/link/not-a-token/").status_code == 400


def test_an_expired_link_is_refused_clearly(client, referral, settings):
    path = _path(referral)
    assert client.get(path).status_code == 200
    settings.REFERRAL_LINK_DAYS = 0  # the same link, a month later
    response = client.get(path)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()


def test_the_code_goes_to_the_registered_address_and_opens_the_referral(
    client, referral, organisation
):
    response = _confirm(client, referral)

    code_mail = OutgoingMessage.objects.get(kind="partner-code")
    assert code_mail.to_email == organisation.email and code_mail.language == "et"
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Olena Kovalenko" in page and "1990" in page
    assert "+37255512345" not in page, "only the ticked details are shared"
    view = AuditEvent.objects.filter(object_id=referral.pk, action="view").get()
    assert view.actor_id is None and view.detail == {"partner": organisation.pk}


def test_a_wrong_code_is_refused_and_a_used_code_cannot_open_it_again(client, referral):
    link = _path(referral)
    client.post(link, {"send": ""})
    code = _code_from_outbox()
    wrong = "000000" if code != "000000" else "111111"

    response = client.post(link, {"code": wrong})
    assert response.status_code == 400
    assert "The code is wrong or no longer valid" in response.content.decode()

    assert client.post(link, {"code": code}).status_code == 302
    client.logout()  # a new browser
    assert client.post(link, {"code": code}).status_code == 400


def test_five_wrong_codes_spend_the_code(client, referral):
    link = _path(referral)
    client.post(link, {"send": ""})
    code = _code_from_outbox()
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(services.CODE_ATTEMPTS):
        client.post(link, {"code": wrong})
    assert client.post(link, {"code": code}).status_code == 400


def test_an_expired_code_is_refused(client, referral):
    link = _path(referral)
    client.post(link, {"send": ""})
    code = _code_from_outbox()
    referral.codes.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.post(link, {"code": code}).status_code == 400


def test_codes_are_limited_per_hour(client, referral):
    link = _path(referral)
    for _ in range(services.CODES_PER_HOUR + 2):
        client.post(link, {"send": ""})
    assert OutgoingMessage.objects.filter(kind="partner-code").count() == services.CODES_PER_HOUR


def test_partner_accepts_then_reports_the_outcome_and_the_counsellor_hears(
    client, referral, counsellor
):
    _confirm(client, referral)
    answer = f"/partner/referrals/{referral.uid}/answer/"

    assert client.post(answer, {"action": "accepted"}).status_code == 302
    client.post(answer, {"action": "completed", "outcome": "provided", "note": "Started 1 Dec."})

    referral.refresh_from_db()
    assert (referral.status, referral.outcome) == ("completed", "provided")
    events = list(referral.events.values_list("status", "by_partner", "note"))
    assert events == [
        ("sent", False, ""),
        ("accepted", True, ""),
        ("completed", True, "Started 1 Dec."),
    ]
    updates = OutgoingMessage.objects.filter(kind="referral-update", to_email=counsellor.email)
    assert updates.count() == 2
    assert "Olena" not in "".join(updates.values_list("body_text", flat=True))


def test_declining_needs_a_reason_and_ends_the_partners_access(client, referral):
    _confirm(client, referral)
    answer = f"/partner/referrals/{referral.uid}/answer/"

    refused = client.post(answer, {"action": "declined"})
    assert refused.status_code == 400
    assert "Choose why the referral is declined." in refused.content.decode()

    client.post(answer, {"action": "declined", "decline_reason": "no_capacity"})

    referral.refresh_from_db()
    assert (referral.status, referral.decline_reason) == ("declined", "no_capacity")
    page = client.get(f"/partner/referrals/{referral.uid}/").content.decode()
    assert "Olena" not in page and "This referral is closed" in page
    assert client.get(f"/partner/referrals/{referral.uid}/letter.pdf").status_code == 404
    assert client.post(answer, {"action": "accepted"}).status_code == 400


def test_impossible_moves_are_refused(referral):
    with pytest.raises(Exception, match="cannot become"):
        services.change_status(referral=referral, to="completed", outcome="provided")


def test_the_letter_holds_the_shared_details_and_nothing_else(client, referral):
    _confirm(client, referral)
    response = client.get(f"/partner/referrals/{referral.uid}/letter.pdf")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Olena Kovalenko" in text and "1990" in text and referral.reference in text
    assert "nurse" in text, "the reason is part of the referral"
    for private in ("+37255512345", "olena@example.org", "Ukrainian", "українська"):
        assert private not in text
    assert AuditEvent.objects.filter(object_id=referral.pk, action="print").count() == 1


def test_partner_user_sees_their_organisations_referrals_only(
    client, referral, partner_user, other_organisation, send, service
):
    service.organisation = other_organisation
    service.save()
    from clients.models import Consent

    Consent.objects.create(
        client=referral.client, scope="sharing", partner_name="Kela", recorded_by=referral.made_by
    )
    elsewhere = send()
    client.force_login(partner_user)

    listing = client.get("/partner/").content.decode()
    assert referral.reference in listing and elsewhere.reference not in listing
    assert client.get(f"/partner/referrals/{referral.uid}/").status_code == 200
    for path in ("", "letter.pdf"):
        assert client.get(f"/partner/referrals/{elsewhere.uid}/{path}").status_code == 404
    assert (
        client.post(
            f"/partner/referrals/{elsewhere.uid}/answer/", {"action": "accepted"}
        ).status_code
        == 404
    )
    assert client.get(f"/referrals/{referral.pk}/").status_code == 403
    elsewhere.refresh_from_db()
    assert elsewhere.status == Referral.Status.SENT


def test_staff_cannot_open_the_partner_page_without_a_code(client, referral, counsellor):
    client.force_login(counsellor)
    assert client.get(f"/partner/referrals/{referral.uid}/").status_code == 404


def test_an_answer_without_a_choice_is_a_400_that_says_so(client, referral):
    _confirm(client, referral)
    for data in ({}, {"action": "withdrawn"}, {"action": "<script>"}):
        response = client.post(f"/partner/referrals/{referral.uid}/answer/", data)
        assert response.status_code == 400
        assert "Choose an answer." in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == "sent"
