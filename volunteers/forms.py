from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from counselling.models import Office

from .models import DEFAULT_SHARED, SHARED_FIELDS, Match, SupportKind, Volunteer
from .services import ROSTER_FIELDS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3, "dir": "auto"})


class VolunteerForm(forms.ModelForm):
    """The roster entry. Offices are the coordinator's own; the rest is the model's."""

    offices = forms.ModelMultipleChoiceField(
        label=_("Offices"), queryset=Office.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    kinds = forms.MultipleChoiceField(
        label=_("Kinds of support"),
        choices=SupportKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=CLIENT_LANGUAGES,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    skills = SimpleArrayField(
        forms.CharField(max_length=60),
        label=_("Skills"),
        required=False,
        help_text=_("Short tags separated by commas, e.g. CV writing, driving, IT."),
    )
    places = SimpleArrayField(
        forms.CharField(max_length=100),
        label=_("Places"),
        required=False,
        help_text=_("Municipalities or districts, separated by commas."),
    )

    class Meta:
        model = Volunteer
        fields = ROSTER_FIELDS
        widgets = {
            "availability": TEXT,
            "training": TEXT,
            "background_checked_on": DATE,
            "background_check_expires_on": DATE,
            "trained_on": DATE,
            "agreement_signed_on": DATE,
        }

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offices"].queryset = offices
        if self.instance.pk:
            self.initial["offices"] = list(
                self.instance.offices.filter(pk__in=offices).values_list("pk", flat=True)
            )

    def clean(self):
        data = super().clean()
        done, expires = data.get("background_checked_on"), data.get("background_check_expires_on")
        if done and expires and expires < done:
            self.add_error(
                "background_check_expires_on",
                _("The check cannot expire before it was done."),
            )
        if bool(done) != bool(expires):
            self.add_error(
                "background_check_expires_on",
                _("Give both the date of the check and the date it expires, or neither."),
            )
        return data


class RosterFilterForm(forms.Form):
    text = forms.CharField(label=_("Name or skill"), required=False, max_length=100)
    office = forms.ModelChoiceField(
        label=_("Office"), queryset=Office.objects.none(), required=False, empty_label=_("All")
    )
    kind = forms.ChoiceField(
        label=_("Kind of support"), choices=[("", _("All")), *SupportKind.choices], required=False
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("All")), *CLIENT_LANGUAGES], required=False
    )
    show = forms.ChoiceField(
        label=_("Show"),
        choices=[("active", _("Active")), ("inactive", _("Not active")), ("all", _("All"))],
        required=False,
    )

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices


class SuggestForm(forms.Form):
    """Which kind of support, from which office: the suggestions' question."""

    kind = forms.ChoiceField(label=_("Kind of support"), choices=SupportKind.choices)
    office = forms.ModelChoiceField(label=_("Office"), queryset=Office.objects.none())

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices


class VolunteerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, volunteer):
        return str(volunteer)


class MatchForm(forms.Form):
    """A new match. The rules that need the database (a valid background check, no
    overlap) are the service's: the view calls services.make_match."""

    volunteer = VolunteerChoiceField(label=_("Volunteer"), queryset=Volunteer.objects.none())
    office = forms.ModelChoiceField(label=_("Office"), queryset=Office.objects.none())
    kind = forms.ChoiceField(label=_("Kind of support"), choices=SupportKind.choices)
    starts_on = forms.DateField(label=_("Start"), widget=DATE)
    planned_end_on = forms.DateField(label=_("Planned end"), widget=DATE, required=False)
    shared_fields = forms.MultipleChoiceField(
        label=_("Shared with the volunteer"),
        choices=list(SHARED_FIELDS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The volunteer sees these details of the client and nothing else."),
    )
    needs = forms.CharField(
        label=_("Needs summary"),
        max_length=2000,
        required=False,
        widget=TEXT,
        help_text=_("Written for the volunteer; shown only if you share it."),
    )

    def __init__(self, *args, volunteers, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["volunteer"].queryset = volunteers
        self.fields["office"].queryset = offices
        self.fields["starts_on"].initial = timezone.localdate
        self.fields["shared_fields"].initial = DEFAULT_SHARED

    def clean(self):
        data = super().clean()
        start, end = data.get("starts_on"), data.get("planned_end_on")
        if start and end and end < start:
            self.add_error("planned_end_on", _("The planned end cannot be before the start."))
        return data


class CheckInForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=DATE, initial=timezone.localdate)
    note = forms.CharField(label=_("Note"), max_length=4000, required=False, widget=TEXT)
    next_on = forms.DateField(label=_("Next check-in"), widget=DATE, required=False)


class EndMatchForm(forms.Form):
    ended_on = forms.DateField(label=_("Ended on"), widget=DATE, initial=timezone.localdate)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Match.Outcome.choices)
    outcome_note = forms.CharField(
        label=_("Outcome note"), max_length=4000, required=False, widget=TEXT
    )
