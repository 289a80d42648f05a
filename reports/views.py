"""Coordinators' dashboards. The numbers are aggregates; the lists behind them show
client data, so each list page is audited like any other list of clients."""

import functools

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from counselling import access, audit
from counselling.models import AuditAction, Programme, Role

from . import exports, selectors
from .filters import (
    CaseListFilterForm,
    CaseloadFilterForm,
    FollowUpListFilterForm,
    InquiryListFilterForm,
    SessionListFilterForm,
)
from .selectors import Caseload, Row, Scope

REPORT_ROLES = (Role.COORDINATOR, Role.ADMIN)
LIST_PAGE_SIZE = 50


@login_required
def caseload(request):
    """Per office and per counsellor: the caseload in numbers, each a link to its list."""
    access.require_role(request.user, *REPORT_ROLES)
    form = CaseloadFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return render(request, "reports/caseload.html", {"form": form}, status=400)
    scope = form.scope()
    numbers = selectors.caseload(user=request.user, scope=scope)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "caseload", "office": scope.office.pk if scope.office else None},
    )
    context = {
        "form": form,
        "caseload": _link_numbers(numbers, scope),
        "scope": scope,
        "programmes": Programme.choices,
        "filters": request.GET.urlencode(),
    }
    return render(request, "reports/caseload.html", context)


@login_required
def caseload_export(request, table: str, fmt: str):
    """One caseload table, with the dashboard's filters, as CSV or XLSX."""
    access.require_role(request.user, *REPORT_ROLES)
    if table not in exports.TABLES or fmt not in exports.FORMATS:
        raise Http404
    form = CaseloadFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return render(request, "reports/caseload.html", {"form": form}, status=400)
    scope = form.scope()
    numbers = selectors.caseload(user=request.user, scope=scope)
    headings, rows = exports.caseload_table(numbers, table)
    audit.record(
        actor=request.user,
        action=AuditAction.EXPORT,
        request=request,
        detail={"page": "caseload", "table": table, "format": fmt, **scope_detail(scope)},
    )
    name = f"caseload-{table}-{scope.period.first:%Y%m%d}-{scope.period.last:%Y%m%d}"
    return exports.download(headings, rows, title=headings[0], fmt=fmt, name=name)


def scope_detail(scope: Scope) -> dict:
    """The filters as the audit log keeps them: ids and codes, never a name."""
    return {
        "from": scope.period.first.isoformat(),
        "to": scope.period.last.isoformat(),
        "office": scope.office.pk if scope.office else None,
        "counsellor": scope.counsellor.pk if scope.counsellor else None,
        "channel": scope.channel,
        "segment": scope.segment,
        "topic": scope.topic.code if scope.topic else "",
        "language": scope.language,
    }


def _link_numbers(numbers: Caseload, scope: Scope) -> Caseload:
    """Give each row the addresses of the lists behind its numbers."""
    period = {"from": scope.period.first.isoformat(), "to": scope.period.last.isoformat()}
    for row in numbers.offices:
        assert row.key is not None
        who = {"counsellor": scope.counsellor.pk} if scope.counsellor else {}
        _links(row, {**period, "office": row.key.pk, **who})
        if not scope.counsellor:
            # The inbox already lists an office's open inquiries, and is where they get worked.
            row.links["open_inquiries"] = _url("inbox", office=row.key.pk)
    for row in numbers.counsellors:
        where = {"office": scope.office.pk} if scope.office else {}
        if row.key is None:
            _links(row, {**period, **where, "unassigned": "1"})
            row.links["open_inquiries"] = _url("inbox", assignee="none", **where)
        elif row.linkable:
            _links(row, {**period, **where, "counsellor": row.key.pk})
    return numbers


def _links(row: Row, query: dict) -> None:
    # Each list's address is looked up once and the row's query encoded once: a
    # coordinator of many offices has hundreds of rows of a dozen links each.
    cases, sessions, follow_ups, inquiries = (
        _path(name)
        for name in (
            "reports-caseload-cases",
            "reports-caseload-sessions",
            "reports-caseload-follow-ups",
            "reports-caseload-inquiries",
        )
    )
    here = urlencode(query)
    row.links |= {
        "open_cases": f"{cases}?{here}&kind=open",
        "new_cases": f"{cases}?{here}&kind=new",
        "sessions": f"{sessions}?{here}",
        "follow_ups_due": f"{follow_ups}?{here}&kind=due",
        "follow_ups_overdue": f"{follow_ups}?{here}&kind=overdue",
        "open_inquiries": f"{inquiries}?{here}",
    }
    for programme in row.programmes:
        row.links[f"programme_{programme}"] = (
            f"{cases}?{here}&{urlencode({'kind': 'open', 'programme': programme})}"
        )


@functools.cache
def _path(name: str) -> str:
    return reverse(name)


def _url(name: str, **query) -> str:
    return f"{reverse(name)}?{urlencode(query)}"


def _page(request, rows):
    return Paginator(rows, LIST_PAGE_SIZE).get_page(request.GET.get("page"))


def _render_list(request, template: str, form, page, *, list_name: str, clients: list, **extra):
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": list_name, "ids": [row.pk for row in page], "clients": clients},
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "back": _back(form), **extra}
    return render(request, template, context)


def _back(form) -> str:
    """The dashboard with the same period, office and counsellor."""
    data = form.cleaned_data
    query = {"from": data["from"].isoformat(), "to": data["to"].isoformat()}
    if data.get("office"):
        query["office"] = data["office"].pk
    if data.get("counsellor"):
        query["counsellor"] = data["counsellor"].pk
    return _url("reports-caseload", **query)


def _refuse(request, form):
    return render(request, "reports/list_problem.html", {"form": form}, status=400)


@login_required
def case_list(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = CaseListFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    data = form.cleaned_data
    rows = selectors.case_list(
        user=request.user, scope=form.scope(), kind=data["kind"], programme=data["programme"]
    )
    page = _page(request, rows)
    clients = sorted({case.client_id for case in page if case.client_id})
    programme = data["programme"]
    return _render_list(
        request,
        "reports/case_list.html",
        form,
        page,
        list_name="caseload_cases",
        clients=clients,
        programme=Programme(programme).label if programme else "",
    )


@login_required
def session_list(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = SessionListFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    page = _page(request, selectors.session_list(user=request.user, scope=form.scope()))
    clients = sorted({session.client_id for session in page})
    return _render_list(
        request,
        "reports/session_list.html",
        form,
        page,
        list_name="caseload_sessions",
        clients=clients,
    )


@login_required
def follow_up_list(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = FollowUpListFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    rows = selectors.follow_up_list(
        user=request.user, scope=form.scope(), kind=form.cleaned_data["kind"]
    )
    page = _page(request, rows)
    clients = sorted({follow_up.client_id for follow_up in page})
    return _render_list(
        request,
        "reports/follow_up_list.html",
        form,
        page,
        list_name="caseload_follow_ups",
        clients=clients,
    )


@login_required
def inquiry_list(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = InquiryListFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    page = _page(request, selectors.inquiry_list(user=request.user, scope=form.scope()))
    clients = sorted({inquiry.client_id for inquiry in page if inquiry.client_id})
    return _render_list(
        request,
        "reports/inquiry_list.html",
        form,
        page,
        list_name="caseload_inquiries",
        clients=clients,
    )
