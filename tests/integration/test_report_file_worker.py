"""A report file travels page → row → Redis → Celery worker → row → download."""

import csv
import io

import pytest

from reports.models import ReportFile
from tests.support import wait_for

pytestmark = pytest.mark.integration


def test_a_funder_csv_is_made_by_the_worker_and_downloaded(client, sign_in, coordinator, workers):
    workers.start()
    browser = sign_in(coordinator)

    response = browser.post("/reports/funders/file.csv", {"from": "2026-01-01", "to": "2026-12-31"})

    assert response.status_code == 302
    row = ReportFile.objects.get()

    def ready():
        row.refresh_from_db()
        return row.status == ReportFile.Status.READY

    assert wait_for(ready, timeout=60), workers.logs()
    assert row.progress == 100
    page = browser.get(response["Location"]).content.decode()
    assert f'href="/reports/files/{row.pk}/download"' in page
    download = browser.get(f"/reports/files/{row.pk}/download")
    lines = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig"))))
    assert lines[0] == ["Funder report"]
    assert ["From", "2026-01-01"] in lines
    assert ["Total", "0"] in lines
