"""The dashboards' filters. They travel in the query string, so a view can be bookmarked
and shared: they name offices and staff by id, never a client."""

import calendar
from datetime import date, timedelta

from django import forms
from django.db.models import QuerySet
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from channels.models import InquiryChannel
from clients.languages import CLIENT_LANGUAGES
from clients.models import Segment, Topic
from counselling.access import offices_for
from counselling.models import Channel, Office, Programme, User

from .selectors import Period, Scope

# Longer periods are a funder report's job, not a dashboard's (and would make one
# request scan years of sessions).
MAX_PERIOD_DAYS = 2 * 366
# Dates a period may name: far enough back for any record, and never so far that a day's
# bounds overflow Python's dates.
FIRST_DATE, LAST_DATE = date(1990, 1, 1), date(2999, 12, 31)


class QuickSelect(forms.Select):
    """A select whose options are written in Python. A coordinator of many offices is
    offered hundreds of people, and Django's template per option cost more than the
    dashboard's numbers."""

    def render(self, name, value, attrs=None, renderer=None):
        final = {**self.build_attrs(self.attrs, attrs), "name": name}
        options = [
            (option["value"], " selected" if option["selected"] else "", option["label"])
            for _group, choices, _index in self.optgroups(name, self.format_value(value), final)
            for option in choices
        ]
        return format_html(
            "<select{}>{}</select>",
            flatatt(final),
            format_html_join("", '<option value="{}"{}>{}</option>', options),
        )


def this_month(today: date) -> Period:
    last = calendar.monthrange(today.year, today.month)[1]
    return Period(first=today.replace(day=1), last=today.replace(day=last))


def staff_of(offices: QuerySet[Office]) -> QuerySet[User]:
    """Whom a coordinator may pick: anyone working (or who worked) in their offices."""
    return (
        User.objects.filter(offices__in=offices)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class CaseloadFilterForm(forms.Form):
    """Period, office and counsellor. Always bound: an empty query string is this month,
    all the viewer's offices, everyone."""

    office = forms.ModelChoiceField(
        label=_("Office"),
        required=False,
        queryset=None,
        empty_label=_("All my offices"),
        widget=QuickSelect,
    )
    counsellor = StaffChoiceField(
        label=_("Counsellor"),
        required=False,
        queryset=None,
        empty_label=_("Everyone"),
        widget=QuickSelect,
    )
    max_days = MAX_PERIOD_DAYS

    def __init__(self, data, *, user: User, **kwargs):
        default = this_month(timezone.localdate())
        data = data.copy()
        for name, value in (("from", default.first), ("to", default.last)):
            if not data.get(name):
                data[name] = value.isoformat()
        super().__init__(data, **kwargs)
        self.user = user
        # "from" is a Python keyword, so these two fields cannot be declared on the class.
        date_input = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields = {
            "from": forms.DateField(label=_("From"), widget=date_input),
            "to": forms.DateField(label=_("To"), widget=date_input),
            **self.fields,
        }
        offices = offices_for(user).order_by("name")
        self.fields["office"].queryset = offices
        self.fields["counsellor"].queryset = staff_of(offices_for(user))

    def _clean_date(self, name: str) -> date:
        value = self.cleaned_data[name]
        if not FIRST_DATE <= value <= LAST_DATE:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                params={"first": FIRST_DATE.isoformat(), "last": LAST_DATE.isoformat()},
            )
        return value

    def clean_from(self):
        return self._clean_date("from")

    def clean_to(self):
        return self._clean_date("to")

    def clean(self):
        data = super().clean()
        first, last = data.get("from"), data.get("to")
        if first is None or last is None:
            return data
        if last < first:
            raise forms.ValidationError(_("The period ends before it starts."))
        if (last - first) + timedelta(days=1) > timedelta(days=self.max_days):
            raise forms.ValidationError(
                _("A period can be at most %(days)s days long."),
                params={"days": self.max_days},
            )
        return data

    def scope(self) -> Scope:
        """The validated filters, for the selectors (call after is_valid())."""
        data = self.cleaned_data
        return Scope(
            period=Period(first=data["from"], last=data["to"]),
            office=data.get("office"),
            counsellor=data.get("counsellor"),
            unassigned=False,
        )


# Where a contact came in: the intake channels, and outreach (sessions logged at an
# outreach event; the events themselves come with the programmes issue).
CONTACT_CHANNELS = [*InquiryChannel.choices, (Channel.OUTREACH.value, Channel.OUTREACH.label)]


class ServiceFilterForm(CaseloadFilterForm):
    """The caseload filters and what the contacts were about: channel, client segment,
    level-1 topic and language. An unknown value is a 400 with the field's message."""

    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("All"))] + CONTACT_CHANNELS,
        widget=QuickSelect,
    )
    segment = forms.ChoiceField(
        label=_("Client segment"),
        required=False,
        choices=[("", _("All"))] + Segment.choices,
        widget=QuickSelect,
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.none(),
        empty_label=_("All"),
        widget=QuickSelect,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All"))] + CLIENT_LANGUAGES,
        widget=QuickSelect,
    )

    def __init__(self, data, *, user: User, **kwargs):
        super().__init__(data, user=user, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(parent__isnull=True)

    def scope(self) -> Scope:
        scope = super().scope()
        data = self.cleaned_data
        scope.channel = data["channel"]
        scope.segment = data["segment"]
        scope.topic = data["topic"]
        scope.language = data["language"]
        return scope


class FunderFilterForm(CaseloadFilterForm):
    """Period and office. A funder reports on a project's years, not a dashboard's months."""

    max_days = 3 * 366

    def __init__(self, data, *, user: User, **kwargs):
        super().__init__(data, user=user, **kwargs)
        del self.fields["counsellor"]


class SatisfactionFilterForm(ServiceFilterForm):
    """The service filters but the counsellor: answers are never shown per counsellor."""

    def __init__(self, data, *, user: User, **kwargs):
        super().__init__(data, user=user, **kwargs)
        del self.fields["counsellor"]


class CaseListFilterForm(CaseloadFilterForm):
    """The list behind a number: the dashboard's filters, which number, and (for the
    rows of work nobody owns) `unassigned`."""

    kind = forms.ChoiceField(
        label=_("Which cases"),
        choices=[("open", _("Open cases")), ("new", _("New cases in the period"))],
    )
    programme = forms.ChoiceField(
        label=_("Programme"), required=False, choices=[("", _("All"))] + Programme.choices
    )
    unassigned = forms.BooleanField(required=False)

    def scope(self) -> Scope:
        scope = super().scope()
        scope.unassigned = self.cleaned_data["unassigned"]
        return scope


class SessionListFilterForm(CaseloadFilterForm):
    pass


class FollowUpListFilterForm(CaseloadFilterForm):
    kind = forms.ChoiceField(
        label=_("Which follow-ups"),
        choices=[("due", _("Due in the period")), ("overdue", _("Overdue"))],
    )


class InquiryListFilterForm(CaseloadFilterForm):
    unassigned = forms.BooleanField(required=False)

    def scope(self) -> Scope:
        scope = super().scope()
        scope.unassigned = self.cleaned_data["unassigned"]
        return scope
