# Django's "ar" formats name no date-time format, so times came out month-first while
# short dates are day-first. Keep both day-first, with the right-to-left marks of
# Django's own SHORT_DATE_FORMAT.
from django.conf.locale.ar.formats import *  # noqa: F403

DATETIME_FORMAT = "j F، Y H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
