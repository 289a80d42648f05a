"""Households: starting one, joining it by reference, leaving it, and household cases."""

import pytest
from django.urls import reverse
from django.utils import timezone

from clients import taxonomy
from clients.models import Client, Household, Relationship, Topic
from counselling import access
from counselling.models import AuditAction, AuditEvent, Case, CounsellingSession


def _client(office, given_name, family_name, **fields) -> Client:
    return Client.objects.create(
        given_name=given_name, family_name=family_name, registered_office_id=office.pk, **fields
    )


def _household_form(browser, client, **data):
    return browser.post(reverse("client-household", args=[client.pk]), data)


@pytest.fixture
def mother(office_a):
    return _client(office_a, "Halyna", "Bondarenko")


@pytest.fixture
def son(office_a):
    return _client(office_a, "Taras", "Bondarenko")


def test_a_household_is_started_from_a_client_and_joined_by_its_reference(
    counsellor, sign_in, office_a, mother, son
):
    browser = sign_in(counsellor)

    response = _household_form(
        browser,
        mother,
        household="",
        new_household_name="  Bondarenko family ",
        relationship=Relationship.APPLICANT,
    )

    assert response.status_code == 302
    assert response["Location"] == mother.get_absolute_url()
    household = Household.objects.get()
    assert household.name == "Bondarenko family"
    assert household.registered_office_id == office_a.pk
    mother.refresh_from_db()
    assert (mother.household, mother.relationship) == (household, Relationship.APPLICANT)
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_type="clients.household", object_id=household.pk
    ).exists()
    assert AuditEvent.objects.get(action=AuditAction.UPDATE, client_id=mother.pk).detail == {
        "fields": ["household", "relationship"]
    }

    response = _household_form(
        browser, son, household=household.reference, relationship=Relationship.CHILD
    )

    assert response.status_code == 302
    son.refresh_from_db()
    assert (son.household, son.relationship) == (household, Relationship.CHILD)
    assert Household.objects.count() == 1
    mothers_page = browser.get(mother.get_absolute_url()).content.decode()
    sons_page = browser.get(son.get_absolute_url()).content.decode()
    for page, other in ((mothers_page, "Taras Bondarenko"), (sons_page, "Halyna Bondarenko")):
        members = page[page.index('id="household"') : page.index("<h2>Cases</h2>")]
        assert household.reference in members and "Bondarenko family" in members
        assert other in members
    assert "Main applicant" in mothers_page and "Child" in sons_page


@pytest.mark.parametrize("typed", ["h{pk}", "{pk}", " H-{pk:06d} "])
def test_a_household_reference_may_be_typed_loosely(counsellor, sign_in, office_a, son, typed):
    household = Household.objects.create(name="Bondarenko", registered_office_id=office_a.pk)

    response = _household_form(
        sign_in(counsellor), son, household=typed.format(pk=household.pk), relationship="child"
    )

    assert response.status_code == 302
    son.refresh_from_db()
    assert son.household == household


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"household": "EXISTING", "new_household_name": "Another family"},
            "Give either a household reference or a name for a new household.",
        ),
        (
            {"household": "", "new_household_name": "   "},
            "Give either a household reference or a name for a new household.",
        ),
        ({"household": "H-999999"}, "No household with this reference."),
        ({"household": "family"}, "No household with this reference."),
        ({"household": "ELSEWHERE"}, "No household with this reference."),
        ({"new_household_name": "Bondarenko", "relationship": ""}, "This field is required."),
    ],
)
def test_a_household_form_that_cannot_be_saved_is_a_400(
    counsellor, sign_in, office_a, office_b, son, data, message
):
    existing = Household.objects.create(name="Bondarenko", registered_office_id=office_a.pk)
    elsewhere = Household.objects.create(name="Petrov", registered_office_id=office_b.pk)
    references = {"EXISTING": existing.reference, "ELSEWHERE": elsewhere.reference}
    form = {"relationship": "child", **data}
    form["household"] = references.get(form.get("household"), form.get("household", ""))

    response = _household_form(sign_in(counsellor), son, **form)

    assert response.status_code == 400
    assert message in response.content.decode()
    son.refresh_from_db()
    assert (son.household, son.relationship) == (None, "")
    assert Household.objects.count() == 2
    assert not AuditEvent.objects.filter(
        action__in=[AuditAction.CREATE, AuditAction.UPDATE]
    ).exists()


def test_leaving_a_household_clears_it_from_the_client(counsellor, sign_in, office_a, son):
    household = Household.objects.create(name="Bondarenko", registered_office_id=office_a.pk)
    son.household, son.relationship = household, Relationship.CHILD
    son.save()
    browser = sign_in(counsellor)
    assert (
        "Leave the household"
        in browser.get(reverse("client-household", args=[son.pk])).content.decode()
    )

    response = _household_form(browser, son, leave="1")

    assert response.status_code == 302
    son.refresh_from_db()
    assert (son.household, son.relationship) == (None, "")
    assert Household.objects.filter(pk=household.pk).exists()
    assert "Not in a household." in browser.get(son.get_absolute_url()).content.decode()


def test_the_household_of_another_offices_client_cannot_be_changed(counsellor, sign_in, client_b):
    response = _household_form(
        sign_in(counsellor), client_b, new_household_name="Petrov", relationship="applicant"
    )

    assert response.status_code == 404
    assert Household.objects.count() == 0


@pytest.fixture
def narva_member(office_a, office_b, counsellor, mother):
    """A family split between offices: the mother registered in Tallinn, her husband in
    Narva, and a household case in Tallinn."""
    household = Household.objects.create(name="Bondarenko", registered_office_id=office_a.pk)
    husband = _client(office_b, "Petro", "Bondarenko", household=household, relationship="partner")
    mother.household, mother.relationship = household, Relationship.APPLICANT
    mother.save()
    case = Case.objects.create(household=household, office=office_a, owner=counsellor)
    return husband, case


def test_a_household_case_lets_its_office_see_members_registered_elsewhere(
    counsellor, counsellor_b, colleague, sign_in, office_a, narva_member
):
    husband, case = narva_member

    assert access.clients_for(counsellor).filter(pk=husband.pk).exists()
    browser = sign_in(colleague)
    page = browser.get(husband.get_absolute_url())
    assert page.status_code == 200
    assert case.reference in page.content.decode()
    case_page = browser.get(case.get_absolute_url()).content.decode()
    assert "Petro Bondarenko" in case_page and "Halyna Bondarenko" in case_page

    # Without the household case, the Narva record is Narva's alone.
    case.delete()
    assert not access.clients_for(counsellor).filter(pk=husband.pk).exists()
    assert browser.get(husband.get_absolute_url()).status_code == 404
    assert access.clients_for(counsellor_b).filter(pk=husband.pk).exists()


def test_a_session_with_a_member_joins_the_households_open_case(
    counsellor, sign_in, office_a, narva_member
):
    taxonomy.load(Topic)
    husband, case = narva_member

    response = sign_in(counsellor).post(
        reverse("session-create", args=[husband.pk]),
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "duration_minutes": "30",
            "channel": "in_person",
            "office": office_a.pk,
            "topics": ["residence-family-reunification"],
            "outcome": "answered",
        },
    )

    assert response.status_code == 302
    session = CounsellingSession.objects.get()
    assert (session.client, session.case) == (husband, case)
