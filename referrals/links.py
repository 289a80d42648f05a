"""The partner's link: a signed, expiring token naming a referral by its uid. The link
alone shows no personal data; the partner still confirms with a one-time code."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "referrals.partner-link"


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def partner_link(referral) -> str:
    token = signing.dumps(referral.uid.hex, salt=SALT)
    return settings.SITE_URL + reverse("partner-link", args=[token])


def referral_uid(token: str) -> uuid.UUID:
    """The uid the token was signed for. Raises LinkExpired or LinkInvalid."""
    max_age = timedelta(days=settings.REFERRAL_LINK_DAYS)
    try:
        return uuid.UUID(hex=signing.loads(token, salt=SALT, max_age=max_age))
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise LinkInvalid from error
