"""Merging a duplicate record into the one that is kept."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from clients.models import Client, Consent, Household
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CounsellingSession,
    FollowUp,
)


@pytest.fixture
def duplicate(office_a, counsellor):
    """A second record of Olena Kovalenko, registered in Tallinn with some history."""
    client = Client.objects.create(
        given_name="Olena",
        family_name="Kovalenko",
        given_name_original="Олена",
        birth_date=date(1985, 6, 1),
        phone="+37251234567",
        other_languages=["ru"],
        registered_office_id=office_a.pk,
    )
    session = CounsellingSession.objects.create(
        client=client, counsellor=counsellor, office=office_a, note="First visit"
    )
    FollowUp.objects.create(
        client=client,
        session=session,
        assigned_to=counsellor,
        due_on=timezone.localdate(),
        description="Call back about the permit",
    )
    Consent.objects.create(client=client, scope=Consent.Scope.PROCESSING, recorded_by=counsellor)
    Case.objects.create(client=client, office=office_a, owner=counsellor)
    return client


def _merge(browser, keep, reference, confirm=False):
    data = {"duplicate": reference}
    if confirm:
        data["confirm"] = "1"
    return browser.post(reverse("client-merge", args=[keep.pk]), data)


def _attached(client):
    return (
        CounsellingSession.objects.filter(client=client).count(),
        FollowUp.objects.filter(client=client).count(),
        Consent.objects.filter(client=client).count(),
        Case.objects.filter(client=client).count(),
    )


def test_the_merge_page_suggests_possible_duplicates(coordinator, sign_in, client_a, duplicate):
    response = sign_in(coordinator).get(reverse("client-merge", args=[client_a.pk]))

    assert response.status_code == 200
    assert duplicate.reference in response.content.decode()


def test_the_first_post_asks_for_confirmation_and_changes_nothing(
    coordinator, sign_in, client_a, duplicate
):
    response = _merge(sign_in(coordinator), client_a, duplicate.reference)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Check before merging" in page
    assert duplicate.reference in page and client_a.reference in page
    assert 'name="confirm"' in page
    duplicate.refresh_from_db()
    client_a.refresh_from_db()
    assert duplicate.merged_into is None
    assert client_a.phone == ""
    assert _attached(duplicate) == (1, 1, 1, 1)
    assert _attached(client_a) == (0, 0, 0, 1)
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_coordinator_merges_a_duplicate_and_everything_moves_to_the_kept_record(
    coordinator, sign_in, client_a, duplicate, office_a
):
    browser = sign_in(coordinator)

    response = _merge(browser, client_a, duplicate.reference, confirm=True)

    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url()
    assert _attached(client_a) == (1, 1, 1, 2)
    assert _attached(duplicate) == (0, 0, 0, 0)
    client_a.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == client_a
    # Blank fields of the kept record are filled from the duplicate.
    assert client_a.phone == "+37251234567"
    assert client_a.birth_date == date(1985, 6, 1)
    assert client_a.given_name_original == "Олена"
    assert client_a.other_languages == ["ru"]

    kept_event = AuditEvent.objects.get(action=AuditAction.UPDATE, client_id=client_a.pk)
    assert kept_event.detail["merged_from"] == duplicate.pk
    assert kept_event.detail["moved"] == {
        "inquiries": 0,
        "survey_invitations": 0,
        "sessions": 1,
        "follow_ups": 1,
        "cases": 1,
        "consents": 1,
    }
    assert "phone" in kept_event.detail["fields"]
    duplicate_event = AuditEvent.objects.get(action=AuditAction.UPDATE, client_id=duplicate.pk)
    assert duplicate_event.detail == {"merged_into": client_a.pk}
    assert kept_event.office_id == duplicate_event.office_id == office_a.pk
    assert "Olena" not in str(kept_event.detail) + str(duplicate_event.detail)

    page = browser.get(client_a.get_absolute_url()).content.decode()
    assert "First visit" in page and "+37251234567" in page
    assert f"Merged into this record: {duplicate.reference}" in page


def test_a_merged_record_is_gone_from_lists_and_searches_and_its_address_leads_on(
    coordinator, counsellor, sign_in, client_a, duplicate
):
    _merge(sign_in(coordinator), client_a, duplicate.reference, confirm=True)
    browser = sign_in(counsellor)

    listing = browser.get(reverse("client-list"))
    assert [c.pk for c in listing.context["page"]] == [client_a.pk]
    found = browser.post(reverse("client-list"), {"q": "Kovalenko"})
    assert [c.pk for c in found.context["results"]] == [client_a.pk]
    by_phone = browser.post(reverse("client-list"), {"q": "+372 5123 4567"})
    assert [c.pk for c in by_phone.context["results"]] == [client_a.pk]

    response = browser.get(reverse("client-detail", args=[duplicate.pk]))
    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url()
    edit = browser.post(reverse("client-edit", args=[duplicate.pk]), {"given_name": "X"})
    assert edit.status_code == 404


def test_a_merged_record_cannot_be_merged_again(coordinator, sign_in, client_a, duplicate):
    browser = sign_in(coordinator)
    _merge(browser, client_a, duplicate.reference, confirm=True)

    response = _merge(browser, client_a, duplicate.reference, confirm=True)

    assert response.status_code == 400
    assert "No client with this reference." in response.content.decode()
    assert AuditEvent.objects.filter(action=AuditAction.UPDATE).count() == 2


def test_counsellors_do_not_merge(counsellor, sign_in, client_a, duplicate):
    browser = sign_in(counsellor)
    url = reverse("client-merge", args=[client_a.pk])

    assert browser.get(url).status_code == 403
    assert _merge(browser, client_a, duplicate.reference, confirm=True).status_code == 403
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None
    assert "Merge a duplicate" not in browser.get(client_a.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("SELF", "A record cannot be merged into itself."),
        ("OTHER_OFFICE", "No client with this reference."),
        ("C-999999", "No client with this reference."),
        ("Olena", "No client with this reference."),
        ("", "This field is required."),
    ],
)
def test_a_merge_that_cannot_happen_is_a_400(
    coordinator, sign_in, client_a, client_b, duplicate, reference, message
):
    reference = {"SELF": client_a.reference, "OTHER_OFFICE": client_b.reference}.get(
        reference, reference
    )

    response = _merge(sign_in(coordinator), client_a, reference, confirm=True)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'id="id_duplicate_error"' in page
    client_b.refresh_from_db()
    assert client_b.merged_into is None
    assert Client.objects.filter(merged_into__isnull=False).count() == 0
    assert _attached(client_a) == (0, 0, 0, 1)
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_another_offices_record_cannot_be_the_kept_one(coordinator, sign_in, client_b, duplicate):
    response = _merge(sign_in(coordinator), client_b, duplicate.reference, confirm=True)

    assert response.status_code == 404
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_records_in_different_households_are_not_merged(coordinator, client_a, office_a):
    from django.core.exceptions import ValidationError

    from counselling.services import merge_clients

    duplicate = Client.objects.create(
        given_name="Olena",
        family_name="Kovalenko",
        registered_office_id=office_a.pk,
        household=Household.objects.create(name="B", registered_office_id=office_a.pk),
    )
    Client.objects.filter(pk=client_a.pk).update(
        household=Household.objects.create(name="A", registered_office_id=office_a.pk)
    )
    client_a.refresh_from_db()

    with pytest.raises(ValidationError):
        merge_clients(keep=client_a, duplicate=duplicate, merged_by=coordinator)

    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_a_session_logged_on_a_record_merged_meanwhile_lands_on_the_kept_one(
    coordinator, counsellor, client_a, office_a
):
    from counselling.models import CounsellingSession
    from counselling.services import log_session, merge_clients

    duplicate = Client.objects.create(
        given_name="Olena", family_name="Kovalenko", registered_office_id=office_a.pk
    )
    stale = Client.objects.get(pk=duplicate.pk)  # a page opened before the merge
    merge_clients(keep=client_a, duplicate=duplicate, merged_by=coordinator)

    session = log_session(
        session=CounsellingSession(office=office_a), counsellor=counsellor, client=stale, topics=[]
    )

    assert session.client == client_a


def test_a_stale_profile_edit_does_not_undo_a_merge(coordinator, counsellor, client_a, office_a):
    from clients.services import update_client
    from counselling.services import merge_clients

    duplicate = Client.objects.create(
        given_name="Olena", family_name="Kovalenko", registered_office_id=office_a.pk
    )
    stale = Client.objects.get(pk=duplicate.pk)
    merge_clients(keep=client_a, duplicate=duplicate, merged_by=coordinator)

    stale.municipality = "Tallinn"
    update_client(client=stale, changed_by=counsellor)

    duplicate.refresh_from_db()
    assert duplicate.merged_into == client_a
    client_a.refresh_from_db()
    assert client_a.municipality == "Tallinn"  # the edit reached the live record


def test_a_merged_records_address_is_not_found_from_another_office(
    coordinator, counsellor_b, client_a, client_b, office_a, office_b, sign_in
):
    from counselling.models import Case
    from counselling.services import merge_clients

    duplicate = Client.objects.create(
        given_name="Olena", family_name="Kovalenko", registered_office_id=office_a.pk
    )
    Case.objects.create(client=client_a, office=office_b, owner=counsellor_b)  # B sees the kept
    merge_clients(keep=client_a, duplicate=duplicate, merged_by=coordinator)

    response = sign_in(counsellor_b).get(f"/clients/{duplicate.pk}/")

    assert response.status_code == 404
