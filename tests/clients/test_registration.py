"""Registering a client: validated, checked for duplicates, audited, never half-saved."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from channels.models import Inquiry
from clients.models import Client, Consent, Segment
from counselling.models import AuditAction, AuditEvent

TOMORROW = timezone.localdate() + timedelta(days=1)


def _form(office, **overrides):
    data = {
        "given_name": "Olha",
        "family_name": "Melnyk",
        "given_name_original": "Ольга",
        "family_name_original": "Мельник",
        "birth_date": "1988-04-12",
        "gender": "female",
        "citizenship": "UA",
        "segment": Segment.TEMP_PROTECTION,
        "legal_status": "temporary_protection",
        "arrival_date": "2022-03-20",
        "preferred_language": "uk",
        "other_languages": ["ru", "en"],
        "interpreter_needed": "on",
        "email": "Olha.Melnyk@Example.org",
        "phone": "5123 4567",
        "office": office.pk,
        "processing_consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_counsellor_registers_a_client_and_lands_on_the_new_record(counsellor, sign_in, office_a):
    response = sign_in(counsellor).post(reverse("client-create"), _form(office_a))

    client = Client.objects.get()
    assert response.status_code == 302
    assert response["Location"] == client.get_absolute_url()
    assert (client.phone, client.email) == ("+37251234567", "olha.melnyk@example.org")
    assert client.interpreter_language == "uk"  # taken from the preferred language
    assert client.registered_office_id == office_a.pk and client.registered_by == counsellor
    assert client.consents.get().scope == Consent.Scope.PROCESSING
    event = AuditEvent.objects.get(action=AuditAction.CREATE)
    assert (event.client_id, event.office_id) == (client.pk, office_a.pk)
    page = sign_in(counsellor).get(client.get_absolute_url()).content.decode()
    assert "Ольга Мельник" in page and "Temporary protection" in page


def test_receptionists_register_clients_too(receptionist, sign_in, office_a):
    response = sign_in(receptionist).post(reverse("client-create"), _form(office_a))
    assert response.status_code == 302


def test_the_birth_date_is_taken_from_a_valid_personal_code(counsellor, sign_in, office_a):
    form = _form(office_a, birth_date="", id_code="376 0503 0299")

    sign_in(counsellor).post(reverse("client-create"), form)

    client = Client.objects.get()
    assert (client.id_code, client.birth_date) == ("37605030299", date(1976, 5, 3))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id_code", "37605030298", "This Estonian personal code is not valid"),
        ("id_code", "49403136515", "The personal code belongs to someone born on another date"),
        (
            "birth_date",
            str(timezone.localdate() + timedelta(days=1)),
            "This date is in the future.",
        ),
        ("phone", "12", "Enter a phone number"),
        ("segment", "martian", "Select a valid choice."),
        ("email", "not-an-address", "Enter a valid email address."),
        ("given_name", "", "This field is required."),
        ("interpreter_language", "xx", "Select a valid choice."),
    ],
)
def test_bad_input_is_a_400_with_the_error_next_to_the_field(
    counsellor, sign_in, office_a, field, value, message
):
    response = sign_in(counsellor).post(reverse("client-create"), _form(office_a, **{field: value}))

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'id="id_{field}_error"' in page
    assert Client.objects.count() == 0 and Consent.objects.count() == 0


def test_errors_are_translated(counsellor, sign_in, office_a):
    client = sign_in(counsellor)
    client.post(reverse("set-language"), {"language": "et"})

    response = client.post(reverse("client-create"), _form(office_a, id_code="37605030298"))

    assert "See Eesti isikukood ei ole kehtiv" in response.content.decode()


def test_an_office_i_do_not_work_in_is_refused(counsellor, sign_in, office_b):
    response = sign_in(counsellor).post(reverse("client-create"), _form(office_b))

    assert response.status_code == 400
    assert Client.objects.count() == 0


@pytest.mark.parametrize(
    "existing",
    [
        {"given_name": "O.", "family_name": "Someone", "id_code": "37605030299"},
        {"given_name": "Ольга", "family_name": "Мельник", "birth_date": date(1988, 4, 12)},
        {"given_name": "Olga", "family_name": "Melnik"},
    ],
    ids=["same ID code", "same birth date, Cyrillic name", "same name, other spelling"],
)
def test_possible_duplicates_are_shown_before_registering(counsellor, sign_in, office_a, existing):
    Client.objects.create(registered_office_id=office_a.pk, **existing)
    form = _form(office_a, id_code="37605030299" if "id_code" in existing else None)
    if "id_code" in existing:
        form["birth_date"] = "1976-05-03"
    client = sign_in(counsellor)

    shown = client.post(reverse("client-create"), form)

    assert shown.status_code == 200
    assert "This person may already be registered" in shown.content.decode()
    assert Client.objects.count() == 1

    confirmed = client.post(reverse("client-create"), {**form, "not_a_duplicate": "on"})

    assert confirmed.status_code == 302
    assert Client.objects.count() == 2


def test_an_inquirys_sender_is_registered_from_it_and_the_inquiry_linked(
    counsellor, sign_in, office_a
):
    inquiry = Inquiry.objects.create(
        channel="web_form", office=office_a, name="Olena Kovalenko", email="olena@example.org",
        phone="+37251234567", language="uk", due_at=timezone.now(),
    )  # fmt: skip
    browser = sign_in(counsellor)
    url = reverse("client-create") + f"?inquiry={inquiry.pk}"

    page = browser.get(url)

    assert inquiry.reference in page.content.decode()
    initial = page.context["form"].initial
    assert (initial["given_name"], initial["family_name"]) == ("Olena", "Kovalenko")
    assert (initial["email"], initial["phone"]) == ("olena@example.org", "+37251234567")
    assert (initial["preferred_language"], initial["office"]) == ("uk", office_a.pk)
    opened = AuditEvent.objects.get(object_type="channels.inquiry", action=AuditAction.VIEW)
    assert (opened.object_id, opened.detail) == (inquiry.pk, {"form": "client"})

    response = browser.post(
        url,
        _form(office_a, given_name="Olena", family_name="Kovalenko", given_name_original=None,
              family_name_original=None, email="olena@example.org", phone="+37251234567"),
    )  # fmt: skip

    client = Client.objects.get(family_name="Kovalenko")
    assert response.status_code == 302
    assert response["Location"] == inquiry.get_absolute_url()
    assert Inquiry.objects.get(pk=inquiry.pk).client == client
