"""A series' facilitator may be a volunteer on the roster: offered from the active
volunteers of the user's offices, and only one of the series' own office is accepted."""

from activities.models import ActivitySeries
from counselling.models import Role
from tests.activities.test_api import JSON, _token
from tests.activities.test_series_and_meetings import _series_form
from tests.conftest import make_user
from volunteers.models import Volunteer


def make_volunteer(first_name, office, **extra) -> Volunteer:
    volunteer = Volunteer.objects.create(first_name=first_name, last_name="Mägi", **extra)
    volunteer.offices.set([office])
    return volunteer


def test_a_volunteer_on_the_roster_facilitates_a_series(
    client, sign_in, counsellor, office_a, office_b
):
    liis = make_volunteer("Liis", office_a)
    make_volunteer("Away", office_a, active=False)
    make_volunteer("Narva", office_b)
    sign_in(counsellor)

    form = client.get("/activities/new/").content.decode()
    response = client.post(
        "/activities/new/",
        _series_form(office_a, facilitator_volunteer=liis.pk, facilitator_name="Guest Speaker"),
    )

    assert "Liis Mägi" in form and "Away Mägi" not in form and "Narva Mägi" not in form
    assert response.status_code == 302
    series = ActivitySeries.objects.get()
    assert series.facilitator_volunteer == liis and series.facilitator_name == "Guest Speaker"
    page = client.get(series.get_absolute_url()).content.decode()
    assert "Liis Mägi" in page and "Guest Speaker" in page
    assert "Liis Mägi" in client.get("/activities/").content.decode()


def test_an_inactive_volunteer_or_one_of_another_office_is_refused(
    client, sign_in, office_a, office_b
):
    both = make_user("both", Role.COUNSELLOR, office_a, office_b)
    narva = make_volunteer("Narva", office_b)
    away = make_volunteer("Away", office_a, active=False)
    sign_in(both)

    other_office = client.post(
        "/activities/new/", _series_form(office_a, facilitator_volunteer=narva.pk)
    )
    inactive = client.post(
        "/activities/new/", _series_form(office_a, facilitator_volunteer=away.pk)
    )

    assert other_office.status_code == 400
    assert "Choose a volunteer of the series&#x27; office." in other_office.content.decode()
    assert inactive.status_code == 400
    assert not ActivitySeries.objects.exists()


def test_a_series_keeps_its_volunteer_after_they_leave_the_roster(
    client, sign_in, counsellor, office_a
):
    liis = make_volunteer("Liis", office_a)
    sign_in(counsellor)
    client.post("/activities/new/", _series_form(office_a, facilitator_volunteer=liis.pk))
    series = ActivitySeries.objects.get()
    liis.active = False
    liis.save(update_fields=["active"])

    response = client.post(
        f"/activities/{series.pk}/edit/",
        _series_form(office_a, facilitator_volunteer=liis.pk, capacity=9),
    )

    assert response.status_code == 302
    series.refresh_from_db()
    assert (series.capacity, series.facilitator_volunteer) == (9, liis)


def test_the_api_sets_a_volunteer_facilitator_by_the_same_rules(
    client, counsellor, series, office_a, office_b
):
    liis = make_volunteer("Liis", office_a)
    narva = make_volunteer("Narva", office_b)
    auth = _token(client, counsellor)
    url = f"/api/v1/activities/{series.pk}/"

    refused = client.patch(url, {"facilitator_volunteer": narva.pk}, content_type=JSON, **auth)
    accepted = client.patch(url, {"facilitator_volunteer": liis.pk}, content_type=JSON, **auth)

    assert refused.status_code == 400 and "facilitator_volunteer" in refused.json()
    assert accepted.status_code == 200 and accepted.json()["facilitator_volunteer"] == liis.pk
