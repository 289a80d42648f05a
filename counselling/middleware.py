from django.core.signals import request_finished
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from clients import restriction

from .requestid import clear_request_id, new_request_id


class RequestIdMiddleware:
    """Give each request an id for its log lines and audit events. It is cleared when the
    response is finished, not when this middleware returns: Django logs 4xx/5xx after."""

    def __init__(self, get_response):
        self.get_response = get_response
        request_finished.connect(_clear_request_id, dispatch_uid="silta-request-id")

    def __call__(self, request):
        request.id = new_request_id()
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        return response


def _clear_request_id(**kwargs):
    clear_request_id()


class TwoFactorRequiredMiddleware:
    """Roles that need two-factor, and anyone who has turned it on, see nothing but
    the two-factor pages until verified."""

    ALLOWED_URL_NAMES = {"two-factor", "two-factor-setup", "logout", "set-language", "healthz"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and (user.requires_two_factor or request.session.get("otp_pending"))
            and not user.is_verified()
            and not self._allowed(request)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": _("Two-factor authentication is required.")}, status=403
                )
            return redirect(reverse("two-factor"))
        return self.get_response(request)

    def _allowed(self, request) -> bool:
        match = request.resolver_match
        if match is None:
            from django.urls import Resolver404, resolve

            try:
                match = resolve(request.path_info)
            except Resolver404:
                return True  # let the 404 page answer
        return match.url_name in self.ALLOWED_URL_NAMES or request.path.startswith("/static/")


class RestrictedRecordMiddleware:
    """A write refused because the client's processing is restricted (clients.restriction)
    that its view did not turn into a form error: a 400 page saying why. The service's
    transaction has rolled back, so nothing was saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not restriction.is_refusal(exception):
            return None
        return render(request, "400.html", {"message": restriction.RESTRICTED}, status=400)
