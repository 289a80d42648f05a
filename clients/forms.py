import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .identity import birth_date_from_id_code, normalise_id_code, normalise_phone, validate_id_code
from .models import Client, Consent, Relationship

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class SearchForm(forms.Form):
    """Posted, never in the URL: a name or ID code must not reach logs, history or a
    Referer header."""

    q = forms.CharField(
        label=_("Name, personal code, phone or e-mail"),
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class ClientProfileForm(forms.ModelForm):
    """The profile, as edited on the client page."""

    class Meta:
        model = Client
        fields = list(Client.PROFILE_FIELDS)
        widgets = {
            # Names may be typed in Arabic into a Latin page, or the other way round.
            **{
                name: forms.TextInput(attrs={"dir": "auto"})
                for name in ("given_name", "family_name", "preferred_name")
            },
            **{
                name: forms.TextInput(attrs={"dir": "auto", "lang": "und"})
                for name in ("given_name_original", "family_name_original")
            },
            "birth_date": DATE,
            "arrival_date": DATE,
            "first_permit_date": DATE,
            "other_languages": forms.SelectMultiple(attrs={"size": 6}),
        }

    def _not_in_future(self, field: str):
        value = self.cleaned_data.get(field)
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."), code="future")
        return value

    def clean_birth_date(self):
        value = self._not_in_future("birth_date")
        if value and value.year < 1900:
            raise forms.ValidationError(_("Enter a date of birth after 1900."), code="too_old")
        return value

    def clean_arrival_date(self):
        return self._not_in_future("arrival_date")

    def clean_first_permit_date(self):
        return self._not_in_future("first_permit_date")

    def clean_id_code(self):
        code = normalise_id_code(self.cleaned_data["id_code"])
        if code:
            validate_id_code(code)
        return code

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        code_date = birth_date_from_id_code(data.get("id_code") or "")
        if code_date and data.get("birth_date") and code_date != data["birth_date"]:
            self.add_error(
                "id_code", _("The personal code belongs to someone born on another date.")
            )
        elif code_date and "birth_date" in data and not data["birth_date"]:
            data["birth_date"] = code_date
        if data.get("interpreter_needed") and not data.get("interpreter_language"):
            if data.get("preferred_language"):
                data["interpreter_language"] = data["preferred_language"]
            else:
                self.add_error(
                    "interpreter_language", _("Choose the language the interpreter should speak.")
                )
        return data


class ClientForm(ClientProfileForm):
    """Registration: the profile, the office, consent, and the duplicate check."""

    office = forms.ModelChoiceField(label=_("Office"), queryset=None, empty_label=None)
    processing_consent = forms.BooleanField(
        label=_("The client agreed to the processing of their personal data"), required=False
    )
    not_a_duplicate = forms.BooleanField(
        label=_("None of these is the same person: register a new client"), required=False
    )

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices


class ConsentForm(forms.ModelForm):
    class Meta:
        model = Consent
        fields = ["scope", "partner_name"]

    def clean(self):
        data = super().clean()
        if data.get("scope") == Consent.Scope.SHARING and not data.get("partner_name"):
            self.add_error("partner_name", _("Name the organisation the client agreed to."))
        if data.get("scope") != Consent.Scope.SHARING:
            data["partner_name"] = ""
        return data


REFERENCE = re.compile(r"^\s*[A-Za-z]?-?0*(\d{1,12})\s*$")


def reference_number(value: str) -> int | None:
    """The id in a reference staff type, e.g. "C-000123", "c123" or "123"."""
    match = REFERENCE.match(value)
    return int(match.group(1)) if match else None


def by_reference(records, value: str, message):
    """The record a typed reference names within `records` (the caller's scope), or a
    field error: another office's record reads exactly like a missing one."""
    pk = reference_number(value)
    record = records.filter(pk=pk).first() if pk else None
    if record is None:
        raise forms.ValidationError(message, code="unknown")
    return record


class HouseholdForm(forms.Form):
    """Join a household by its reference, or start a new one by naming it."""

    household = forms.CharField(
        label=_("Household reference"),
        max_length=20,
        required=False,
        help_text=_("For example H-000012, from a family member's page."),
    )
    new_household_name = forms.CharField(
        label=_("Or start a new household named"), max_length=150, required=False
    )
    relationship = forms.ChoiceField(
        label=_("Relationship in the household"), choices=Relationship.choices
    )

    def __init__(self, *args, households, **kwargs):
        super().__init__(*args, **kwargs)
        self.households = households

    def clean_household(self):
        value = self.cleaned_data["household"].strip()
        if not value:
            return None
        return by_reference(self.households, value, _("No household with this reference."))

    def clean(self):
        data = super().clean()
        has_existing = bool(data.get("household"))
        has_new = bool(data.get("new_household_name", "").strip())
        if has_existing == has_new and "household" not in self.errors:
            raise forms.ValidationError(
                _("Give either a household reference or a name for a new household."),
                code="either",
            )
        return data


class MergeForm(forms.Form):
    duplicate = forms.CharField(
        label=_("Reference of the duplicate record"),
        max_length=20,
        help_text=_("Its sessions, cases, consents and follow-ups move to this record."),
    )

    def __init__(self, *args, clients, keep, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients, self.keep = clients, keep

    def clean_duplicate(self):
        value = self.cleaned_data["duplicate"]
        duplicate = by_reference(self.clients, value, _("No client with this reference."))
        if duplicate.pk == self.keep.pk:
            raise forms.ValidationError(_("A record cannot be merged into itself."), code="same")
        return duplicate
