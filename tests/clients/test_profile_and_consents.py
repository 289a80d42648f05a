"""Editing a client's profile, and recording and withdrawing consents."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clients.models import Client, Consent, Household, Relationship, Segment
from counselling.history import HISTORY_LIMIT, changes_of
from counselling.models import AuditAction, AuditEvent


def _profile(client, **overrides):
    """The edit form as the browser posts it, pre-filled from the record."""
    data = {
        "given_name": client.given_name,
        "family_name": client.family_name,
        "given_name_original": client.given_name_original,
        "family_name_original": client.family_name_original,
        "preferred_name": client.preferred_name,
        "birth_date": str(client.birth_date or ""),
        "gender": client.gender,
        "id_code": client.id_code,
        "citizenship": str(client.citizenship or ""),
        "segment": client.segment,
        "legal_status": client.legal_status,
        "arrival_date": str(client.arrival_date or ""),
        "first_permit_date": str(client.first_permit_date or ""),
        "municipality": client.municipality,
        "preferred_language": client.preferred_language,
        "other_languages": list(client.other_languages),
        "interpreter_language": client.interpreter_language,
        "email": client.email,
        "phone": client.phone,
    }
    if client.interpreter_needed:
        data["interpreter_needed"] = "on"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _history(page: str) -> str:
    return page[page.index("History of changes") :]


# Profile


def test_counsellor_edits_phone_and_segment_and_the_history_shows_who_and_what(
    counsellor, sign_in, client_a
):
    browser = sign_in(counsellor)

    response = browser.post(
        reverse("client-edit", args=[client_a.pk]),
        _profile(client_a, phone="5123 4567", segment=Segment.TEMP_PROTECTION),
    )

    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url()
    client_a.refresh_from_db()
    assert (client_a.phone, client_a.segment) == ("+37251234567", Segment.TEMP_PROTECTION)
    event = AuditEvent.objects.get(action=AuditAction.UPDATE, client_id=client_a.pk)
    assert event.actor_id == counsellor.pk
    assert (event.object_type, event.object_id) == ("clients.client", client_a.pk)
    assert event.detail == {"fields": ["phone", "segment"]}  # names of fields, never values
    history = _history(browser.get(client_a.get_absolute_url()).content.decode())
    assert "— mari" in history
    assert "client segment: Not stated → Temporary protection" in history
    assert "phone: — → +37251234567" in history


def test_the_history_shows_values_as_the_page_does_not_as_codes(counsellor, sign_in, client_a):
    browser = sign_in(counsellor)

    browser.post(
        reverse("client-edit", args=[client_a.pk]),
        _profile(
            client_a,
            gender="female",
            citizenship="UA",
            preferred_language="uk",
            other_languages=["ru", "en"],
            interpreter_needed="on",
        ),
    )

    client_a.refresh_from_db()
    assert client_a.other_languages == ["ru", "en"] and client_a.interpreter_language == "uk"
    history = _history(browser.get(client_a.get_absolute_url()).content.decode())
    assert "gender: — → Female" in history
    assert "citizenship: — → Ukraine" in history
    assert "preferred language: — → українська" in history
    assert "needs an interpreter: no → yes" in history
    assert "other languages: — → русский, English" in history


def test_saving_an_unchanged_profile_changes_and_audits_nothing(counsellor, sign_in, client_a):
    response = sign_in(counsellor).post(
        reverse("client-edit", args=[client_a.pk]), _profile(client_a)
    )

    assert response.status_code == 302
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()
    assert client_a.history.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id_code", "39001010001", "This Estonian personal code is not valid"),
        (
            "birth_date",
            str(timezone.localdate() + timedelta(days=1)),
            "This date is in the future.",
        ),
        ("phone", "not a phone", "Enter a phone number"),
        ("given_name", "", "This field is required."),
        ("segment", "martian", "Select a valid choice."),
    ],
)
def test_bad_profile_input_is_a_400_with_the_error_and_nothing_is_saved(
    counsellor, sign_in, client_a, field, value, message
):
    response = sign_in(counsellor).post(
        reverse("client-edit", args=[client_a.pk]),
        _profile(client_a, municipality="Tartu", **{field: value}),
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'id="id_{field}_error"' in page
    client_a.refresh_from_db()
    assert (client_a.given_name, client_a.municipality) == ("Olena", "")
    assert (client_a.id_code, client_a.phone, client_a.birth_date) == ("", "", None)
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_profile_errors_are_shown_in_the_users_language(counsellor, sign_in, client_a):
    browser = sign_in(counsellor)
    browser.post(reverse("set-language"), {"language": "et"})

    response = browser.post(
        reverse("client-edit", args=[client_a.pk]),
        _profile(
            client_a,
            id_code="39001010001",
            birth_date=str(timezone.localdate() + timedelta(days=1)),
        ),
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "See Eesti isikukood ei ole kehtiv" in page
    assert "See kuupäev on tulevikus." in page
    assert "This date is in the future." not in page


def test_the_client_of_another_office_cannot_be_edited(counsellor, sign_in, client_b):
    browser = sign_in(counsellor)
    url = reverse("client-edit", args=[client_b.pk])

    assert browser.get(url).status_code == 404
    assert browser.post(url, _profile(client_b, phone="5123 4567")).status_code == 404
    client_b.refresh_from_db()
    assert client_b.phone == ""


# Consents


def _record_consent(browser, client, **data):
    return browser.post(reverse("consent-create", args=[client.pk]), data)


def test_a_sharing_consent_must_name_the_partner(counsellor, sign_in, client_a):
    response = _record_consent(sign_in(counsellor), client_a, scope="sharing", partner_name="")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Name the organisation the client agreed to." in page
    assert 'id="id_partner_name_error"' in page
    assert Consent.objects.count() == 0
    assert not AuditEvent.objects.filter(action=AuditAction.CREATE).exists()


def test_a_sharing_consent_is_recorded_audited_and_shown(counsellor, sign_in, client_a):
    browser = sign_in(counsellor)

    response = _record_consent(browser, client_a, scope="sharing", partner_name="Eesti Pagulasabi")

    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url() + "#consents"
    consent = Consent.objects.get()
    assert (consent.client, consent.scope, consent.partner_name) == (
        client_a,
        Consent.Scope.SHARING,
        "Eesti Pagulasabi",
    )
    assert consent.recorded_by == counsellor and consent.is_active
    event = AuditEvent.objects.get(action=AuditAction.CREATE)
    assert (event.object_type, event.object_id, event.client_id) == (
        "clients.consent",
        consent.pk,
        client_a.pk,
    )
    assert event.detail == {"scope": "sharing"}  # no partner name in the trail
    page = browser.get(client_a.get_absolute_url()).content.decode()
    assert "Sharing with a partner organisation: Eesti Pagulasabi" in page
    assert "recorded by mari" in page


def test_a_partner_name_is_dropped_for_other_scopes(counsellor, sign_in, client_a):
    _record_consent(sign_in(counsellor), client_a, scope="contact_phone", partner_name="Someone")

    assert Consent.objects.get().partner_name == ""


def test_withdrawing_keeps_the_record_and_says_when_and_by_whom(
    counsellor, colleague, sign_in, client_a
):
    consent = Consent.objects.create(
        client=client_a, scope=Consent.Scope.CONTACT_EMAIL, recorded_by=counsellor
    )
    browser = sign_in(colleague)
    url = reverse("consent-withdraw", args=[consent.pk])

    assert browser.get(url).status_code == 405
    consent.refresh_from_db()
    assert consent.withdrawn_at is None

    response = browser.post(url)

    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url() + "#consents"
    consent.refresh_from_db()
    assert consent.withdrawn_by == colleague
    assert timezone.now() - consent.withdrawn_at < timedelta(minutes=1)
    assert Consent.objects.filter(client=client_a).count() == 1
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert (event.actor_id, event.object_id, event.client_id) == (
        colleague.pk,
        consent.pk,
        client_a.pk,
    )
    assert event.detail == {"scope": "contact_email", "withdrawn": True}
    page = browser.get(client_a.get_absolute_url()).content.decode()
    consents = page[page.index('id="consents"') : page.index('id="household"')]
    assert "Contact by e-mail" in consents
    assert "withdrawn" in consents and "by oksana" in consents
    assert 'class="withdrawn"' in consents
    assert reverse("consent-withdraw", args=[consent.pk]) not in consents

    # Withdrawing twice changes nothing and writes no second event.
    withdrawn_at = consent.withdrawn_at
    browser.post(url)
    consent.refresh_from_db()
    assert consent.withdrawn_at == withdrawn_at
    assert AuditEvent.objects.filter(action=AuditAction.UPDATE).count() == 1


def test_the_consents_of_another_offices_client_are_out_of_reach(
    counsellor, counsellor_b, sign_in, client_b
):
    consent = Consent.objects.create(
        client=client_b, scope=Consent.Scope.PROCESSING, recorded_by=counsellor_b
    )
    browser = sign_in(counsellor)

    assert browser.post(reverse("consent-withdraw", args=[consent.pk])).status_code == 404
    response = _record_consent(browser, client_b, scope="processing")

    assert response.status_code == 404
    consent.refresh_from_db()
    assert consent.withdrawn_at is None
    assert Consent.objects.count() == 1
    assert not AuditEvent.objects.filter(
        action__in=[AuditAction.CREATE, AuditAction.UPDATE]
    ).exists()


# The client page's cost


def test_the_client_page_costs_the_same_queries_however_long_its_history(
    counsellor, colleague, sign_in, client_a, office_a, django_assert_max_num_queries
):
    household = Household.objects.create(name="Kovalenko", registered_office_id=office_a.pk)
    client_a.household, client_a.relationship = household, Relationship.APPLICANT
    client_a._history_user = counsellor
    client_a.save()  # one change in the history

    def member(n):
        Client.objects.create(
            given_name=f"Member{n}",
            family_name="Kovalenko",
            registered_office_id=office_a.pk,
            household=household,
            relationship=Relationship.CHILD,
        )

    def consent(scope, withdrawn_by=None):
        Consent.objects.create(
            client=client_a,
            scope=scope,
            recorded_by=counsellor,
            withdrawn_by=withdrawn_by,
            withdrawn_at=timezone.now() if withdrawn_by else None,
        )

    member(1)
    consent(Consent.Scope.PROCESSING)
    browser = sign_in(counsellor)
    browser.get(client_a.get_absolute_url())
    with CaptureQueriesContext(connection) as small:
        response = browser.get(client_a.get_absolute_url())
    assert "Member1 Kovalenko" in response.content.decode()

    for n in range(24):
        client_a.phone = f"+3725123{n:04d}"
        client_a._history_user = (counsellor, colleague)[n % 2]
        client_a.save()
    member(2)
    member(3)
    consent(Consent.Scope.CONTACT_EMAIL, withdrawn_by=colleague)
    consent(Consent.Scope.CONTACT_PHONE)
    assert len(changes_of(Client.objects.get(pk=client_a.pk))) == HISTORY_LIMIT

    with django_assert_max_num_queries(len(small)):
        response = browser.get(client_a.get_absolute_url())
    page = response.content.decode()
    assert "Member3 Kovalenko" in page and "by oksana" in page


def test_opening_a_prefilled_form_is_audited_as_a_read(counsellor, sign_in, client_a):
    browser = sign_in(counsellor)

    for route in ("client-edit", "consent-create", "client-household"):
        assert browser.get(reverse(route, args=[client_a.pk])).status_code == 200

    forms = AuditEvent.objects.filter(action=AuditAction.VIEW, client_id=client_a.pk)
    assert sorted(event.detail["form"] for event in forms) == ["consent", "household", "profile"]
