"""What a referral shares about the client: the values are copied when it is sent (the
partner sees exactly the preview, even if the record changes later) and labelled in the
reader's language when shown."""

from datetime import date

from django.utils import formats
from django.utils.translation import gettext as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, LegalStatus

from .models import SHARED_FIELDS


def snapshot(client: Client, fields: list[str]) -> dict:
    values = {
        "name": str(client),
        "language": {
            "preferred": client.preferred_language,
            "interpreter": client.interpreter_language if client.interpreter_needed else "",
        },
        "birth_date": client.birth_date.isoformat() if client.birth_date else "",
        "phone": client.phone,
        "email": client.email,
        "municipality": client.municipality,
        "legal_status": client.legal_status,
    }
    return {field: values[field] for field in SHARED_FIELDS if field in fields}


def shown(shared: dict) -> list[tuple[str, str]]:
    """(label, value) pairs in the order of SHARED_FIELDS, in the active language."""
    return [
        (str(label), _display(field, shared[field]) or "—")
        for field, label in SHARED_FIELDS.items()
        if field in shared
    ]


def _display(field: str, value) -> str:
    if field == "language":
        languages = dict(CLIENT_LANGUAGES)
        preferred = str(languages.get(value["preferred"], value["preferred"]))
        if not value["interpreter"]:
            return preferred
        interpreter = str(languages.get(value["interpreter"], value["interpreter"]))
        return _("%(language)s; needs an interpreter (%(interpreter)s)") % {
            "language": preferred or "—",
            "interpreter": interpreter,
        }
    if field == "birth_date" and value:
        return formats.date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
    if field == "legal_status":
        return str(dict(LegalStatus.choices).get(value, value))
    return value
