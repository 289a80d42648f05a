"""The editors' side of the knowledge base: every page with the state of each of its
languages, the lists of what waits (review, out-of-date translations, pages due for
review), a page's settings, one language's text with its workflow, and its history.

Staff pages at the root (/knowledge/editor/), not under a language prefix: the editor
works in their interface language on a page in any language. Only editors
(settings.KNOWLEDGE_EDITOR_ROLES) open them; everyone else signed in gets a 403 before
anything is looked up.
"""

import difflib
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page as Listing
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import EditorFilterForm, PageSettingsForm, TextForm, VersionForm
from .models import Page, PageLanguage, PageVersion
from .rendering import render as render_markdown

PER_PAGE = 50
State = PageLanguage.State


def _require_editor(user) -> None:
    if not selectors.is_editor(user):
        raise PermissionDenied


def _page_or_404(slug: str) -> Page:
    return get_object_or_404(Page, slug=slug)


def _language_or_404(language: str) -> str:
    if language not in dict(settings.LANGUAGES):
        raise Http404
    return language


@dataclass(frozen=True)
class Cell:
    """One language of a page on the editor's home."""

    language: str
    state: PageLanguage | None  # None: never written

    @property
    def label(self) -> str:
        if self.state is None:
            return _("Not started")
        if self.state.out_of_date:
            return _("Out of date")
        return self.state.get_state_display()

    @property
    def css(self) -> str:
        if self.state is None:
            return "none"
        return "out-of-date" if self.state.out_of_date else self.state.state


def _cells(page: Page) -> list[Cell]:
    states = {state.language: state for state in page.states.all()}  # prefetched
    return [Cell(code, states.get(code)) for code, _name in settings.LANGUAGES]


def _waiting(show: str, pages: QuerySet[Page]) -> QuerySet[PageLanguage]:
    if show == "review":
        return selectors.in_review(pages)
    if show == "out_of_date":
        return selectors.out_of_date(pages)
    return selectors.due_for_review(pages, timezone.localdate())


@login_required
def editor_home(request):
    """All pages with each language's state, or one of the lists of what waits."""
    _require_editor(request.user)
    filters = EditorFilterForm(request.GET or None)
    valid = filters.is_valid()
    chosen = filters.cleaned_data if valid else {}
    pages = selectors.editor_pages(text=chosen.get("q", ""))
    show = chosen.get("show", "")
    number = request.GET.get("page")
    listing: Listing  # of PageLanguage rows for a list of what waits, else of pages
    if show:
        listing = Paginator(_waiting(show, pages), PER_PAGE).get_page(number)
        rows = []
    else:
        listing = Paginator(pages, PER_PAGE).get_page(number)
        rows = [(page, _cells(page)) for page in listing]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "knowledge/editor/home.html",
        {
            "filters": filters,
            "show": show,
            "listing": listing,
            "pages": rows,
            "query": query.urlencode(),
            "content_languages": settings.LANGUAGES,
        },
        status=200 if valid or not request.GET else 400,
    )


@login_required
def page_create(request):
    _require_editor(request.user)
    form = PageSettingsForm(request.POST or None)
    if request.method != "POST":
        return render(request, "knowledge/editor/page_form.html", {"form": form})
    if not form.is_valid():
        return render(request, "knowledge/editor/page_form.html", {"form": form}, status=400)
    try:
        page = services.create_page(**form.cleaned_data)
    except ValidationError as error:  # another editor took the address a moment ago
        form.add_error("slug", error)
        return render(request, "knowledge/editor/page_form.html", {"form": form}, status=400)
    messages.success(request, _("Page created. Write its text in its source language now."))
    return redirect("knowledge-editor-language", page.slug, page.source_language)


@login_required
def page_settings(request, slug: str):
    """A page's settings, and its languages with their states."""
    _require_editor(request.user)
    page = _page_or_404(slug)
    form = PageSettingsForm(request.POST or None, instance=page)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.change_page(page=page, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("audience" if error.code == "audience" else None, error)
        else:
            messages.success(request, _("Page settings saved."))
            return redirect("knowledge-editor-page", page.slug)
    if request.method == "POST":
        status = 400
        page.refresh_from_db()  # the form wrote its unsaved values onto the instance
    return render(
        request,
        "knowledge/editor/page.html",
        {
            "page": page,
            "form": form,
            "cells": _cells(page),
            "feedback": selectors.feedback_summary(Page.objects.filter(pk=page.pk), comments=5)[0],
        },
        status=status,
    )


def _initial(page: Page, language: str, newest: PageVersion | None) -> dict:
    """The newest saved text, else the published one (pages loaded without a history)."""
    if newest is not None:
        return {"title": newest.title, "summary": newest.summary, "body": newest.body}
    return {
        field: getattr(page, f"{field}_{language}", "") or ""
        for field in ("title", "summary", "body")
    }


def _text_lines(title: str, summary: str, body: str) -> list[str]:
    return [f"# {title}", *([summary] if summary else []), "", *(body or "").splitlines()]


def _source_changes(page: Page, state: PageLanguage | None) -> list[tuple[str, str]] | None:
    """What changed in the source-language text since this translation was published, as
    (kind, line) pairs for a line diff; None when the history cannot tell."""
    if state is None or not state.out_of_date:
        return None
    then = selectors.source_text_when_published(page, state)
    if then is None:
        return None
    source = page.source_language
    now = _text_lines(
        getattr(page, f"title_{source}", "") or "",
        getattr(page, f"summary_{source}", "") or "",
        getattr(page, f"body_{source}", "") or "",
    )
    diff = difflib.unified_diff(_text_lines(then.title, then.summary, then.body), now, n=2)
    changes = []
    for line in diff:
        if line.startswith(("---", "+++")):
            continue
        kind = {"+": "added", "-": "removed", "@": "where"}.get(line[:1], "same")
        changes.append((kind, line.rstrip("\n")))
    return changes


def _language_screen(request, page: Page, language: str, form: TextForm, *, status=200, **extra):
    state = PageLanguage.objects.filter(page=page, language=language).first()
    newest = selectors.history(page, language).first()
    source = page.source_language
    translating = language != source
    context = {
        "page": page,
        "language": translation.get_language_info(language),
        "source": translation.get_language_info(source),
        "state": state,
        "newest": newest,
        "form": form,
        "translating": translating,
        "source_title": getattr(page, f"title_{source}", "") if translating else "",
        "source_summary": getattr(page, f"summary_{source}", "") if translating else "",
        "source_body": render_markdown(getattr(page, f"body_{source}", "")) if translating else "",
        "out_of_date": bool(state and state.out_of_date),
        "changes": _source_changes(page, state) if translating else None,
        "in_review": bool(state and state.state == State.REVIEW and newest),
        "own_text": bool(newest and newest.author_id == request.user.pk),
        "preview": render_markdown(newest.body) if newest else "",
        "published": bool(getattr(page, f"title_{language}", "")),
        **extra,
    }
    return render(request, "knowledge/editor/language.html", context, status=status)


@login_required
def language_edit(request, slug: str, language: str):
    """One language of a page: its newest text to edit, the source text beside a
    translation, and the workflow's buttons."""
    _require_editor(request.user)
    language = _language_or_404(language)
    page = _page_or_404(slug)
    newest = selectors.history(page, language).first()
    form = TextForm(
        request.POST or None, language=language, initial=_initial(page, language, newest)
    )
    if request.method != "POST":
        return _language_screen(request, page, language, form)
    if form.is_valid():
        sending = request.POST.get("action") == "review"
        verb = services.send_for_review if sending else services.save_draft
        try:
            verb(page=page, language=language, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if sending:
                messages.success(request, _("Sent for review. Another editor must publish it."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect("knowledge-editor-language", page.slug, language)
    return _language_screen(request, page, language, form, status=400)


@login_required
def language_publish(request, slug: str, language: str):
    """Publish the text in review. Its author cannot: the service refuses, and the
    screen says so."""
    _require_editor(request.user)
    language = _language_or_404(language)
    page = _page_or_404(slug)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    chosen = VersionForm(request.POST, versions=selectors.history(page, language))
    if not chosen.is_valid():
        raise Http404
    try:
        services.publish(version=chosen.cleaned_data["version"], reviewer=request.user)
    except ValidationError as error:
        page.refresh_from_db()
        newest = selectors.history(page, language).first()
        form = TextForm(language=language, initial=_initial(page, language, newest))
        return _language_screen(
            request, page, language, form, status=400, publish_errors=error.messages
        )
    messages.success(request, _("Published. Readers see the new text now."))
    return redirect("knowledge-editor-language", page.slug, language)


@login_required
def history(request, slug: str, language: str):
    """One language's versions, newest first."""
    _require_editor(request.user)
    language = _language_or_404(language)
    page = _page_or_404(slug)
    versions = Paginator(selectors.history(page, language), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "knowledge/editor/history.html",
        {"page": page, "language": translation.get_language_info(language), "versions": versions},
    )


def _version_or_404(page: Page, language: str, pk: int) -> PageVersion:
    return get_object_or_404(selectors.history(page, language), pk=pk)


@login_required
def version_detail(request, slug: str, language: str, pk: int):
    _require_editor(request.user)
    language = _language_or_404(language)
    page = _page_or_404(slug)
    version = _version_or_404(page, language, pk)
    return render(
        request,
        "knowledge/editor/version.html",
        {
            "page": page,
            "language": translation.get_language_info(language),
            "version": version,
            "body": render_markdown(version.body),
        },
    )


@login_required
def version_restore(request, slug: str, language: str, pk: int):
    """Bring an earlier text back as a new draft."""
    _require_editor(request.user)
    language = _language_or_404(language)
    page = _page_or_404(slug)
    version = _version_or_404(page, language, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.restore(version=version, by=request.user)
    messages.success(
        request,
        _("The text of %(saved_at)s is back as a new draft. Send it for review to publish it.")
        % {"saved_at": _local(version.created_at)},
    )
    return redirect(reverse("knowledge-editor-language", args=[page.slug, language]))


def _local(moment) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")
