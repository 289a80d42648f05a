"""The record of processing is written from the configuration: the retention rules as
administrators set them, the partners in the directory, the suppression threshold. It
downloads as a PDF made in the background."""

import io

import pytest
from django.test import override_settings
from django.utils import translation
from pypdf import PdfReader

from privacy import record_pdf
from privacy.models import RetentionRule
from referrals.models import Organisation
from reports import files
from reports.models import ReportFile


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_the_record_follows_the_configuration(sign_in, administrator, client):
    RetentionRule.objects.filter(kind="referrals").update(days=400)
    Organisation.objects.create(
        name="Töötukassa", kind="employment", country="EE", email="t@example.org", language="et"
    )
    sign_in(administrator)
    with override_settings(REPORT_SUPPRESS_BELOW=10):
        page = client.get("/privacy/processing/").content.decode()
    assert "Referrals and what was shared: 400 days after the referral was made" in page
    assert "Employment" in page  # the partner kinds as recipients
    assert "results only for groups of 10 answers or more" in page
    assert "Two-factor sign-in for: Coordinator, Administrator." in page


def test_the_pdf_is_made_in_the_background_in_the_readers_language(
    sign_in, administrator, client, django_capture_on_commit_callbacks
):
    administrator.language = "ru"
    administrator.save(update_fields=["language"])
    sign_in(administrator)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/privacy/processing/record.pdf")
    row = ReportFile.objects.get(kind=record_pdf.KIND, requested_by=administrator)
    assert response["Location"] == row.get_absolute_url()
    assert files.build(row.pk) == "ready"
    row.refresh_from_db()
    assert row.content_type == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(row.content)).pages)
    with translation.override("ru"):
        assert translation.gettext("Record of processing") in text
        assert translation.gettext("Satisfaction surveys") in text
