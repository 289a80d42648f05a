"""A volunteer's limited account sees its own active matches and, of each client, only
the details that match shares: never the surname, personal code, segment or notes."""

from datetime import timedelta

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from counselling.models import AuditEvent, CounsellingSession

from .conftest import TODAY, make_match, make_volunteer

SECRETS = ("Kovalenko", "38001010000", "Beneficiary of international protection", "bip")


@pytest.fixture
def peer(office_a, volunteer_user):
    return make_volunteer("Amina", office_a, languages=["prs"], user=volunteer_user)


@pytest.fixture
def match(newcomer, peer, office_a, coordinator, counsellor):
    CounsellingSession.objects.create(
        client=newcomer, counsellor=counsellor, office=office_a, note="Private session note"
    )
    return make_match(newcomer, peer, office_a, made_by=coordinator, needs="Needs a flat.")


def test_the_volunteer_page_shows_only_first_name_and_languages_by_default(
    match, volunteer_user, sign_in
):
    response = sign_in(volunteer_user).get(reverse("my-matches"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Olena" in page and "دری" in page and "русский" in page
    for hidden in (*SECRETS, "+37255512345", "Annelinn", "Needs a flat.", "Private session note"):
        assert hidden not in page, hidden
    assert AuditEvent.objects.filter(actor_id=volunteer_user.pk, client_id=None).exists()


def test_what_the_coordinator_shares_appears_and_nothing_more(match, volunteer_user, sign_in):
    match.shared_fields = ["first_name", "phone", "district", "needs"]
    match.save()

    page = sign_in(volunteer_user).get(reverse("my-matches")).content.decode()

    assert "+37255512345" in page and "Annelinn" in page and "Needs a flat." in page
    assert "دری" not in page, "languages were not shared this time"
    for hidden in SECRETS:
        assert hidden not in page


def test_the_api_gives_the_volunteer_only_the_shared_fields(match, volunteer_user, client):
    token = Token.objects.create(user=volunteer_user)
    response = client.get("/api/v1/matches/", headers={"Authorization": f"Token {token.key}"})

    assert response.status_code == 200
    [row] = response.json()["results"]
    assert row["client"] == {"first_name": "Olena", "languages": "دری, русский"}
    assert set(row) == {"id", "kind", "starts_on", "planned_end_on", "client"}
    for hidden in (*SECRETS, "+37255512345", "Annelinn", "Needs a flat."):
        assert hidden not in response.content.decode()
    detail = client.get(
        f"/api/v1/matches/{match.pk}/", headers={"Authorization": f"Token {token.key}"}
    )
    assert detail.json()["client"] == row["client"]


def test_an_ended_match_and_other_volunteers_matches_are_not_shown(
    match, newcomer, office_a, coordinator, volunteer_user, sign_in, client
):
    other = make_volunteer("Someone", office_a)
    theirs = make_match(newcomer, other, office_a, made_by=coordinator, kind="work_mentor")
    match.status, match.ended_on, match.outcome = "ended", TODAY + timedelta(days=1), "goals_met"
    match.save()

    browser = sign_in(volunteer_user)
    assert "Olena" not in browser.get(reverse("my-matches")).content.decode()
    assert browser.get(f"/api/v1/matches/{theirs.pk}/").status_code == 404
    assert browser.get(f"/api/v1/matches/{match.pk}/").status_code == 404


def test_a_volunteer_taken_off_the_roster_sees_nothing(match, peer, volunteer_user, sign_in):
    peer.active = False
    peer.save()
    assert "Olena" not in sign_in(volunteer_user).get(reverse("my-matches")).content.decode()


def test_the_volunteer_account_opens_nothing_of_the_staff_side(
    match, newcomer, volunteer_user, sign_in
):
    browser = sign_in(volunteer_user)
    assert browser.get(reverse("home"))["Location"] == reverse("my-matches")
    for url in (
        newcomer.get_absolute_url(),
        reverse("client-list"),
        reverse("match-detail", args=[match.pk]),
        reverse("volunteer-list"),
        reverse("inbox"),
    ):
        assert browser.get(url).status_code == 403, url
    for url in ("/api/v1/clients/", f"/api/v1/clients/{newcomer.pk}/", "/api/v1/volunteers/"):
        assert browser.get(url).status_code == 403, url
    assert browser.post(f"/api/v1/matches/{match.pk}/end/", {}).status_code == 403


def test_the_volunteer_page_runs_the_same_queries_for_any_number_of_matches(
    match, peer, office_a, coordinator, client_b, volunteer_user, sign_in, django_assert_num_queries
):
    make_match(client_b, peer, office_a, made_by=coordinator, kind="peer_counsellor")
    browser = sign_in(volunteer_user)
    browser.get(reverse("my-matches"))
    # 1 session, 2 user, 3 the matches with their clients and offices, 4 the audit
    # event's home office (a volunteer has none), 5 the audit event.
    with django_assert_num_queries(5):
        page = browser.get(reverse("my-matches")).content.decode()
    assert "Olena" in page and "Иван" in page
