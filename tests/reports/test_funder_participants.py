"""The funder report's file of participants under pseudonymous ids: one row per person
the report counts, the same id in every period, no name in it."""

import csv
import io
from datetime import date

import pytest
from django.test import override_settings
from django.utils import translation

from clients.models import Client
from counselling.models import CounsellingSession
from privacy.pseudonyms import participant_id
from reports import files
from reports.models import ReportFile

from .test_funder_activities import at, workshop


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def make_file(browser, capture, first, last):
    with capture(execute=False):
        response = browser.post(
            "/reports/funders/file.participants-csv",
            {"from": first.isoformat(), "to": last.isoformat()},
        )
    row = ReportFile.objects.filter(kind="funder.participants-csv").latest("id")
    assert response["Location"] == row.get_absolute_url()
    assert files.build(row.pk) == "ready"
    row.refresh_from_db()
    lines = list(csv.reader(io.StringIO(bytes(row.content).decode("utf-8-sig"))))
    header = lines.index(["Participant", "Client segment", "Sex", "Age group", "Sessions",
                          "Programmes", "Group activities"])  # fmt: skip
    return bytes(row.content).decode(), {line[0]: line[1:] for line in lines[header + 1 :]}


def test_each_participant_once_under_an_id_stable_across_periods(
    sign_in, coordinator, counsellor, office_a, client_a, django_capture_on_commit_callbacks
):
    Client.objects.filter(pk=client_a.pk).update(
        given_name="Zarina", segment="bip", gender="female", birth_date=date(1990, 5, 1)
    )
    learner = Client.objects.create(given_name="Learnername", segment="tcn_work")
    for day in (date(2026, 3, 3), date(2026, 3, 20), date(2026, 4, 2)):
        CounsellingSession.objects.create(
            client=client_a, counsellor=counsellor, office=office_a, started_at=at(day)
        )
    workshop(office_a, counsellor, kind="language_cafe", people=[learner, client_a])
    browser = sign_in(coordinator)

    text, march = make_file(
        browser, django_capture_on_commit_callbacks, date(2026, 3, 1), date(2026, 3, 31)
    )
    assert march == {
        participant_id(client_a.pk): ["bip", "female", "35-44", "2", "general", "language_cafe"],
        participant_id(learner.pk): ["tcn_work", "", "unknown", "0", "", "language_cafe"],
    }
    assert "Zarina" not in text and "Learnername" not in text
    assert str(client_a.pk) not in march and str(learner.pk) not in march

    _text, april = make_file(
        browser, django_capture_on_commit_callbacks, date(2026, 4, 1), date(2026, 4, 30)
    )
    # The same person, the same id a month later.
    assert list(april) == [participant_id(client_a.pk)]
    assert april[participant_id(client_a.pk)][3] == "1"


def test_the_file_covers_only_the_coordinators_offices(
    sign_in, coordinator, counsellor_b, office_b, client_b, django_capture_on_commit_callbacks
):
    CounsellingSession.objects.create(
        client=client_b, counsellor=counsellor_b, office=office_b, started_at=at(date(2026, 3, 3))
    )
    browser = sign_in(coordinator)
    _text, rows = make_file(
        browser, django_capture_on_commit_callbacks, date(2026, 3, 1), date(2026, 3, 31)
    )
    assert rows == {}


def test_without_a_key_the_file_is_not_offered(sign_in, coordinator):
    browser = sign_in(coordinator)
    with override_settings(PSEUDONYM_KEY=""):
        page = browser.get("/reports/funders/", {"from": "2026-03-01", "to": "2026-03-31"})
        response = browser.post(
            "/reports/funders/file.participants-csv", {"from": "2026-03-01", "to": "2026-03-31"}
        )
    assert "pseudonymous ids" not in page.content.decode()
    assert response.status_code == 404
    assert not ReportFile.objects.exists()
