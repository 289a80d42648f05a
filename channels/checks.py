"""Startup checks: a setting that would break every inquiry is reported before any
newcomer meets it."""

import holidays
from django.conf import settings
from django.core.checks import Error


def holiday_country(app_configs, **kwargs) -> list[Error]:
    country = settings.HOLIDAY_COUNTRY
    if not country:
        return []
    try:
        holidays.country_holidays(country)
    except NotImplementedError:
        return [
            Error(
                f"HOLIDAY_COUNTRY={country!r} is not a country the holidays package knows.",
                hint="Use an ISO 3166 code in capitals, e.g. EE or FI, or leave it empty.",
                id="channels.E001",
            )
        ]
    return []
