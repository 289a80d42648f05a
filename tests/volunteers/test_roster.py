"""Coordinators keep the roster of their offices: list with filters, add, edit."""

from datetime import timedelta

from django.urls import reverse

from counselling.models import AuditEvent
from volunteers.models import Volunteer

from .conftest import TODAY, make_volunteer


def _entry(office, **extra):
    return {
        "first_name": "Yonas",
        "last_name": "Tesfaye",
        "email": "yonas@example.org",
        "phone": "+37255500000",
        "offices": [office.pk],
        "kinds": ["adaptation_mentor", "language_partner"],
        "languages": ["ti", "en"],
        "skills": "driving, CV writing",
        "availability": "Weekday evenings",
        "places": "Annelinn, Karlova",
        "background_checked_on": (TODAY - timedelta(days=5)).isoformat(),
        "background_check_expires_on": (TODAY + timedelta(days=360)).isoformat(),
        "training": "Mentor basics",
        "agreement_signed_on": TODAY.isoformat(),
        "active": "on",
        **extra,
    }


def test_coordinator_adds_a_volunteer_to_the_roster(office_a, coordinator, sign_in):
    response = sign_in(coordinator).post(reverse("volunteer-create"), _entry(office_a))

    volunteer = Volunteer.objects.get()
    assert response.status_code == 302 and response["Location"] == volunteer.get_absolute_url()
    assert volunteer.languages == ["ti", "en"]
    assert volunteer.skills == ["driving", "CV writing"]
    assert volunteer.places == ["Annelinn", "Karlova"]
    assert list(volunteer.offices.all()) == [office_a]
    assert AuditEvent.objects.filter(object_type="volunteers.volunteer", action="create").exists()


def test_a_check_expiring_before_it_was_done_is_refused(office_a, coordinator, sign_in):
    entry = _entry(office_a, background_check_expires_on=(TODAY - timedelta(days=30)).isoformat())
    response = sign_in(coordinator).post(reverse("volunteer-create"), entry)
    assert response.status_code == 400
    assert "The check cannot expire before it was done." in response.content.decode()
    assert not Volunteer.objects.exists()


def test_editing_keeps_the_offices_the_coordinator_does_not_work_in(
    office_a, office_b, coordinator, sign_in
):
    shared = make_volunteer("Maryam", office_a, office_b)
    response = sign_in(coordinator).post(
        reverse("volunteer-edit", args=[shared.pk]), _entry(office_a, first_name="Maryam")
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert set(shared.offices.all()) == {office_a, office_b}
    assert shared.languages == ["ti", "en"]


def test_the_roster_filters_by_language_and_kind_and_shows_only_my_offices(
    office_a, office_b, coordinator, sign_in, django_assert_num_queries
):
    make_volunteer("Ahmed", office_a, languages=["ar"])
    make_volunteer("Olga", office_a, languages=["ru", "uk"], kinds=["language_partner"])
    make_volunteer("Hodan", office_a, languages=["so"], active=False)
    make_volunteer("Sergei", office_b, languages=["ru"])
    browser = sign_in(coordinator)
    url = reverse("volunteer-list")
    browser.get(url)

    # 1 session, 2 user, 3 OTP device, 4 office ids, 5 count, 6 the page with each load
    # counted, 7 their offices, 8–9 the office filter's choices (validated, rendered).
    with django_assert_num_queries(9):
        page = browser.get(url).content.decode()
    assert "Ahmed" in page and "Olga" in page
    assert "Hodan" not in page, "not active"
    assert "Sergei" not in page, "another office"

    page = browser.get(url, {"language": "ru"}).content.decode()
    assert "Olga" in page and "Ahmed" not in page
    page = browser.get(url, {"kind": "adaptation_mentor"}).content.decode()
    assert "Ahmed" in page and "Olga" not in page
    page = browser.get(url, {"show": "inactive"}).content.decode()
    assert "Hodan" in page and "Ahmed" not in page


def test_the_page_count_stays_the_same_with_more_volunteers(
    office_a, coordinator, sign_in, django_assert_num_queries
):
    for name in ("A", "B", "C", "D", "E", "F"):
        make_volunteer(name, office_a)
    browser = sign_in(coordinator)
    browser.get(reverse("volunteer-list"))
    with django_assert_num_queries(9):
        browser.get(reverse("volunteer-list"))
