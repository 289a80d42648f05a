from django import forms
from django.core.validators import MinValueValidator
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from clients.models import Topic
from counselling.access import caseworkers
from volunteers.models import Volunteer

from .models import ActivitySeries, Attendance, Meeting

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SeriesForm(forms.ModelForm):
    """A series. Rules that need the database (places already taken, meetings outside new
    dates) are the service's: the view adds its errors to this form."""

    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.none(), required=False, to_field_name="code"
    )
    video_link = forms.URLField(label=_("Video link"), required=False, assume_scheme="https")

    class Meta:
        model = ActivitySeries
        fields = [
            "kind", "title", "topic", "languages", "office", "place", "video_link",
            "facilitator", "facilitator_volunteer", "facilitator_name", "capacity",
            "starts_on", "ends_on", "description",
        ]  # fmt: skip
        widgets = {
            "languages": forms.SelectMultiple(attrs={"size": 6}),
            "starts_on": DATE,
            "ends_on": DATE,
            "description": forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
            "title": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        self.fields["topic"].queryset = Topic.objects.select_related("parent").order_by("position")
        self.fields["facilitator"].queryset = caseworkers(offices.values("pk"))
        # Active volunteers of the user's offices (the service checks the series' own
        # office); a series keeps the volunteer it has even once they leave the roster.
        volunteers = Volunteer.objects.filter(active=True, offices__in=offices.values("pk"))
        if self.instance.facilitator_volunteer_id:
            volunteers = volunteers | Volunteer.objects.filter(
                pk=self.instance.facilitator_volunteer_id
            )
        self.fields["facilitator_volunteer"].queryset = volunteers.distinct()
        self.fields["capacity"].validators.append(MinValueValidator(1))
        self.fields["capacity"].widget.attrs["min"] = 1

    def clean(self):
        data = super().clean()
        first, last = data.get("starts_on"), data.get("ends_on")
        if first and last and last < first:
            self.add_error("ends_on", _("The last day cannot be before the first day."))
        return data


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "starts_at", "ends_at", "place", "interpreter_language", "interpreter_mode",
            "interpreter_name", "cancelled",
        ]  # fmt: skip
        widgets = {"starts_at": DATETIME, "ends_at": DATETIME}

    def clean(self):
        data = super().clean()
        if data.get("interpreter_language") and not data.get("interpreter_mode"):
            self.add_error("interpreter_mode", _("Say how the interpreter works."))
        return data


class SeriesChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, series):
        first, last = (
            date_format(day, "SHORT_DATE_FORMAT") for day in (series.starts_on, series.ends_on)
        )
        return f"{series.title} ({series.office.name}, {first}–{last})"


class SignUpForm(forms.Form):
    """Sign a client up for one of the activities still open in the user's offices."""

    series = SeriesChoiceField(label=_("Activity"), queryset=ActivitySeries.objects.none())

    def __init__(self, *args, series, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = series.select_related("office")


class AttendanceForm(forms.Form):
    """One choice per confirmed participant (field `mark_<sign-up id>`), and the count of
    anonymous participants."""

    anonymous_count = forms.IntegerField(
        label=_("Anonymous participants"), min_value=0, max_value=1000, initial=0
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.participants = []
        for entry, mark in participants:
            name = f"mark_{entry.pk}"
            self.fields[name] = forms.ChoiceField(
                label=str(entry.client),
                choices=Attendance.Status.choices,
                required=False,
                initial=mark,
                widget=forms.RadioSelect,
            )
            self.participants.append((entry, self[name]))

    def marks(self) -> dict[int, str]:
        return {
            entry.pk: self.cleaned_data[f"mark_{entry.pk}"]
            for entry, _field in self.participants
            if self.cleaned_data.get(f"mark_{entry.pk}")
        }
