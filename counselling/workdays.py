"""Working days: Monday to Friday, less the public holidays of settings.HOLIDAY_COUNTRY
(weekends only if it is empty). Answer dates of inquiries and referrals count in them."""

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

import holidays
from django.conf import settings


# Built once per process and year: intake asks on every submission, and a calendar costs
# a millisecond or so to build.
@lru_cache(maxsize=32)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


Moment = TypeVar("Moment", date, datetime)


def add_working_days(start: Moment, days: int) -> Moment:
    """The moment `days` working days after `start` (same time of day); `start` itself
    with no days."""
    country = settings.HOLIDAY_COUNTRY
    moment = start
    while days > 0:
        moment += timedelta(days=1)
        day = moment.date() if isinstance(moment, datetime) else moment
        if day.weekday() < 5 and not (country and day in _public_holidays(country, day.year)):
            days -= 1
    return moment
