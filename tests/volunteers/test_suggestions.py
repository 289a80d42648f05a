"""Find a volunteer: the office's active volunteers with a valid background check, for the
kind of support asked, ranked by languages shared with the client, then place, then
fewest open matches, with the reasons shown."""

from datetime import timedelta

from django.urls import reverse

from volunteers import selectors
from volunteers.access import volunteers_for
from volunteers.models import SupportKind

from .conftest import TODAY, make_match, make_volunteer


def test_suggestions_rank_by_shared_languages_then_place_then_load(
    newcomer, office_a, office_b, coordinator
):
    both = make_volunteer("Both", office_a, languages=["ru", "prs"], places=["Tähtvere"])
    dari_here = make_volunteer("Dari-here", office_a, languages=["prs"], places=["annelinn "])
    busy = make_volunteer("Busy", office_a, languages=["prs"], places=["Annelinn"])
    make_match(newcomer, busy, office_a, made_by=coordinator, kind=SupportKind.WORK_MENTOR)
    dari_there = make_volunteer("Dari-there", office_a, languages=["prs"], places=["Ropka"])
    only_here = make_volunteer("Only-here", office_a, languages=["et"], places=["Annelinn"])
    neither = make_volunteer("Neither", office_a, languages=["et"])
    # Never suggested: expired or missing check, not active, another kind, another office.
    make_volunteer("Expired", office_a, languages=["prs"], expires_on=TODAY - timedelta(days=1))
    make_volunteer("Unchecked", office_a, languages=["prs"], checked_on=None, expires_on=None)
    make_volunteer("Resting", office_a, languages=["prs"], active=False)
    make_volunteer("Partner", office_a, languages=["prs"], kinds=[SupportKind.LANGUAGE_PARTNER])
    make_volunteer("Narva", office_b, languages=["prs"])

    found = selectors.suggestions(
        volunteers_for(coordinator),
        client=newcomer,
        kind=SupportKind.ADAPTATION_MENTOR,
        office=office_a,
        today=TODAY,
    )

    assert [s.volunteer for s in found] == [both, dari_here, busy, dari_there, only_here, neither]
    assert found[0].shared_languages == ["prs", "ru"]
    assert (found[1].same_place, found[1].open_matches) == (True, 0)
    assert (found[2].same_place, found[2].open_matches) == (True, 1)
    assert found[3].same_place is False


def test_find_a_volunteer_page_shows_why_each_volunteer_is_suggested(
    newcomer, mentor, office_a, coordinator, sign_in, django_assert_num_queries
):
    make_volunteer("Tiit", office_a, languages=["et"])
    browser = sign_in(coordinator)
    url = reverse("match-suggest", args=[newcomer.pk])
    query = {"kind": SupportKind.ADAPTATION_MENTOR, "office": office_a.pk}

    browser.get(url, query)  # warm up anything cached per process
    # 1 session, 2 user, 3 OTP device, 4 the user's office ids, 5 the client, 6 the home
    # office, 7 the chosen office (form), 8 the suggestions with their load counted,
    # 9 the audit event, 10 the office choices rendered.
    with django_assert_num_queries(10):
        response = browser.get(url, query)

    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Farid") < page.index("Tiit"), "the Dari speaker first"
    assert "speaks دری" in page
    assert "same place" in page
    assert "0 open matches" in page
    assert f"?volunteer={mentor.pk}&amp;kind=adaptation_mentor" in page


def test_find_a_volunteer_opens_from_the_client_page_for_coordinators_only(
    newcomer, coordinator, counsellor, sign_in
):
    page = sign_in(coordinator).get(newcomer.get_absolute_url()).content.decode()
    assert "Volunteer matches" in page
    assert reverse("match-suggest", args=[newcomer.pk]) in page

    page = sign_in(counsellor).get(newcomer.get_absolute_url()).content.decode()
    assert "Volunteer matches" in page
    assert reverse("match-suggest", args=[newcomer.pk]) not in page


def test_an_unknown_kind_of_support_is_a_bad_request(newcomer, office_a, coordinator, sign_in):
    response = sign_in(coordinator).get(
        reverse("match-suggest", args=[newcomer.pk]), {"kind": "astronaut", "office": office_a.pk}
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
