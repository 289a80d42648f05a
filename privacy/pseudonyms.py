"""Pseudonymous participant ids for statistics and funder exports: a keyed hash of the
client's id, so the same person has the same id in every export, year after year, and
pathways can be followed without names. Without the key (PSEUDONYM_KEY, from the
environment, never in an export) nobody can go back from the id to the person."""

import base64
import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def participant_id(client_id: int) -> str:
    if not settings.PSEUDONYM_KEY:
        # No silent fallback: ids made with a stand-in key could never be matched later.
        raise ImproperlyConfigured("Set PSEUDONYM_KEY to make pseudonymous participant ids.")
    digest = hmac.new(
        settings.PSEUDONYM_KEY.encode(), f"client:{client_id}".encode(), hashlib.sha256
    ).digest()
    # 80 bits in 16 letters and digits: no collision among millions, short in a sheet.
    return "P-" + base64.b32encode(digest[:10]).decode()
