from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST


def set_language_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 60 * 60,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@require_POST
def set_language(request):
    """Switch the interface language; a signed-in user keeps it on their account."""
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        body = render_to_string(
            "400.html", {"message": _("That language is not available.")}, request
        )
        return HttpResponseBadRequest(body)
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    if request.user.is_authenticated and request.user.language != language:
        request.user.language = language
        request.user.save(update_fields=["language"])
    translation.activate(language)
    # A page whose address names its language (/et/contact/) moves to the new one.
    response = HttpResponseRedirect(translate_url(target, language))
    set_language_cookie(response, language)
    return response
