"""due_by: working days to a first answer skip weekends and the country's public holidays."""

from datetime import datetime

import holidays
import pytest
from django.core import checks
from django.utils import timezone

from channels import services
from channels.models import InquiryChannel
from counselling import workdays


def local(*args: int) -> datetime:
    """An aware datetime in settings.TIME_ZONE."""
    return datetime(*args, tzinfo=timezone.get_current_timezone())


def test_estonian_web_form_inquiry_before_christmas_is_due_after_the_holidays(settings):
    settings.HOLIDAY_COUNTRY = "EE"
    # Wednesday; 24 and 25 December are holidays, 26 and 27 a weekend.
    due = services.due_by(local(2026, 12, 23, 10, 30), InquiryChannel.WEB_FORM)
    assert due == local(2026, 12, 29, 10, 30)


def test_finnish_web_form_inquiry_before_christmas_is_due_after_the_holidays(settings):
    settings.HOLIDAY_COUNTRY = "FI"
    due = services.due_by(local(2026, 12, 23, 10, 30), InquiryChannel.WEB_FORM)
    assert due == local(2026, 12, 29, 10, 30)


def test_new_years_day_counts_out_in_the_next_year(settings):
    settings.HOLIDAY_COUNTRY = "EE"
    # Wednesday 30 December: Thursday 31 counts, Friday 1 January 2027 does not.
    due = services.due_by(local(2026, 12, 30, 9, 0), InquiryChannel.EMAIL)
    assert due == local(2027, 1, 4, 9, 0)


@pytest.mark.parametrize(
    ("country", "expected_day"),
    [
        ("EE", 7),  # Good Friday only
        ("FI", 8),  # Good Friday and Easter Monday
    ],
)
def test_inquiry_before_easter_skips_that_countrys_easter_holidays(settings, country, expected_day):
    settings.HOLIDAY_COUNTRY = country
    due = services.due_by(local(2026, 4, 2, 14, 0), InquiryChannel.WEB_FORM)  # Thursday
    assert due == local(2026, 4, expected_day, 14, 0)


def test_call_on_good_friday_is_due_after_easter(settings):
    settings.HOLIDAY_COUNTRY = "FI"
    due = services.due_by(local(2026, 4, 3, 11, 0), InquiryChannel.PHONE)
    assert due == local(2026, 4, 7, 11, 0)


def test_estonian_call_before_midsummer_skips_victory_day_and_midsummer_day(settings):
    settings.HOLIDAY_COUNTRY = "EE"
    # Monday 22 June; 23 (Victory Day) and 24 June (Midsummer Day) are holidays.
    due = services.due_by(local(2026, 6, 22, 16, 0), InquiryChannel.PHONE)
    assert due == local(2026, 6, 25, 16, 0)


def test_finnish_call_before_midsummer_skips_midsummer_eve(settings):
    settings.HOLIDAY_COUNTRY = "FI"
    # Thursday 18 June; Friday 19 June is Midsummer Eve, an Estonian working day.
    due = services.due_by(local(2026, 6, 18, 16, 0), InquiryChannel.PHONE)
    assert due == local(2026, 6, 22, 16, 0)


def test_midsummer_eve_is_a_working_day_in_estonia(settings):
    settings.HOLIDAY_COUNTRY = "EE"
    due = services.due_by(local(2026, 6, 18, 16, 0), InquiryChannel.PHONE)
    assert due == local(2026, 6, 19, 16, 0)


def test_empty_holiday_country_counts_only_weekends(settings):
    settings.HOLIDAY_COUNTRY = ""
    assert services.due_by(local(2026, 12, 23, 10, 30), InquiryChannel.WEB_FORM) == local(
        2026, 12, 25, 10, 30
    )
    assert services.due_by(local(2026, 12, 24, 10, 30), InquiryChannel.WEB_FORM) == local(
        2026, 12, 28, 10, 30
    )


def test_walk_in_is_due_the_moment_it_arrives_even_on_a_holiday(settings):
    settings.HOLIDAY_COUNTRY = "EE"
    received = local(2026, 12, 25, 12, 15)
    assert services.due_by(received, InquiryChannel.WALK_IN) == received


def test_holiday_calendar_is_built_once_per_country_and_year(settings, monkeypatch):
    settings.HOLIDAY_COUNTRY = "EE"
    built = []

    def counting_country_holidays(country, **kwargs):
        built.append((country, kwargs["years"]))
        return real_country_holidays(country, **kwargs)

    real_country_holidays = holidays.country_holidays
    monkeypatch.setattr(holidays, "country_holidays", counting_country_holidays)
    workdays._public_holidays.cache_clear()
    for _ in range(3):
        services.due_by(local(2026, 12, 30, 9, 0), InquiryChannel.WEB_FORM)

    assert built == [("EE", 2026), ("EE", 2027)]


@pytest.mark.parametrize("country", ["XX", "ee"])
def test_an_unknown_holiday_country_stops_startup_with_a_clear_error(settings, country):
    settings.HOLIDAY_COUNTRY = country

    errors = checks.run_checks()

    assert [error.id for error in errors] == ["channels.E001"]
    assert country in errors[0].msg


def test_known_or_empty_holiday_countries_pass_the_checks(settings):
    for country in ("EE", "FI", ""):
        settings.HOLIDAY_COUNTRY = country
        assert checks.run_checks() == []
