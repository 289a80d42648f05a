"""Counsellors find a knowledge page from the inbox reply and the session form, and
insert a link to it in the client's language. Only public pages are offered: the client
cannot open a staff-only one. The message that carries the link counts it as shared
(services.record_shares)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import search, selectors
from .forms import LinkSearchForm
from .models import Page


@dataclass(frozen=True)
class Link:
    page: Page
    title: str  # in the language the page opens in
    url: str  # absolute, on the public site, under the client's language
    shown: dict  # the language the page opens in (Django's language info)
    fallback: bool  # True when the page is not published in the client's language

    @property
    def text(self) -> str:
        """What "Insert link" puts into the message."""
        return f"{self.title} – {self.url}"


def link_to(page: Page, language: str) -> Link:
    """The page's public address in `language`: it shows the page in that language, or
    in its fallback with a notice in the client's language."""
    published = page.languages
    shown = next(code for code in selectors.fallback_order(page, language) if code in published)
    with translation.override(language):
        path = reverse("knowledge-page", args=[page.slug])
    return Link(
        page=page,
        title=getattr(page, f"title_{shown}"),
        url=settings.SITE_URL + path,
        shown=translation.get_language_info(shown),
        fallback=shown != language,
    )


def find_links(*, query: str, language: str, also_in: str) -> list[Link] | None:
    """Public pages matching the query in the client's language and then in `also_in`
    (the counsellor's own language, which they may type in), best first, at most one
    page of results. None when the query has no words to look for."""
    found: dict[int, Page] = {}
    for searched in dict.fromkeys([language, also_in]):
        results = search.search(pages=selectors.public_pages(), language=searched, query=query)
        if results is None:
            return None
        for result in results:
            found.setdefault(result.page.pk, result.page)
    return [link_to(page, language) for page in list(found.values())[: search.PER_PAGE]]


@login_required
def links(request):
    """The link search: a fragment for the reply and session forms (htmx), or a page of
    addresses to copy when the browser runs no JavaScript."""
    if not selectors.is_staff_reader(request.user):
        raise PermissionDenied
    form = LinkSearchForm(request.GET)
    fragment = bool(request.headers.get("HX-Request"))
    template = "knowledge/includes/link_results.html" if fragment else "knowledge/links.html"
    if not form.is_valid():
        return render(request, template, {"form": form, "fragment": fragment}, status=400)
    language = form.cleaned_data["language"] or translation.get_language()
    query = search.clean_query(form.cleaned_data["q"])
    found = find_links(query=query, language=language, also_in=translation.get_language())
    context = {
        "form": form,
        "query": query,
        "links": found,
        "language": translation.get_language_info(language),
        "fragment": fragment,
    }
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    patch_cache_control(response, private=True)
    return response
