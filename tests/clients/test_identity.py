from datetime import date

import pytest
from django.core.exceptions import ValidationError

from clients.identity import birth_date_from_id_code, normalise_phone, validate_id_code


@pytest.mark.parametrize(
    ("code", "born"),
    [
        ("37605030299", date(1976, 5, 3)),  # Estonian, man born in the 1900s
        ("49403136515", date(1994, 3, 13)),  # Estonian, woman born in the 1900s
        ("60001019906", date(2000, 1, 1)),  # Estonian, born in the 2000s
        ("131052-308T", date(1952, 10, 13)),  # Finnish, 1900s
        ("010594Y9032", date(1994, 5, 1)),  # Finnish, 2023 century marker Y
        ("020502A902X", date(2002, 5, 2)),  # Finnish, 2000s
    ],
)
def test_valid_codes_pass_and_carry_their_birth_date(code, born):
    validate_id_code(code)
    assert birth_date_from_id_code(code) == born


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("37605030298", "checksum"),  # last digit wrong
        ("131052-308U", "checksum"),
        ("37613030299", "date"),  # month 13
        ("310252-3088", "date"),  # 31 February
        ("12345", "format"),
        ("97605030299", "format"),  # century digit 9 does not exist
    ],
)
def test_invalid_codes_say_what_is_wrong(code, problem):
    with pytest.raises(ValidationError) as error:
        validate_id_code(code)
    assert error.value.code == problem


def test_phone_numbers_are_stored_in_international_form(settings):
    settings.PHONE_DEFAULT_REGION = "EE"
    assert normalise_phone("5123 4567") == "+37251234567"
    assert normalise_phone("+358 40 123 4567") == "+358401234567"
    with pytest.raises(ValidationError):
        normalise_phone("12")
    with pytest.raises(ValidationError):
        normalise_phone("not a number")


def test_an_empty_optional_phone_stays_empty():
    assert normalise_phone("  ") == ""
