# Django's "et" formats name no date-time format, so event times came out American
# (11/23/2026 5:32 p.l.). Estonian writes 23.11.2026 17:32.
from django.conf.locale.et.formats import *  # noqa: F403

DATETIME_FORMAT = "j. F Y H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
