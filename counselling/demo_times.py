"""When things happen in the demo's year of work: more on Mondays and Fridays, little at
weekends, a quieter July and Christmas, and office hours with a late-morning and an
early-afternoon rush. Deterministic for a seeded Random; used by every app's demo."""

import random
from datetime import date, datetime, time, timedelta

from django.utils import timezone

# Monday to Sunday.
WEEKDAYS = [1.45, 1.0, 1.0, 0.9, 1.3, 0.0, 0.0]
# Web forms and e-mails also come in at weekends.
WEEKDAYS_ONLINE = [1.45, 1.0, 1.0, 0.9, 1.2, 0.35, 0.3]
# January to December.
MONTHS = [1.1, 1.05, 1.05, 1.0, 0.95, 0.85, 0.55, 0.8, 1.2, 1.15, 1.1, 0.75]
# Office hours: when the phone rings and the door opens.
OFFICE_HOURS = {9: 1.0, 10: 1.5, 11: 1.4, 12: 0.9, 13: 1.2, 14: 1.1, 15: 0.8, 16: 0.5}
# Written messages: from early morning to late evening.
WAKING_HOURS = {
    7: 0.4, 8: 0.8, 9: 1.0, 10: 1.1, 11: 1.0, 12: 0.9, 13: 0.9, 14: 0.9, 15: 0.9,
    16: 0.8, 17: 0.8, 18: 0.8, 19: 0.9, 20: 1.0, 21: 0.9, 22: 0.6, 23: 0.3,
}  # fmt: skip


def days(
    rng: random.Random,
    count: int,
    *,
    first: date,
    last: date,
    weekdays: list[float] = WEEKDAYS,
) -> list[date]:
    """`count` days from first to last (both included), drawn with the weights above."""
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    weights = [weekdays[day.weekday()] * MONTHS[day.month - 1] for day in span]
    if not any(weights):
        return [last] * count
    return rng.choices(span, weights, k=count)


def at(rng: random.Random, day: date, hours: dict[int, float] = OFFICE_HOURS) -> datetime:
    """A moment of `day` in the local time zone, the hour drawn with `hours`' weights."""
    hour = rng.choices(list(hours), list(hours.values()))[0]
    moment = datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)))
    return timezone.make_aware(moment)


def office_time(moment: datetime, *, later_by: timedelta) -> datetime:
    """`later_by` after `moment`, moved past the night and the weekend into office hours:
    staff answer at work."""
    local = timezone.localtime(moment + later_by)
    if local.hour >= 17:
        local = local.replace(hour=9) + timedelta(days=1)
    elif local.hour < 9:
        local = local.replace(hour=9)
    while local.weekday() >= 5:
        local += timedelta(days=1)
    return local
