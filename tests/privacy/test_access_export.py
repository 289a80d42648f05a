"""A person's access request: the coordinator asks, the worker makes a ZIP with the JSON,
a PDF in the person's language and their attachments, downloadable once; another
client's data is not in it; another office's client is not found."""

import io
import json
import zipfile

import pytest
from django.utils import translation
from pypdf import PdfReader

from clients.models import Client
from counselling.models import AuditAction, AuditEvent, Case
from privacy import access_export
from reports import files
from reports.models import ReportFile

from .test_erasure import everything_about


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def ask(browser, client, capture):
    with capture(execute=False):
        response = browser.post(f"/privacy/clients/{client.pk}/export/")
    return response


def test_the_export_holds_everything_of_the_client_and_nothing_of_another(
    sign_in, client, coordinator, counsellor, client_a, office_a, django_capture_on_commit_callbacks
):
    other = Client.objects.create(given_name="Other", family_name="Person")
    Case.objects.create(client=other, office=office_a, owner=counsellor)
    everything_about(other, counsellor, "Otherperson")
    seeded = everything_about(client_a, counsellor, "Zarina")
    Client.objects.filter(pk=client_a.pk).update(preferred_language="ru")
    sign_in(coordinator)
    client.get(client_a.get_absolute_url())  # an access the export must list
    response = ask(client, client_a, django_capture_on_commit_callbacks)
    row = ReportFile.objects.get(kind=access_export.KIND)
    assert response["Location"] == row.get_absolute_url()
    assert files.build(row.pk) == "ready"

    download = client.get(f"/reports/files/{row.pk}/download")
    assert download.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    data = json.loads(archive.read("data.json"))
    text = json.dumps(data, ensure_ascii=False)
    for string in seeded[:-3]:  # every personal string but the file's content
        assert string in text, string
    assert "Otherperson" not in text
    # Every holding of the client is there, restricted notes marked as such.
    assert {"clients.Client", "counselling.CounsellingSession", "channels.Inquiry",
            "channels.InquiryMessage", "referrals.Referral", "reports.SurveyAnswer",
            "clients.HistoricalClient"} <= set(data["records"])  # fmt: skip
    assert all("restricted" in row for row in data["records"]["counselling.CounsellingSession"])
    who = coordinator.get_full_name() or coordinator.username
    assert {"who": who, "action": "view", "what": "clients.client"}.items() <= next(
        event for event in data["accessed"] if event["action"] == "view"
    ).items()
    attachment = [name for name in archive.namelist() if name.startswith("attachments/")]
    assert [archive.read(name) for name in attachment] == [b"Zarina scanned passport"]

    pdf = PdfReader(io.BytesIO(archive.read(f"{client_a.reference}.pdf")))
    pdf_text = "".join(page.extract_text() for page in pdf.pages)
    with translation.override("ru"):
        assert translation.gettext("Your data at the counselling service") in pdf_text
    assert "Zarina told about violence at home" in pdf_text

    # Once only: the second download is refused and the content is gone.
    again = client.get(f"/reports/files/{row.pk}/download")
    assert again.status_code == 410
    assert "can be downloaded only once" in again.content.decode()
    assert bytes(ReportFile.objects.get(pk=row.pk).content) == b""
    exports = AuditEvent.objects.filter(action=AuditAction.EXPORT, client_id=client_a.pk)
    assert exports.count() == 2  # asked for, and downloaded


def test_another_offices_client_is_not_found(
    sign_in, client, coordinator, client_b, django_capture_on_commit_callbacks
):
    sign_in(coordinator)
    assert ask(client, client_b, django_capture_on_commit_callbacks).status_code == 404
    assert not ReportFile.objects.exists()


def test_a_client_moved_out_of_the_offices_since_the_request_fails_cleanly(coordinator, client_b):
    row = files.start(user=coordinator, kind=access_export.KIND, params={"client": client_b.pk})
    assert files.build(row.pk) == "failed"
    row.refresh_from_db()
    assert row.message == "This client is not in your offices."
    assert bytes(row.content) == b""
