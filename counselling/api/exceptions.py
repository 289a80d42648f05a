from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db import DataError
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from clients import restriction


def exception_handler(exc, context):
    """DRF's handler, plus a 400 (not a 500) for a request body over the size limit and
    for Django's own ValidationError (a forged cursor or filter value reaching the ORM)."""
    if isinstance(exc, RequestDataTooBig):
        return Response(
            {"detail": _("The request is too large.")}, status=status.HTTP_400_BAD_REQUEST
        )
    if restriction.is_refusal(exc):
        return Response({"detail": str(restriction.RESTRICTED)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, ValidationError | DataError):  # DataError: e.g. a date out of range
        return Response(
            {"detail": _("The request could not be understood. It may be too large or malformed.")},
            status=status.HTTP_400_BAD_REQUEST,
        )
    return drf_exception_handler(exc, context)
