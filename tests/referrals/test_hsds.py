"""Open Referral HSDS JSON: the partner directory goes out and comes back the same; a
file with anything wrong is refused as a whole, every problem named, nothing saved."""

import json
from io import StringIO

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from clients import taxonomy
from clients.models import Topic
from counselling.models import AuditAction, AuditEvent
from referrals import demo, hsds
from referrals.models import Organisation, Service

EXPORT = "admin:referrals_organisation_hsds_export"
IMPORT = "admin:referrals_organisation_hsds_import"
CHANGELIST = "admin:referrals_organisation_changelist"
CREATED = hsds.ImportResult(organisations_created=22, services_created=32)


@pytest.fixture
def directory(db):
    """The demo directory, with one partner filled in beyond what the demo sets."""
    taxonomy.load(Topic)
    demo.load()
    kela = Organisation.objects.get(name_en="Kela")
    Organisation.objects.filter(pk=kela.pk).update(
        phone="+358 20 692 207", website="https://www.kela.fi", name_sv="FPA", active=False
    )
    housing = kela.services.get(name_en="Housing allowance")
    Service.objects.filter(pk=housing.pk).update(
        description_en="Help with the rent.",
        description_fi="Apua vuokraan.",
        eligibility_en="People who live in Finland.",
        address="Example street 1, Helsinki",
        response_days=15,
        active=False,
    )
    housing.topics.add(Topic.objects.filter(parent__isnull=False).first())


def _wipe():
    Organisation.objects.all().delete()


def _problems(document) -> list[str]:
    with pytest.raises(hsds.HsdsError) as refused:
        hsds.import_directory(document)
    return refused.value.messages


def _upload(content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("directory.json", content, content_type="application/json")


def test_an_export_imported_into_an_empty_directory_exports_the_same(directory):
    first = hsds.export_directory()
    raw = json.dumps(first, ensure_ascii=False).encode()
    _wipe()

    assert hsds.import_directory(hsds.parse(raw)) == CREATED
    assert hsds.export_directory() == first
    kela = next(item for item in first["organizations"] if item["name"] == "Kela")
    assert kela["phones"][0]["number"] == "+358 20 692 207"
    assert kela["x-silta"]["translations"]["sv"] == {"name": "FPA"}
    housing = next(item for item in kela["services"] if item["name"] == "Housing allowance")
    assert housing["status"] == "inactive"
    assert housing["x-silta"]["translations"]["fi"] == {"description": "Apua vuokraan."}


def test_ids_of_phones_languages_areas_and_attributes_stay_the_same_between_exports(directory):
    first = hsds.export_directory()

    assert hsds.export_directory() == first


def test_an_import_updates_partners_by_id_instead_of_adding_them_again(directory):
    document = hsds.export_directory()
    organization = document["organizations"][0]
    organization["name"] = "Renamed"
    organization["services"][0]["x-silta"]["translations"] = {"et": {"name": "Uus nimi"}}

    result = hsds.import_directory(document)

    assert result == hsds.ImportResult(organisations_updated=22, services_updated=32)
    assert (Organisation.objects.count(), Service.objects.count()) == (22, 32)
    assert Organisation.objects.get(uid=organization["id"]).name_en == "Renamed"
    service = Service.objects.get(uid=organization["services"][0]["id"])
    assert service.name_et == "Uus nimi"


def test_services_left_out_of_the_file_are_left_alone(directory):
    document = hsds.export_directory()
    document["organizations"] = document["organizations"][:1]
    document["organizations"][0]["services"] = []

    hsds.import_directory(document)

    assert Service.objects.count() == 32


def test_a_missing_field_is_named_and_nothing_is_written(directory):
    document = hsds.export_directory()
    _wipe()
    del document["organizations"][21]["services"][0]["name"]

    assert _problems(document) == ["organizations[21].services[0]: 'name' is missing."]
    assert not Organisation.objects.exists()


def test_an_unknown_field_is_refused(directory):
    document = hsds.export_directory()
    document["organizations"][0]["foo"] = 1
    document["organizations"][0]["services"][0]["x-silta"]["colour"] = "red"

    assert _problems(document) == [
        "organizations[0]: Unknown field 'foo'.",
        "organizations[0].services[0].x-silta: Unknown field 'colour'.",
    ]


def test_an_unknown_topic_code_is_refused(directory):
    document = hsds.export_directory()
    document["organizations"][0]["services"][0]["attributes"][0]["taxonomy_term"]["code"] = "nope"

    assert _problems(document) == [
        "organizations[0].services[0].attributes[0].taxonomy_term.code: Unknown topic code 'nope'."
    ]


def test_every_problem_in_the_file_is_listed_at_once(directory):
    document = hsds.export_directory()
    first, second = document["organizations"][:2]
    first["email"] = "not an e-mail"
    first["x-silta"]["country"] = "QQ"
    first["x-silta"]["translations"] = {"de": {"name": "Agentur"}}
    second["id"] = first["id"]
    service = second["services"][0]
    service["id"] = "not-a-uuid"
    service["languages"][0]["code"] = "klingon"
    service["x-silta"]["response_days"] = "ten"
    Organisation.objects.filter(uid=first["id"]).update(email="kept@partner.example.org")

    problems = _problems(document)

    assert problems == [
        "organizations[0].x-silta.translations.de: 'de' is not one of the translation "
        "languages (et, ru, fi, sv, uk, ar).",
        "organizations[0].x-silta.country: Value 'QQ' is not a valid choice.",
        "organizations[0].email: Enter a valid email address.",
        f"organizations[1].id: The id {first['id']} is used more than once "
        "(first at organizations[0].id).",
        "organizations[1].services[0].id: 'not-a-uuid' is not a valid id (a UUID).",
        f"organizations[1].services[0].organization_id: Expected {first['id']}, the id of the "
        "object this is listed under.",
        "organizations[1].services[0].languages[0].code: Unknown language code 'klingon'.",
        "organizations[1].services[0].x-silta.response_days: Expected a whole number.",
    ]
    assert Organisation.objects.get(uid=first["id"]).email == "kept@partner.example.org"


@pytest.mark.parametrize(
    "document, problem",
    [
        ([], "The file must hold one JSON object with hsds_version and organizations."),
        ({"organizations": []}, "'hsds_version' is missing."),
        (
            {"hsds_version": "2.0", "organizations": []},
            "hsds_version: HSDS version 2.0 is not supported; expected 3.0.",
        ),
        ({"hsds_version": "3.0", "organizations": [None]}, "organizations[0]: Expected an object."),
    ],
)
def test_a_document_of_the_wrong_shape_is_refused(db, document, problem):
    assert _problems(document) == [problem]


def test_the_export_runs_the_same_queries_however_large_the_directory(
    directory, django_assert_num_queries
):
    # organisations, their services, the services' topics with parents, the audit event
    with django_assert_num_queries(4):
        hsds.export_directory()


def test_an_administrator_downloads_the_directory_as_hsds_json(administrator, sign_in, directory):
    browser = sign_in(administrator)

    assert reverse(EXPORT) in browser.get(reverse(CHANGELIST)).content.decode()
    response = browser.get(reverse(EXPORT))

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="silta-partners-hsds.json"'
    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert event.actor_id == administrator.pk
    assert event.detail == {"organisations": 22, "services": 32}
    assert json.loads(response.content) == hsds.export_directory()


def test_an_administrator_uploads_an_hsds_file(administrator, sign_in, directory):
    raw = json.dumps(hsds.export_directory()).encode()
    _wipe()
    browser = sign_in(administrator)

    assert browser.get(reverse(IMPORT)).status_code == 200
    response = browser.post(reverse(IMPORT), {"file": _upload(raw)})

    assert response.status_code == 302
    assert response["Location"] == reverse(CHANGELIST)
    assert [str(message) for message in get_messages(response.wsgi_request)] == [
        "Partner directory imported: 22 organisations created and 0 updated, 32 services "
        "created and 0 updated."
    ]
    assert Organisation.objects.count() == 22
    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert event.actor_id == administrator.pk
    assert event.detail == CREATED.counts()


def test_an_upload_with_problems_lists_them_and_saves_nothing(administrator, sign_in, directory):
    document = hsds.export_directory()
    document["organizations"][0]["name"] = "Changed"
    del document["organizations"][0]["email"]
    attribute = document["organizations"][1]["services"][0]["attributes"][0]
    attribute["taxonomy_term"]["code"] = "nope"

    response = sign_in(administrator).post(
        reverse(IMPORT), {"file": _upload(json.dumps(document).encode())}
    )

    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [
        "organizations[0]: 'email' is missing.",
        "organizations[1].services[0].attributes[0].taxonomy_term.code: Unknown topic code 'nope'.",
    ]
    assert "Unknown topic code" in response.content.decode()
    assert not Organisation.objects.filter(name_en="Changed").exists()
    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


@pytest.mark.parametrize(
    "content, problem",
    [
        (b" " * (5 * 1024 * 1024 + 1), "The file is larger than 5 MB."),
        (b"<partners/>", "The file is not valid JSON (line 1, column 1)."),
        (b'{"hsds_version": "3.0",', "The file is not valid JSON (line 1, column 24)."),
        (b"\xff\xfe\xfa", "The file is not valid JSON."),
        (b"[" * 100_000, "The file is not valid JSON."),
    ],
)
def test_a_file_too_large_or_not_json_is_refused(administrator, sign_in, content, problem):
    response = sign_in(administrator).post(reverse(IMPORT), {"file": _upload(content)})

    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [problem]


def test_only_administrators_after_two_factor_reach_the_hsds_pages(
    client, counsellor, coordinator, administrator, sign_in, directory
):
    client.force_login(administrator)  # signed in, but not through two-factor yet
    browsers = [client, sign_in(counsellor), sign_in(coordinator)]
    for browser in browsers:
        for response in (
            browser.get(reverse(EXPORT)),
            browser.get(reverse(IMPORT)),
            browser.post(reverse(IMPORT), {"file": _upload(b"{}")}),
        ):
            assert response.status_code == 302
            assert response["Location"].startswith(("/account/login/", "/admin/login/"))
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_the_commands_export_and_import_the_same_document(directory, tmp_path):
    path = tmp_path / "directory.json"
    call_command("export_hsds", str(path))
    _wipe()
    out = StringIO()

    call_command("import_hsds", str(path), stdout=out)

    assert "22 organisations created" in out.getvalue()
    assert json.loads(path.read_text(encoding="utf-8")) == hsds.export_directory()
    stdout = StringIO()
    call_command("export_hsds", "-", stdout=stdout)
    assert json.loads(stdout.getvalue()) == hsds.export_directory()


def test_the_import_command_prints_every_problem_and_fails(db, tmp_path):
    path = tmp_path / "directory.json"
    path.write_text('{"hsds_version": "3.0", "organizations": [{"id": "x"}]}')
    err = StringIO()

    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_hsds", str(path), stderr=err)

    assert "organizations[0]: 'name' is missing." in err.getvalue()
    assert not Organisation.objects.exists()
