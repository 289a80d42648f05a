"""The partner directory as Open Referral HSDS 3.0 JSON: one export, one import.

The document is {"hsds_version": "3.0", "organizations": [...]}: each organization as in
HSDS's compiled organization schema, with its services nested. Organizations and services
keep their shared ids (`uid`); the ids of phones, languages, service areas and attributes
are derived from their parent's id and value (uuid5), so exporting twice gives the same
file.

HSDS has no multilingual text and no field for some of Silta's settings. Its standard
fields hold the default language (MODELTRANSLATION_DEFAULT_LANGUAGE). HSDS 3.0 has no
formal extension mechanism but describes an "extend" pattern, which this follows: each
organization and service carries an "x-silta" object.

    organization "x-silta": kind, country, language (of correspondence), attach_pdf,
                            active, translations
    service "x-silta":      response_days, address, translations
    translations:           {"et": {"name": "…", "description": "…"}, …}: the non-empty
                            texts in the other UI languages, under their HSDS names

A service's topics are attributes whose taxonomy term belongs to the "silta-topics"
taxonomy (the term's code is the topic code); its languages carry Silta's language codes
(clients/languages.py); its places are service areas by name, none for the whole country.
Services are "active" or "inactive"; the other HSDS statuses import as inactive.
"""

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import build_localized_fieldname, fallbacks

from clients.languages import CLIENT_LANGUAGES
from clients.models import Topic
from counselling import audit
from counselling.models import AuditAction

from .models import Organisation, Service

HSDS_VERSION = "3.0"
EXTENSION = "x-silta"
TAXONOMY = "silta-topics"
# Taxonomy terms are named from this, so a topic has the same id in every Silta export.
TOPICS_NAMESPACE = uuid.UUID("2283c742-6c43-43d2-814e-b9d5c1cfbe16")
SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily closed"]
LANGUAGE_NAMES = dict(CLIENT_LANGUAGES)

# HSDS name -> translated model field.
ORGANISATION_TEXTS = {"name": "name"}
SERVICE_TEXTS = {
    "name": "name",
    "description": "description",
    "eligibility_description": "eligibility",
}

# What each object may hold: field -> (type, required). Anything else is refused.
DOCUMENT = {"hsds_version": (str, True), "organizations": (list, True)}
ORGANIZATION = {
    "id": (str, True),
    "name": (str, True),
    "description": (str, False),  # HSDS requires it; Silta keeps none, so it is not read
    "email": (str, True),
    "website": (str, False),
    "phones": (list, False),
    "services": (list, False),
    EXTENSION: (dict, True),
}
ORGANIZATION_EXTENSION = {
    "kind": (str, True),
    "country": (str, True),
    "language": (str, True),
    "attach_pdf": (bool, False),
    "active": (bool, False),
    "translations": (dict, False),
}
PHONE = {"id": (str, True), "organization_id": (str, False), "number": (str, True)}
SERVICE = {
    "id": (str, True),
    "organization_id": (str, False),
    "name": (str, True),
    "description": (str, False),
    "eligibility_description": (str, False),
    "status": (str, True),
    "languages": (list, False),
    "service_areas": (list, False),
    "attributes": (list, False),
    EXTENSION: (dict, False),
}
SERVICE_EXTENSION = {
    "response_days": (int, False),
    "address": (str, False),
    "translations": (dict, False),
}
LANGUAGE = {
    "id": (str, True),
    "service_id": (str, False),
    "code": (str, True),
    "name": (str, False),
}
SERVICE_AREA = {"id": (str, True), "service_id": (str, False), "name": (str, True)}
ATTRIBUTE = {
    "id": (str, True),
    "link_id": (str, False),
    "link_type": (str, False),
    "link_entity": (str, False),
    "taxonomy_term_id": (str, False),
    "taxonomy_term": (dict, True),
}
TAXONOMY_TERM = {
    "id": (str, True),
    "code": (str, True),
    "name": (str, False),
    "description": (str, False),
    "parent_id": (str, False),
    "taxonomy": (str, False),
}
EXPECTED = {
    str: gettext_lazy("Expected text."),
    list: gettext_lazy("Expected a list."),
    dict: gettext_lazy("Expected an object."),
    bool: gettext_lazy("Expected true or false."),
    int: gettext_lazy("Expected a whole number."),
}
# What an import writes, besides the texts.
ORGANISATION_FIELDS = [
    "kind",
    "country",
    "website",
    "phone",
    "email",
    "language",
    "attach_pdf",
    "active",
]
SERVICE_FIELDS = ["organisation", "languages", "places", "address", "response_days", "active"]
# Where a model field's errors point in the JSON, besides the texts.
ORGANISATION_PATHS = {
    "email": "email",
    "website": "website",
    "phone": "phones[0].number",
    "kind": f"{EXTENSION}.kind",
    "country": f"{EXTENSION}.country",
    "language": f"{EXTENSION}.language",
}
SERVICE_PATHS = {
    "languages": "languages",
    "places": "service_areas",
    "address": f"{EXTENSION}.address",
    "response_days": f"{EXTENSION}.response_days",
}


class HsdsError(ValidationError):
    """An HSDS document that cannot be read. `messages` lists every problem found, each
    saying where: "organizations[2].services[0]: 'name' is missing."."""


@dataclass
class ImportResult:
    organisations_created: int = 0
    organisations_updated: int = 0
    services_created: int = 0
    services_updated: int = 0

    def counts(self) -> dict[str, int]:
        return asdict(self)


def _default_language() -> str:
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def _other_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != _default_language()]


def _derived_id(parent: uuid.UUID, kind: str, value: str) -> str:
    return str(uuid.uuid5(parent, f"{kind}:{value}"))


def _topic_id(code: str) -> str:
    return str(uuid.uuid5(TOPICS_NAMESPACE, code))


# Export


def export_directory(*, actor=None, request=None) -> dict:
    """Every organisation and service, active or not, as an HSDS document (see the
    module docstring). Records an audit event with the counts."""
    name = build_localized_fieldname("name", _default_language())
    topics = Topic.objects.select_related("parent").order_by("position")
    services = Service.objects.prefetch_related(Prefetch("topics", queryset=topics))
    organisations = Organisation.objects.prefetch_related(
        Prefetch("services", queryset=services.order_by(name, "uid"))
    ).order_by(name, "uid")
    with translation.override(_default_language()):  # lazy names ("Sign language")
        organizations = [_organization(organisation) for organisation in organisations]
    counts = {
        "organisations": len(organizations),
        "services": sum(len(item["services"]) for item in organizations),
    }
    audit.record(actor=actor, action=AuditAction.EXPORT, request=request, detail=counts)
    return {"hsds_version": HSDS_VERSION, "organizations": organizations}


def _text(obj, field: str) -> str:
    return getattr(obj, build_localized_fieldname(field, _default_language())) or ""


def _translations(obj, texts: dict[str, str]) -> dict:
    result = {}
    for code in _other_languages():
        values = {
            key: value
            for key, field in texts.items()
            if (value := getattr(obj, build_localized_fieldname(field, code)))
        }
        if values:
            result[code] = values
    return result


def _organization(organisation: Organisation) -> dict:
    uid = str(organisation.uid)
    item: dict[str, Any] = {"id": uid, "name": _text(organisation, "name"), "description": ""}
    item["email"] = organisation.email
    if organisation.website:
        item["website"] = organisation.website
    item["phones"] = []
    if organisation.phone:
        phone_id = _derived_id(organisation.uid, "phone", organisation.phone)
        item["phones"].append(
            {"id": phone_id, "organization_id": uid, "number": organisation.phone}
        )
    item["services"] = [_service(service) for service in organisation.services.all()]
    item[EXTENSION] = {
        "kind": organisation.kind,
        "country": organisation.country.code,
        "language": organisation.language,
        "attach_pdf": organisation.attach_pdf,
        "active": organisation.active,
        "translations": _translations(organisation, ORGANISATION_TEXTS),
    }
    return item


def _service(service: Service) -> dict:
    uid = str(service.uid)
    return {
        "id": uid,
        "organization_id": str(service.organisation.uid),
        "name": _text(service, "name"),
        "description": _text(service, "description"),
        "eligibility_description": _text(service, "eligibility"),
        "status": "active" if service.active else "inactive",
        "languages": [
            {
                "id": _derived_id(service.uid, "language", code),
                "service_id": uid,
                "code": code,
                "name": str(LANGUAGE_NAMES.get(code, code)),
            }
            for code in service.languages
        ],
        "service_areas": [
            {
                "id": _derived_id(service.uid, "service_area", place),
                "service_id": uid,
                "name": place,
            }
            for place in service.places
        ],
        "attributes": [_attribute(service, topic) for topic in service.topics.all()],
        EXTENSION: {
            "response_days": service.response_days,
            "address": service.address,
            "translations": _translations(service, SERVICE_TEXTS),
        },
    }


def _attribute(service: Service, topic: Topic) -> dict:
    term = {
        "id": _topic_id(topic.code),
        "code": topic.code,
        "name": _text(topic, "name"),
        "description": "",
        "taxonomy": TAXONOMY,
    }
    if topic.parent:
        term["parent_id"] = _topic_id(topic.parent.code)
    return {
        "id": _derived_id(service.uid, "attribute", topic.code),
        "link_id": str(service.uid),
        "link_type": "topic",
        "link_entity": "service",
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


# Import


def parse(raw: bytes):
    """The JSON value in `raw`; HsdsError if it is not JSON."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        message = _("The file is not valid JSON (line %(line)s, column %(column)s).")
        raise HsdsError(message % {"line": error.lineno, "column": error.colno}) from None
    except (UnicodeDecodeError, RecursionError):
        raise HsdsError(_("The file is not valid JSON.")) from None


def import_directory(data: dict, *, actor=None, request=None) -> ImportResult:
    """Create or update, by id, the organisations and services of an HSDS document made
    as `export_directory` makes them. The whole document is checked first: on any
    problem HsdsError lists them all and nothing is written. Otherwise everything is
    written in one transaction, with an audit event holding the counts.

    Nothing is deleted: organisations and services in the database but not in the file
    are left as they are. A service in the file belongs to the organisation it is listed
    under, even if it belonged to another before. Ids of phones, languages, service
    areas and attributes are checked but not kept (Silta derives them)."""
    errors: list[str] = []
    directory = _read_document(data, errors)
    if errors:
        raise HsdsError(list(dict.fromkeys(errors)))  # a text and its column say it alike
    result = ImportResult()
    # The untranslated column follows the active language when saved: keep it the default.
    with transaction.atomic(), translation.override(_default_language()):
        organisations = Organisation.objects.filter(uid__in=[o.uid for o, _s in directory])
        known_organisations = dict(organisations.values_list("uid", "pk"))
        uids = [service.uid for _o, services in directory for service, _t in services]
        known_services = dict(Service.objects.filter(uid__in=uids).values_list("uid", "pk"))
        for organisation, services in directory:
            if organisation.uid in known_organisations:
                organisation.pk = known_organisations[organisation.uid]
                organisation.save(update_fields=_columns(ORGANISATION_FIELDS, ORGANISATION_TEXTS))
                result.organisations_updated += 1
            else:
                organisation.save()
                result.organisations_created += 1
            for service, topics in services:
                service.organisation = organisation
                if service.uid in known_services:
                    service.pk = known_services[service.uid]
                    service.save(update_fields=_columns(SERVICE_FIELDS, SERVICE_TEXTS))
                    result.services_updated += 1
                else:
                    service.save()
                    result.services_created += 1
                service.topics.set(topics)
        audit.record(
            actor=actor, action=AuditAction.UPDATE, request=request, detail=result.counts()
        )
    return result


def _columns(fields: list[str], texts: dict[str, str]) -> list[str]:
    """The columns an import writes: an update leaves any others as they are."""
    languages = [code for code, _name in settings.LANGUAGES]
    columns = [
        build_localized_fieldname(field, code) for field in texts.values() for code in languages
    ]
    return [*fields, *texts.values(), *columns]


def _at(path: str, message) -> str:
    return f"{path}: {message}" if path else str(message)


def _value(item: dict, field: str, default):
    value = item.get(field)
    return default if value is None else value


def _is(value, kind) -> bool:
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def _fields(item, spec: dict, path: str, errors: list[str]) -> bool:
    """Whether `item` is an object holding every required field of `spec`, each of its
    type; says in `errors` what is missing, mistyped or unknown. An optional field may be
    null, as if it were absent."""
    if not isinstance(item, dict):
        errors.append(_at(path, EXPECTED[dict]))
        return False
    readable = True
    for field, (kind, required) in spec.items():
        if field not in item or (item[field] is None and not required):
            if required:
                errors.append(_at(path, _("'%(field)s' is missing.") % {"field": field}))
                readable = False
        elif not _is(item[field], kind):
            errors.append(_at(f"{path}.{field}", EXPECTED[kind]))
            readable = False
    for field in item:
        if field not in spec:
            errors.append(_at(path, _("Unknown field '%(field)s'.") % {"field": field}))
    return readable


def _uid(value: str, path: str, errors: list[str]) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        errors.append(_at(path, _("'%(value)s' is not a valid id (a UUID).") % {"value": value}))
        return None


def _unique_id(value: str, path: str, errors: list[str], seen: dict) -> uuid.UUID | None:
    uid = _uid(value, path, errors)
    if uid in seen:
        message = _("The id %(id)s is used more than once (first at %(other)s).")
        errors.append(_at(path, message % {"id": uid, "other": seen[uid]}))
    elif uid is not None:
        seen[uid] = path
    return uid


def _belongs(item: dict, field: str, parent: uuid.UUID | None, path: str, errors: list[str]):
    """A child's reference to its parent (service_id, …), if given, names that parent."""
    if field not in item or item[field] is None or parent is None:
        return
    try:
        same = uuid.UUID(item[field]) == parent
    except ValueError:
        same = False
    if not same:
        message = _("Expected %(id)s, the id of the object this is listed under.")
        errors.append(_at(f"{path}.{field}", message % {"id": parent}))


def _texts(item: dict, extension: dict, texts: dict, path: str, errors: list[str]):
    """Model field values for the texts: the HSDS fields in the default language, the
    translations in the others, and where in the JSON each value came from."""
    values, paths = {}, {}
    for key, field in texts.items():
        default = build_localized_fieldname(field, _default_language())
        values[field] = values[default] = _value(item, key, "")
        paths[field] = paths[default] = key
        for code in _other_languages():
            values[build_localized_fieldname(field, code)] = None
    translations = _value(extension, "translations", {})
    for code, translated in translations.items():
        where = f"{path}.{EXTENSION}.translations.{code}"
        if code not in _other_languages():
            message = _("'%(code)s' is not one of the translation languages (%(codes)s).")
            errors.append(
                _at(where, message % {"code": code, "codes": ", ".join(_other_languages())})
            )
            continue
        if not _fields(translated, {key: (str, False) for key in texts}, where, errors):
            continue
        for key, field in texts.items():
            column = build_localized_fieldname(field, code)
            values[column] = translated.get(key) or None
            paths[column] = f"{EXTENSION}.translations.{code}.{key}"
    return values, paths


def _clean(obj, paths: dict, path: str, errors: list[str], exclude: list[str]):
    """The model's own field checks (lengths, choices, e-mail, URL), pointed at the JSON."""
    try:
        # The untranslated field is checked as the default language's, without fallbacks.
        with translation.override(_default_language()), fallbacks(False):
            obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for field, problems in error.error_dict.items():
            where = f"{path}.{paths[field]}" if field in paths else path
            errors.extend(_at(where, problem) for problem in ValidationError(problems))


def _read_document(data, errors: list[str]) -> list[tuple[Organisation, list]]:
    if not isinstance(data, dict):
        raise HsdsError(
            _("The file must hold one JSON object with hsds_version and organizations.")
        )
    if not _fields(data, DOCUMENT, "", errors):
        return []
    if data["hsds_version"] != HSDS_VERSION:
        message = _("HSDS version %(version)s is not supported; expected %(expected)s.")
        errors.append(
            _at(
                "hsds_version",
                message % {"version": data["hsds_version"], "expected": HSDS_VERSION},
            )
        )
    topics = {topic.code: topic for topic in Topic.objects.all()}
    seen: dict[uuid.UUID, str] = {}
    directory = []
    for number, item in enumerate(data["organizations"]):
        path = f"organizations[{number}]"
        organisation = _read_organisation(item, path, errors, seen)
        services = []
        if isinstance(item, dict) and isinstance(item.get("services"), list):
            parent = organisation.uid if organisation else None
            for position, service_item in enumerate(item["services"]):
                where = f"{path}.services[{position}]"
                service = _read_service(service_item, where, parent, topics, errors, seen)
                if service:
                    services.append(service)
        if organisation:
            directory.append((organisation, services))
    return directory


def _read_organisation(item, path: str, errors: list[str], seen: dict) -> Organisation | None:
    if not _fields(item, ORGANIZATION, path, errors):
        return None
    uid = _unique_id(item["id"], f"{path}.id", errors, seen)
    numbers = []
    for position, phone in enumerate(_value(item, "phones", [])):
        where = f"{path}.phones[{position}]"
        if _fields(phone, PHONE, where, errors):
            _uid(phone["id"], f"{where}.id", errors)
            _belongs(phone, "organization_id", uid, where, errors)
            numbers.append(phone["number"])
    if len(numbers) > 1:
        errors.append(_at(f"{path}.phones", _("Silta keeps one phone number per organisation.")))
    extension = item[EXTENSION]
    if not _fields(extension, ORGANIZATION_EXTENSION, f"{path}.{EXTENSION}", errors):
        return None
    texts, paths = _texts(item, extension, ORGANISATION_TEXTS, path, errors)
    organisation = Organisation(
        uid=uid,
        **texts,
        kind=extension["kind"],
        country=extension["country"],
        website=_value(item, "website", ""),
        phone=numbers[0] if numbers else "",
        email=item["email"],
        language=extension["language"],
        attach_pdf=_value(extension, "attach_pdf", False),
        active=_value(extension, "active", True),
    )
    _clean(organisation, {**ORGANISATION_PATHS, **paths}, path, errors, exclude=["uid"])
    return organisation


def _read_service(item, path, parent, topics, errors, seen) -> tuple[Service, list] | None:
    if not _fields(item, SERVICE, path, errors):
        return None
    uid = _unique_id(item["id"], f"{path}.id", errors, seen)
    _belongs(item, "organization_id", parent, path, errors)
    if item["status"] not in SERVICE_STATUSES:
        message = _("Unknown status '%(status)s'; expected one of %(statuses)s.")
        statuses = ", ".join(SERVICE_STATUSES)
        errors.append(
            _at(f"{path}.status", message % {"status": item["status"], "statuses": statuses})
        )
    languages = _codes(item, "languages", LANGUAGE, "code", uid, path, errors)
    for position, code in enumerate(languages):
        if code not in LANGUAGE_NAMES:
            message = _("Unknown language code '%(code)s'.")
            errors.append(_at(f"{path}.languages[{position}].code", message % {"code": code}))
    places = _codes(item, "service_areas", SERVICE_AREA, "name", uid, path, errors)
    chosen = []
    for position, attribute in enumerate(_value(item, "attributes", [])):
        where = f"{path}.attributes[{position}]"
        if not _fields(attribute, ATTRIBUTE, where, errors):
            continue
        _uid(attribute["id"], f"{where}.id", errors)
        _belongs(attribute, "link_id", uid, where, errors)
        topic = _read_term(attribute["taxonomy_term"], f"{where}.taxonomy_term", topics, errors)
        if topic is None:
            continue
        if topic in chosen:
            message = _("'%(value)s' is listed twice.")
            errors.append(_at(f"{where}.taxonomy_term.code", message % {"value": topic.code}))
        else:
            chosen.append(topic)
    extension = _value(item, EXTENSION, {})
    if not _fields(extension, SERVICE_EXTENSION, f"{path}.{EXTENSION}", errors):
        return None
    texts, paths = _texts(item, extension, SERVICE_TEXTS, path, errors)
    service = Service(
        uid=uid,
        **texts,
        languages=languages,
        places=places,
        address=_value(extension, "address", ""),
        response_days=_value(extension, "response_days", 10),
        active=item["status"] == "active",
    )
    _clean(service, {**SERVICE_PATHS, **paths}, path, errors, exclude=["uid", "organisation"])
    return service, chosen


def _codes(item, field, spec, key, parent, path, errors) -> list[str]:
    """The values under `key` of a service's languages or service areas, each once."""
    values = []
    for position, child in enumerate(_value(item, field, [])):
        where = f"{path}.{field}[{position}]"
        if not _fields(child, spec, where, errors):
            continue
        _uid(child["id"], f"{where}.id", errors)
        _belongs(child, "service_id", parent, where, errors)
        if child[key] in values:
            message = _("'%(value)s' is listed twice.")
            errors.append(_at(f"{where}.{key}", message % {"value": child[key]}))
        else:
            values.append(child[key])
    return values


def _read_term(term, path: str, topics: dict, errors: list[str]) -> Topic | None:
    if not _fields(term, TAXONOMY_TERM, path, errors):
        return None
    _uid(term["id"], f"{path}.id", errors)
    taxonomy = _value(term, "taxonomy", TAXONOMY)
    if taxonomy != TAXONOMY:
        message = _("Unknown taxonomy '%(taxonomy)s'; expected '%(expected)s'.")
        errors.append(
            _at(f"{path}.taxonomy", message % {"taxonomy": taxonomy, "expected": TAXONOMY})
        )
        return None
    if term["code"] not in topics:
        message = _("Unknown topic code '%(code)s'.")
        errors.append(_at(f"{path}.code", message % {"code": term["code"]}))
        return None
    return topics[term["code"]]
