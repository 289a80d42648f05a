"""Personal identifiers: Estonian isikukood and Finnish henkilötunnus, and phone numbers.

Each validator raises ValidationError with a translated message naming what is wrong;
`birth_date_from_id_code` lets a form check the code against the date of birth.
"""

import re
from datetime import date

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_EE = re.compile(r"^[1-8]\d{10}$")
_FI = re.compile(r"^(\d{6})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])$")
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_CENTURY = {"+": 1800, **dict.fromkeys("-UVWXY", 1900), **dict.fromkeys("ABCDEF", 2000)}


def normalise_id_code(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def id_code_country(value: str) -> str | None:
    """'EE' or 'FI' by the code's shape; None when it is neither."""
    code = normalise_id_code(value)
    if _EE.match(code):
        return "EE"
    if _FI.match(code):
        return "FI"
    return None


def _estonian_check_digit(digits: str) -> int:
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        remainder = sum(int(d) * w for d, w in zip(digits[:10], weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return 0


def birth_date_from_id_code(value: str) -> date | None:
    """The date of birth a valid code carries (None for an invalid code)."""
    code = normalise_id_code(value)
    try:
        if _EE.match(code):
            century = 1800 + 100 * ((int(code[0]) - 1) // 2)
            return date(century + int(code[1:3]), int(code[3:5]), int(code[5:7]))
        if match := _FI.match(code):
            digits = match.group(1)
            century = _FI_CENTURY[match.group(2)]
            return date(century + int(digits[4:6]), int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return None
    return None


def validate_id_code(value: str) -> None:
    code = normalise_id_code(value)
    country = id_code_country(code)
    if country is None:
        example = "131052-308T"
        message = _(
            "Enter an Estonian personal code (11 digits) or a Finnish one (such as %(example)s)."
        )
        raise ValidationError(message, code="format", params={"example": example})
    if birth_date_from_id_code(code) is None:
        raise ValidationError(
            _("This personal code holds an impossible date of birth."), code="date"
        )
    if country == "EE" and _estonian_check_digit(code) != int(code[10]):
        raise ValidationError(
            _("This Estonian personal code is not valid: check the digits."), code="checksum"
        )
    if country == "FI":
        match = _FI.match(code)
        assert match is not None
        number = int(match.group(1) + match.group(3))
        if _FI_CHECK[number % 31] != match.group(4):
            raise ValidationError(
                _("This Finnish personal identity code is not valid: check the characters."),
                code="checksum",
            )


def normalise_phone(value: str, region: str | None = None) -> str:
    """E.164 (+37255512345), or ValidationError. Numbers without + use the office's
    country. No number (an optional field left empty) stays empty."""
    value = value.strip()
    if not value:
        return ""
    message = _("Enter a phone number, with the country code if it is not a local one.")
    try:
        number = phonenumbers.parse(value, region or settings.PHONE_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(message, code="phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(message, code="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
