"""Handing a counsellor's work to a colleague, one item or the whole caseload at once.

Coordinators (and administrators) only, within their offices. The page lists the
chosen person's open cases and inquiries, all ticked; the coordinator unticks what
stays, names the new owner and the reason, and reports.services.reassign_work moves
the rest in one step.

"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from channels import selectors as channel_selectors
from channels.models import Inquiry
from counselling import access, audit
from counselling import selectors as counselling_selectors
from counselling.forms import staff_name
from counselling.models import AuditAction, Case, User

from . import services

TEMPLATE = "reports/reassign.html"


def _case_label(case: Case) -> str:
    whose = case.client or case.household
    return _("%(reference)s · %(whose)s · %(office)s · opened %(date)s") % {
        "reference": case.reference,
        "whose": whose,
        "office": case.office,
        "date": date_format(case.opened_on, "SHORT_DATE_FORMAT"),
    }


def _inquiry_label(inquiry: Inquiry) -> str:
    return _("%(reference)s · %(topic)s · %(office)s · received %(date)s") % {
        "reference": inquiry.reference,
        "topic": inquiry.topic or _("no topic"),
        "office": inquiry.office,
        "date": date_format(timezone.localtime(inquiry.created_at), "SHORT_DATE_FORMAT"),
    }


class ChooseForm(forms.Form):
    """Whose work: in the query string (a staff member's id, no client data)."""

    from_user = forms.ModelChoiceField(
        label=_lazy("Whose work"),
        queryset=User.objects.none(),
        error_messages={"invalid_choice": _lazy("Choose a person from the list.")},
    )

    def __init__(self, *args, by: User, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["from_user"]
        with_inquiries = channel_selectors.open_inquiry_assignees(user=by)
        field.queryset = counselling_selectors.people_with_work(user=by, also=with_inquiries)
        field.label_from_instance = staff_name  # type: ignore[attr-defined]


class ReassignForm(forms.Form):
    cases = forms.ModelMultipleChoiceField(
        label=_lazy("Open cases"),
        queryset=Case.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    inquiries = forms.ModelMultipleChoiceField(
        label=_lazy("Open inquiries"),
        queryset=Inquiry.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    to_user = forms.ModelChoiceField(label=_lazy("Hand over to"), queryset=User.objects.none())
    reason = forms.CharField(
        label=_lazy("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_lazy("Kept on every case moved and sent to the new owner."),
    )

    def __init__(self, *args, by: User, from_user: User, **kwargs):
        super().__init__(*args, **kwargs)
        cases = self.fields["cases"]
        cases.queryset = counselling_selectors.open_cases_owned_by(user=by, owner=from_user)
        cases.label_from_instance = _case_label  # type: ignore[attr-defined]
        inquiries = self.fields["inquiries"]
        inquiries.queryset = channel_selectors.open_inquiries_assigned_to(
            user=by, assignee=from_user
        )
        inquiries.label_from_instance = _inquiry_label  # type: ignore[attr-defined]
        to_user = self.fields["to_user"]
        to_user.queryset = access.caseworkers(access.offices_for(by)).exclude(pk=from_user.pk)
        to_user.label_from_instance = staff_name  # type: ignore[attr-defined]

    def clean(self):
        data = super().clean()
        if not data.get("cases") and not data.get("inquiries") and not self.errors:
            raise ValidationError(_("Choose at least one case or inquiry."), code="empty")
        return data


def _audit_read(request, form: ReassignForm) -> None:
    """The lists name clients: showing them is a read of their cases and inquiries."""
    cases = list(form.fields["cases"].queryset)
    inquiries = list(form.fields["inquiries"].queryset)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={
            "page": "reassign",
            "cases": [case.pk for case in cases],
            "inquiries": [inquiry.pk for inquiry in inquiries],
            "clients": sorted({case.client_id for case in cases if case.client_id}),
        },
    )
    # The lists were read once; the form renders them from these rows.
    form.fields["cases"].choices = [(case.pk, _case_label(case)) for case in cases]
    form.fields["inquiries"].choices = [(i.pk, _inquiry_label(i)) for i in inquiries]
    form.initial.update(
        cases=[case.pk for case in cases], inquiries=[inquiry.pk for inquiry in inquiries]
    )


@login_required
def reassign(request):
    """GET ?from_user=<id>: that person's open work, all ticked. POST: move it."""
    access.require_role(request.user, *access.REASSIGN_ROLES)
    data = request.POST if request.method == "POST" else request.GET
    choose = ChooseForm(data if "from_user" in data else None, by=request.user)
    context: dict = {"choose": choose, "form": None}
    if not choose.is_bound:
        return render(request, TEMPLATE, context)
    if not choose.is_valid():
        return render(request, TEMPLATE, context, status=400)
    from_user = choose.cleaned_data["from_user"]
    context["from_user"] = from_user
    if request.method != "POST":
        form = ReassignForm(by=request.user, from_user=from_user)
        _audit_read(request, form)
        context["form"] = form
        return render(request, TEMPLATE, context)
    form = ReassignForm(request.POST, by=request.user, from_user=from_user)
    context["form"] = form
    if form.is_valid():
        try:
            moved = services.reassign_work(
                by=request.user,
                from_user=from_user,
                to_user=form.cleaned_data["to_user"],
                reason=form.cleaned_data["reason"],
                cases=form.cleaned_data["cases"],
                inquiries=form.cleaned_data["inquiries"],
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
    if not form.is_valid():
        _audit_read(request, form)
        return render(request, TEMPLATE, context, status=400)
    messages.success(
        request,
        _("Handed over to %(name)s: cases %(cases)s, inquiries %(inquiries)s.")
        % {
            "name": staff_name(form.cleaned_data["to_user"]),
            "cases": len(moved.handovers),
            "inquiries": len(moved.inquiries),
        },
    )
    return redirect(reverse("reassign") + f"?from_user={from_user.pk}")
