from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from . import search as knowledge_search
from . import selectors
from .rendering import render as render_markdown


def home(request):
    """The knowledge base in the reader's language, by topic."""
    language = translation.get_language()
    topics = selectors.topics_with_pages(user=request.user, language=language)
    return render(request, "knowledge/home.html", {"topics": topics, "language": language})


def page(request, slug: str):
    """One page in the reader's language, or in a fallback language with a notice."""
    wanted = translation.get_language()
    reading = selectors.reading(user=request.user, slug=slug, language=wanted)
    if reading is None:
        raise Http404
    page, shown = reading.page, reading.language
    alternates = []
    for code in page.languages:
        with translation.override(code):
            alternates.append(
                (translation.get_language_info(code), reverse("knowledge-page", args=[slug]))
            )
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
            "staff_only": page.audience == page.Audience.STAFF,
        },
    )


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
    return render(request, "knowledge/search.html", {"query": query, "results": results})
