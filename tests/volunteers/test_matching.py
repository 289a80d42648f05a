"""Matching a client with a volunteer, checking in and ending: a volunteer without a
valid background check and an overlapping match for the same client and kind are
refused with a clear error, and nothing is saved."""

from datetime import timedelta

import pytest
from django.urls import reverse

from counselling.models import AuditEvent
from volunteers.models import CheckIn, Match, SupportKind

from .conftest import TODAY, make_match, make_volunteer


def _form(volunteer, office, **extra):
    return {
        "volunteer": volunteer.pk,
        "office": office.pk,
        "kind": SupportKind.ADAPTATION_MENTOR,
        "starts_on": TODAY.isoformat(),
        "shared_fields": ["first_name", "languages"],
        **extra,
    }


def test_coordinator_matches_a_client_with_a_volunteer_sharing_first_name_and_languages(
    newcomer, mentor, office_a, coordinator, sign_in
):
    browser = sign_in(coordinator)
    url = reverse("match-create", args=[newcomer.pk])
    form = browser.get(url, {"volunteer": mentor.pk, "kind": "adaptation_mentor"})
    assert form.status_code == 200

    response = browser.post(url, _form(mentor, office_a, needs="Help finding a flat."))

    match = Match.objects.get()
    assert response.status_code == 302 and response["Location"] == match.get_absolute_url()
    assert (match.client, match.volunteer, match.status) == (newcomer, mentor, "active")
    assert match.shared_fields == ["first_name", "languages"]
    assert AuditEvent.objects.filter(
        object_type="volunteers.match", object_id=match.pk, action="create"
    ).exists()
    page = browser.get(newcomer.get_absolute_url()).content.decode()
    assert "Farid Volunteer" in page and "Adaptation mentor" in page


def test_the_match_form_shares_first_name_and_languages_unless_told_otherwise(
    newcomer, mentor, coordinator, sign_in
):
    response = sign_in(coordinator).get(reverse("match-create", args=[newcomer.pk]))
    assert response.context["form"]["shared_fields"].value() == ["first_name", "languages"]


@pytest.mark.parametrize(
    ("checked_on", "expires_on"),
    [(TODAY - timedelta(days=400), TODAY - timedelta(days=1)), (None, None)],
    ids=["expired", "missing"],
)
def test_a_volunteer_without_a_valid_background_check_is_refused_and_nothing_is_saved(
    newcomer, office_a, coordinator, sign_in, checked_on, expires_on
):
    unchecked = make_volunteer("Rasmus", office_a, checked_on=checked_on, expires_on=expires_on)
    events = AuditEvent.objects.count()

    response = sign_in(coordinator).post(
        reverse("match-create", args=[newcomer.pk]), _form(unchecked, office_a)
    )

    assert response.status_code == 400
    assert "has no valid background check on the start date" in response.content.decode()
    assert not Match.objects.exists()
    assert AuditEvent.objects.filter(action="create").count() == 0
    assert AuditEvent.objects.count() == events + 1, "only the form's read of the client"


def test_an_overlapping_match_of_the_same_kind_is_refused_another_kind_is_not(
    newcomer, mentor, office_a, coordinator, sign_in
):
    make_match(
        newcomer, mentor, office_a, made_by=coordinator, starts_on=TODAY - timedelta(days=10)
    )
    second = make_volunteer("Hawa", office_a, kinds=["adaptation_mentor", "language_partner"])
    browser = sign_in(coordinator)
    url = reverse("match-create", args=[newcomer.pk])

    refused = browser.post(url, _form(second, office_a))
    assert refused.status_code == 400
    assert "already has a Adaptation mentor match in this period" in refused.content.decode()
    assert Match.objects.count() == 1

    allowed = browser.post(url, _form(second, office_a, kind="language_partner"))
    assert allowed.status_code == 302
    assert Match.objects.count() == 2


def test_after_a_match_ends_a_new_one_of_the_same_kind_may_start(
    newcomer, mentor, office_a, coordinator, sign_in
):
    old = make_match(
        newcomer, mentor, office_a, made_by=coordinator, starts_on=TODAY - timedelta(days=90)
    )
    browser = sign_in(coordinator)
    ended = browser.post(
        reverse("match-end", args=[old.pk]),
        {"ended_on": (TODAY - timedelta(days=1)).isoformat(), "outcome": "goals_met"},
    )
    assert ended.status_code == 302
    old.refresh_from_db()
    assert (old.status, old.outcome) == ("ended", "goals_met")

    second = make_volunteer("Hawa", office_a)
    assert browser.post(reverse("match-create", args=[newcomer.pk]), _form(second, office_a))[
        "Location"
    ].startswith("/matches/")
    # …but not one that starts before the old one ended.
    third = make_volunteer("Lidia", office_a)
    early = _form(
        third,
        office_a,
        kind="adaptation_mentor",
        starts_on=(TODAY - timedelta(days=30)).isoformat(),
        planned_end_on=(TODAY - timedelta(days=20)).isoformat(),
    )
    assert browser.post(reverse("match-create", args=[newcomer.pk]), early).status_code == 400


def test_a_volunteer_of_another_office_cannot_be_chosen(
    newcomer, office_a, office_b, coordinator, sign_in
):
    narva = make_volunteer("Narva", office_b)
    response = sign_in(coordinator).post(
        reverse("match-create", args=[newcomer.pk]), _form(narva, office_a)
    )
    assert response.status_code == 400
    assert not Match.objects.exists()


def test_a_planned_end_before_the_start_is_refused(
    newcomer, mentor, office_a, coordinator, sign_in
):
    response = sign_in(coordinator).post(
        reverse("match-create", args=[newcomer.pk]),
        _form(mentor, office_a, planned_end_on=(TODAY - timedelta(days=1)).isoformat()),
    )
    assert response.status_code == 400
    assert "The planned end cannot be before the start." in response.content.decode()
    assert not Match.objects.exists()


def test_coordinator_logs_a_check_in_and_a_bad_date_is_refused(
    newcomer, mentor, office_a, coordinator, sign_in
):
    match = make_match(newcomer, mentor, office_a, made_by=coordinator)
    browser = sign_in(coordinator)
    url = reverse("match-check-in", args=[match.pk])

    response = browser.post(
        url, {"on": TODAY.isoformat(), "note": "Went to the bank together.", "next_on": ""}
    )
    assert response.status_code == 302
    check_in = CheckIn.objects.get()
    assert (check_in.by, check_in.note) == (coordinator, "Went to the bank together.")
    assert "Went to the bank together." in browser.get(match.get_absolute_url()).content.decode()

    before_start = browser.post(url, {"on": (TODAY - timedelta(days=3)).isoformat()})
    assert before_start.status_code == 400
    assert "cannot be before the match started" in before_start.content.decode()
    not_a_date = browser.post(url, {"on": "yesterday"})
    assert not_a_date.status_code == 400
    assert CheckIn.objects.count() == 1


def test_ending_a_match_needs_an_outcome(newcomer, mentor, office_a, coordinator, sign_in):
    match = make_match(newcomer, mentor, office_a, made_by=coordinator)
    response = sign_in(coordinator).post(
        reverse("match-end", args=[match.pk]), {"ended_on": TODAY.isoformat(), "outcome": ""}
    )
    assert response.status_code == 400
    match.refresh_from_db()
    assert match.status == "active"
