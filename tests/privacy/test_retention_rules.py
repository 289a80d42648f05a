"""Administrators set how long each kind of record is kept; the periods are validated,
saved with who changed them, and audited."""

import pytest
from django.utils import translation
from django.utils.html import escape

from counselling.models import AuditAction, AuditEvent
from privacy.kinds import DEFAULTS, RecordKind
from privacy.models import RetentionRule

URL = "/privacy/retention/"


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def form_data(**days_by_kind):
    """The whole formset as the page posts it, with some periods changed."""
    rules = list(RetentionRule.objects.order_by("id"))
    data = {
        "form-TOTAL_FORMS": str(len(rules)),
        "form-INITIAL_FORMS": str(len(rules)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for n, rule in enumerate(rules):
        data[f"form-{n}-id"] = str(rule.pk)
        data[f"form-{n}-days"] = str(days_by_kind.get(rule.kind, rule.days))
        data[f"form-{n}-legal_basis"] = rule.legal_basis
    return data


def test_every_kind_starts_with_its_default_period_and_legal_basis(sign_in, administrator, client):
    sign_in(administrator)
    page = client.get(URL).content.decode()
    assert set(RetentionRule.objects.values_list("kind", flat=True)) == set(RecordKind.values)
    for kind, default in DEFAULTS.items():
        rule = RetentionRule.objects.get(kind=kind)
        assert rule.days == default.days
        assert str(RecordKind(kind).label) in page
        assert escape(str(default.legal_basis)) in page


def test_administrator_changes_a_period_and_it_is_audited(sign_in, administrator, client):
    sign_in(administrator)
    response = client.post(URL, form_data(raw_emails=90))
    assert response.status_code == 302
    rule = RetentionRule.objects.get(kind=RecordKind.RAW_EMAILS)
    assert (rule.days, rule.changed_by) == (90, administrator)
    event = AuditEvent.objects.get(action=AuditAction.UPDATE, object_type="privacy.retentionrule")
    assert event.detail == {"kind": "raw_emails", "days_before": 180, "days": 90}
    # Only the rule that changed is written.
    assert RetentionRule.objects.filter(changed_by__isnull=False).count() == 1


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("0", "A period must be at least one day."),
        ("-30", "A period must be at least one day."),
        ("36501", "A period can be at most 36500 days."),
        ("a year", "Enter the period as a whole number of days."),
    ],
)
def test_a_bad_period_is_refused_and_nothing_is_saved(
    sign_in, administrator, client, days, message
):
    sign_in(administrator)
    data = form_data(closed_cases=100)
    index = list(RetentionRule.objects.order_by("id").values_list("kind", flat=True)).index(
        "raw_emails"
    )
    data[f"form-{index}-days"] = days
    response = client.post(URL, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    # The valid change beside the bad one is not saved either.
    assert RetentionRule.objects.get(kind="closed_cases").days == DEFAULTS["closed_cases"].days
    assert not AuditEvent.objects.filter(object_type="privacy.retentionrule").exists()


def test_an_own_legal_basis_replaces_the_standard_text(sign_in, administrator, client):
    sign_in(administrator)
    data = form_data()
    index = list(RetentionRule.objects.order_by("id").values_list("kind", flat=True)).index(
        "survey_answers"
    )
    data[f"form-{index}-legal_basis"] = "Decision of the board, 12 March 2026."
    client.post(URL, data)
    rule = RetentionRule.objects.get(kind="survey_answers")
    assert rule.basis == "Decision of the board, 12 March 2026."
    assert "Decision of the board" in client.get("/privacy/processing/").content.decode()


def test_coordinators_cannot_change_retention(sign_in, coordinator, client):
    sign_in(coordinator)
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data(raw_emails=1)).status_code == 403
    assert RetentionRule.objects.get(kind="raw_emails").days == 180
