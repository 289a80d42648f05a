from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, Topic

from . import selectors
from .models import SHARED_FIELDS, Referral, Service


class DirectoryFilterForm(forms.Form):
    """The directory's filters: nothing personal, so they live in the URL."""

    text = forms.CharField(label=_("Search"), required=False, max_length=100)
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.none(), required=False, to_field_name="code",
        empty_label=_("All"),
    )  # fmt: skip
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("All")), *CLIENT_LANGUAGES], required=False
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(parent__isnull=True).order_by(
            "position"
        )
        self.fields["country"].choices = [("", _("All"))] + selectors.countries()
        self.fields["place"].choices = [("", _("Anywhere"))] + [
            (place, place) for place in selectors.places()
        ]


DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ServiceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, service):
        return f"{service.organisation.name}: {service.name}"


class ReferralForm(forms.Form):
    """A referral from a case. The rules that need the database (consent, an active
    service, an open case) are the service's: the view calls services.check_referral."""

    client = forms.ModelChoiceField(label=_("Who is referred"), queryset=Client.objects.none())
    service = ServiceChoiceField(label=_("Service"), queryset=Service.objects.none())
    reason = forms.CharField(
        label=_("Reason for the referral"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        help_text=_("What the person needs from the partner. The partner reads this."),
    )
    shared_fields = forms.MultipleChoiceField(
        label=_("Details shared with the partner"),
        choices=list(SHARED_FIELDS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Share only what the partner needs to help."),
    )
    wished_by = forms.DateField(label=_("Answer wished by"), widget=DATE)
    override_basis = forms.ChoiceField(
        label=_("Legal basis without consent"),
        choices=[("", _("None: the client has consented")), *Referral.LegalBasis.choices],
        required=False,
    )
    override_reason = forms.CharField(
        label=_("Why consent could not be asked"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )

    def __init__(self, *args, clients, services, may_override: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["client"].queryset = clients
        self.fields["service"].queryset = services
        if not may_override:
            del self.fields["override_basis"]
            del self.fields["override_reason"]

    def clean_wished_by(self):
        wished_by = self.cleaned_data["wished_by"]
        today = timezone.localdate()
        if wished_by < today:
            raise forms.ValidationError(_("Choose today or a later date."), code="past")
        if wished_by > today + timedelta(days=365):
            raise forms.ValidationError(_("Choose a date within a year."), code="too_far")
        return wished_by


class WithdrawForm(forms.Form):
    note = forms.CharField(
        label=_("Why the referral is withdrawn"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("One-time code"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class AnswerForm(forms.Form):
    """A partner's answer: accept, decline with a reason, or report the outcome."""

    action = forms.ChoiceField(
        error_messages={
            "required": _("Choose an answer."),
            "invalid_choice": _("Choose an answer."),
        },
        choices=[
            (Referral.Status.ACCEPTED, _("Accept")),
            (Referral.Status.DECLINED, _("Decline")),
            (Referral.Status.COMPLETED, _("Report the outcome")),
        ],
    )
    decline_reason = forms.ChoiceField(
        label=_("Reason for declining"),
        choices=[("", "—"), *Referral.DeclineReason.choices],
        required=False,
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=[("", "—"), *Referral.Outcome.choices], required=False
    )
    note = forms.CharField(
        label=_("Note for the counsellor"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("Do not write health or other sensitive details here."),
    )
