from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _


def _wants_json(request) -> bool:
    return request.path.startswith("/api/")


def _answer(request, status: int, message: str):
    if _wants_json(request):
        return JsonResponse({"detail": message}, status=status)
    return render(request, f"{status}.html", {"message": message}, status=status)


def bad_request(request, exception=None):
    return _answer(
        request, 400, _("The request could not be understood. It may be too large or malformed.")
    )


def permission_denied(request, exception=None):
    return _answer(request, 403, _("You do not have access to this page."))


def page_not_found(request, exception=None):
    return _answer(request, 404, _("We could not find that page."))


def server_error(request):
    message = _("Something went wrong on our side. Please try again.")
    if _wants_json(request):
        return _answer(request, 500, message)
    # No context processors: the failure may be the database they would read.
    return HttpResponseServerError(loader.render_to_string("500.html", {"message": message}))


def csrf_failure(request, reason=""):
    message = _(
        "Your form had expired or came from another site. Go back, reload the page and try again."
    )
    return _answer(request, 403, message)
