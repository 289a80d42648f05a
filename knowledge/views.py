from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from common import limits

from . import printing, selectors, services
from . import search as knowledge_search
from .cache import for_anonymous
from .forms import FeedbackForm
from .rendering import render as render_markdown

TOO_MANY = _("Too many messages in a short time. Please try again in an hour.")


def _in_each_language(codes, name: str, *args) -> list[tuple[dict, str]]:
    """(language info, address) of the named page in each of the languages."""
    found = []
    for code in codes:
        with translation.override(code):
            found.append((translation.get_language_info(code), reverse(name, args=args)))
    return found


@for_anonymous
def home(request):
    """The knowledge base in the reader's language, by topic."""
    language = translation.get_language()
    context = {
        "topics": selectors.topics_with_pages(user=request.user, language=language),
        "language": language,
        "languages": _in_each_language(dict(settings.LANGUAGES), "knowledge-home"),
    }
    return render(request, "knowledge/home.html", context)


@for_anonymous
def page(request, slug: str):
    """One page in the reader's language, or in a fallback language with a notice."""
    wanted = translation.get_language()
    reading = selectors.reading(user=request.user, slug=slug, language=wanted)
    if reading is None:
        raise Http404
    page, shown = reading.page, reading.language
    alternates = _in_each_language(page.languages, "knowledge-page", slug)
    return render(
        request,
        "knowledge/page.html",
        {
            "page": page,
            "shown": translation.get_language_info(shown),
            "wanted": translation.get_language_info(wanted),
            "fallback": reading.fallback,
            "title": getattr(page, f"title_{shown}"),
            "summary": getattr(page, f"summary_{shown}"),
            "body": render_markdown(getattr(page, f"body_{shown}")),
            "alternates": alternates,
            "languages": alternates,
            "staff_only": page.audience == page.Audience.STAFF,
            "feedback_form": FeedbackForm(auto_id="feedback-%s"),
            "site": settings.SITE_URL,
            "last_reviewed": selectors.last_reviewed(page, shown),
        },
    )


def _reading_or_404(request, slug: str) -> selectors.Reading:
    """The page as the page view shows it to this reader, or a 404 just like it."""
    reading = selectors.reading(user=request.user, slug=slug, language=translation.get_language())
    if reading is None:
        raise Http404
    return reading


@for_anonymous  # WeasyPrint is the costliest thing a reader can ask for
def page_pdf(request, slug: str):
    """The page as a PDF to print or keep, in the language the page view shows."""
    reading = _reading_or_404(request, slug)
    address = settings.SITE_URL + reverse("knowledge-page", args=[slug])
    return printing.pdf_response(reading=reading, address=address)


# No CSRF check: the form sits on pages that shared caches keep for every reader, so it
# cannot carry a per-visitor token. Nothing here acts for a signed-in person or changes
# any session state; a forged post can only add one anonymous answer, which is what the
# honeypot and the per-address allowance limit.
@csrf_exempt
@require_POST
def feedback(request, slug: str):
    """A reader's "Was this helpful?"; then a thank-you page (post, redirect, get)."""
    reading = _reading_or_404(request, slug)
    form = FeedbackForm(request.POST, auto_id="feedback-%s")
    address = request.META.get("REMOTE_ADDR", "")
    if limits.over_limit("feedback-ip", address, settings.KNOWLEDGE_FEEDBACK_PER_IP_PER_HOUR):
        form.add_error(None, TOO_MANY)
        return _feedback_again(request, reading, form, status=429)
    if not form.is_valid():
        return _feedback_again(request, reading, form, status=400)
    if not form.is_spam():  # a bot is thanked like anyone: telling it why teaches it
        services.give_feedback(
            page=reading.page,
            language=reading.language,
            helpful=form.cleaned_data["helpful"],
            comment=form.cleaned_data["comment"],
        )
    return redirect("knowledge-feedback-thanks", slug=slug)


def _feedback_again(request, reading: selectors.Reading, form: FeedbackForm, status: int):
    title = getattr(reading.page, f"title_{reading.language}")
    context = {"page": reading.page, "title": title, "shown": reading.language}
    context["feedback_form"] = form
    return render(request, "knowledge/feedback.html", context, status=status)


def feedback_thanks(request, slug: str):
    reading = _reading_or_404(request, slug)
    title = getattr(reading.page, f"title_{reading.language}")
    context = {"page": reading.page, "title": title, "shown": reading.language}
    return render(request, "knowledge/feedback_thanks.html", context)


def search(request):
    """Search the pages published in the reader's language."""
    language = translation.get_language()
    query = knowledge_search.clean_query(request.GET.get("q", ""))
    results = knowledge_search.search(
        pages=selectors.pages_for(request.user),
        language=language,
        query=query,
        number=request.GET.get("page", 1),
    )
    context = {
        "query": query,
        "results": results,
        "languages": _in_each_language(dict(settings.LANGUAGES), "knowledge-search"),
    }
    return render(request, "knowledge/search.html", context)


@for_anonymous
def sitemap(request):
    """Each public page in each of its languages, with the others as alternates."""
    homes = _in_each_language(dict(settings.LANGUAGES), "knowledge-home")
    entries = [
        (page, _in_each_language(languages, "knowledge-page", page.slug))
        for page, languages in selectors.sitemap()
    ]
    context = {"homes": homes, "entries": entries, "root": settings.SITE_URL}
    return render(request, "knowledge/sitemap.xml", context, content_type="application/xml")
