"""What a volunteer sees of a client: the match's shared fields and nothing else.

Every view and endpoint that shows a client to a volunteer goes through `shown`, which
reads only the fields the match names, so an unshared field never reaches a template
or a serializer.
"""

from clients.languages import CLIENT_LANGUAGES

from .models import SHARED_FIELDS, Match

LANGUAGE_NAMES = dict(CLIENT_LANGUAGES)


def client_languages(client) -> list[str]:
    """The client's languages, preferred first, without repeats."""
    codes = [client.preferred_language, *client.other_languages]
    return list(dict.fromkeys(code for code in codes if code))


def _value(match: Match, field: str) -> str:
    client = match.client
    if field == "first_name":
        return client.preferred_name or client.given_name
    if field == "languages":
        return ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in client_languages(client))
    if field == "district":
        return client.municipality
    if field == "phone":
        return client.phone
    if field == "needs":
        return match.needs
    raise KeyError(field)


def shown(match: Match) -> list[tuple[str, str, str]]:
    """(field, label, value) for each shared field, in the order SHARED_FIELDS lists them."""
    return [
        (field, str(label), _value(match, field))
        for field, label in SHARED_FIELDS.items()
        if field in match.shared_fields
    ]
