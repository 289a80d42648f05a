from datetime import UTC, datetime, time, timedelta

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import access, audit, selectors
from ..models import AuditAction, Role


class AuditFilterForm(forms.Form):
    user = forms.ModelChoiceField(label=_("User"), queryset=None, required=False)
    client = forms.RegexField(
        label=_("Client number"),
        regex=r"^\s*(C-)?\d{1,12}\s*$",
        required=False,
        error_messages={"invalid": _("Enter a client number such as C-000123.")},
    )
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    before = forms.RegexField(regex=r"^\d+\.\d+:\d+$", required=False, widget=forms.HiddenInput)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = access.users_for(viewer).order_by("username")

    def clean_client(self):
        value = self.cleaned_data["client"].strip().upper().removeprefix("C-")
        return int(value) if value else None

    def clean_before(self):
        value = self.cleaned_data["before"]
        if not value:
            return None
        stamp, pk = value.split(":")
        try:
            return datetime.fromtimestamp(float(stamp), tz=UTC), int(pk)
        except (OverflowError, ValueError, OSError):
            message = _("This page link is broken. Start from the first page.")
            raise forms.ValidationError(message) from None


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min)) if day else None


@login_required
def audit_log(request):
    access.require_role(request.user, Role.COORDINATOR, Role.ADMIN)
    form = AuditFilterForm(request.GET or None, viewer=request.user)
    events, next_cursor = [], None
    if not form.is_bound or form.is_valid():
        data = form.cleaned_data if form.is_bound else {}
        until = data.get("until")
        rows = selectors.audit_page(
            user=request.user,
            actor_id=data["user"].pk if data.get("user") else None,
            client_id=data.get("client"),
            since=_day_start(data.get("since")),
            until=_day_start(until + timedelta(days=1)) if until else None,
            before=data.get("before"),
        )
        events = rows[: selectors.AUDIT_PAGE_SIZE]
        if len(rows) > selectors.AUDIT_PAGE_SIZE:
            last = events[-1]
            next_cursor = f"{last.occurred_at.timestamp():.6f}:{last.pk}"
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"page": "audit_log", "client": data.get("client")},
        )
    query = request.GET.copy()
    query.pop("before", None)
    return render(
        request,
        "counselling/audit_log.html",
        {
            "form": form,
            "events": events,
            "next_cursor": next_cursor,
            "query": query.urlencode(),
        },
    )
