from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import PlanGoal

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.username


class EnrolForm(forms.Form):
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=None)
    office = forms.ModelChoiceField(label=_("Office"), queryset=None)
    responsible = PersonChoiceField(label=_("Responsible"), queryset=None)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, programmes, offices, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes
        self.fields["office"].queryset = offices
        self.fields["responsible"].queryset = people


class MoveForm(forms.Form):
    """Any phase of the programme is accepted, so that a step the rules refuse is
    answered by the service's own message; the page offers only the allowed ones."""

    phase = forms.ModelChoiceField(label=_("Move to"), queryset=None, widget=forms.RadioSelect)
    responsible = PersonChoiceField(label=_("Responsible in the new phase"), queryset=None)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the client goes back a phase."),
    )

    def __init__(self, *args, phases, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = phases
        self.fields["responsible"].queryset = people


class GoalForm(forms.Form):
    kind = forms.ChoiceField(label=_("Goal"), choices=PlanGoal.Kind.choices)
    description = forms.CharField(
        label=_("Details"), required=False, max_length=300,
        help_text=_("Required for “Other”."),
    )  # fmt: skip
    target_on = forms.DateField(label=_("Target date"), required=False, widget=DATE)


class ReviewForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=PlanGoal.Status.choices)
    session = forms.ModelChoiceField(
        label=_("Reviewed at session"), queryset=None, required=False, empty_label=_("None")
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=300)

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions
        self.fields["session"].label_from_instance = _session_label


def _session_label(session) -> str:
    return date_format(timezone.localtime(session.started_at), "SHORT_DATETIME_FORMAT")


class EnrolmentFilterForm(forms.Form):
    """The programme page's filters: nothing personal, so they live in the URL."""

    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=None, required=False, empty_label=_("All"),
        to_field_name="code",
    )  # fmt: skip
    phase = forms.ModelChoiceField(
        label=_("Phase"), queryset=None, required=False, empty_label=_("All")
    )
    mine = forms.BooleanField(label=_("Only mine"), required=False)
    closed = forms.BooleanField(label=_("Closed enrolments"), required=False)

    def __init__(self, *args, programmes, phases, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes
        self.fields["phase"].queryset = phases
        self.fields["phase"].label_from_instance = lambda phase: f"{phase.programme} — {phase}"
