"""The funder report: numbers only, small ones hidden, for a period and the
coordinator's offices; and its files, made in the background."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from counselling import access, audit
from counselling.models import AuditAction

from . import files, funders
from .filters import FunderFilterForm
from .funder_exports import KINDS
from .views import REPORT_ROLES

PARTICIPANTS = "participants-csv"
FORMATS = [
    ("csv", _("Make a CSV file")),
    ("xlsx", _("Make an XLSX file")),
    (PARTICIPANTS, _("Make a file of participants under pseudonymous ids")),
]


def _params(form: FunderFilterForm) -> dict:
    """The validated filters as the file's parameters: dates and an office id."""
    data = form.cleaned_data
    return {
        "from": data["from"].isoformat(),
        "to": data["to"].isoformat(),
        "office": data["office"].pk if data.get("office") else None,
    }


def _formats() -> list[tuple[str, str]]:
    """The files on offer: the participants' one only with a key for their ids."""
    return [(fmt, label) for fmt, label in FORMATS if fmt != PARTICIPANTS or settings.PSEUDONYM_KEY]


def _context(request, form: FunderFilterForm) -> dict:
    return {
        "form": form,
        "formats": _formats(),
        "files": files.mine(request.user, list(KINDS)),
        "file_days": settings.REPORT_FILE_DAYS,
    }


@login_required
def funder_report(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = FunderFilterForm(request.GET, user=request.user)
    context = _context(request, form)
    if not form.is_valid():
        return render(request, "reports/funders.html", context, status=400)
    numbers = funders.funder_numbers(user=request.user, scope=form.scope())
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "funders", **_params(form)},
    )
    context.update(
        numbers=numbers,
        tables=funders.funder_tables(numbers),
        params=_params(form),
        suppression_note=funders.suppression_note(),
    )
    return render(request, "reports/funders.html", context)


@login_required
def funder_file(request, fmt: str):
    """Start the report as a CSV or XLSX file and watch it being made."""
    access.require_role(request.user, *REPORT_ROLES)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    kind = f"funder.{fmt}"
    if kind not in KINDS or fmt not in dict(_formats()):
        raise Http404
    form = FunderFilterForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "reports/funders.html", _context(request, form), status=400)
    row = files.start(user=request.user, kind=kind, params=_params(form))
    return redirect(row)
