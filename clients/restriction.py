"""Restriction of processing (GDPR art. 18): while a client's processing is restricted
their record is kept and can be read and exported, but nothing of it changes and they
are left out of surveys and e-mails. Every service that writes a client's data calls
`refuse_if_restricted` on the record it writes; every mass mailing filters with
`unrestricted()`. Placing and lifting a restriction is privacy.services' part."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Client

CODE = "restricted"
RESTRICTED = _(
    "Processing of this client's data is restricted: the record is read-only until the "
    "restriction is lifted."
)


def unrestricted(prefix: str = "") -> Q:
    """The clients (or, with `prefix="client__"`, the rows of clients) outreach may reach."""
    return Q(**{f"{prefix}restricted_at__isnull": True, f"{prefix}erased_at__isnull": True})


ERASED = _("This client's data was erased: the record cannot be changed.")


def refuse_if_restricted(*clients: Client | None) -> None:
    """A translated ValidationError (a form error, a 400) when one of them is restricted,
    or erased (an erased record filled in again could never be erased). Call it on the
    record as locked or just read in the writing transaction."""
    if any(client is not None and client.erased_at is not None for client in clients):
        raise ValidationError(ERASED, code=CODE)
    if any(client is not None and client.restricted_at is not None for client in clients):
        raise ValidationError(RESTRICTED, code=CODE)


def is_refusal(error: Exception) -> bool:
    """The error `refuse_if_restricted` raised (for a view or API that did not catch it)."""
    return isinstance(error, ValidationError) and getattr(error, "code", None) == CODE
