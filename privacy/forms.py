from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_DAYS, RetentionRule


class RetentionRuleForm(forms.ModelForm):
    class Meta:
        model = RetentionRule
        fields = ["days", "legal_basis"]
        widgets = {"legal_basis": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = self.fields["days"]
        days.widget.attrs.update({"min": 1, "max": MAX_DAYS})
        days.error_messages["invalid"] = _("Enter the period as a whole number of days.")
        days.error_messages["min_value"] = _("A period must be at least one day.")


RetentionRuleFormSet = forms.modelformset_factory(
    RetentionRule, form=RetentionRuleForm, extra=0, can_delete=False
)


class HoldForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: an open complaint, a court case. Shown to coordinators."),
    )


class EraseForm(forms.Form):
    """Typing the client's number is the confirmation: erasing cannot be undone."""

    confirm = forms.CharField(label=_("Type the client's number to confirm"), max_length=20)

    def __init__(self, *args, client, **kwargs):
        super().__init__(*args, **kwargs)
        self.client = client
        self.fields["confirm"].help_text = _("For example %(reference)s.") % {
            "reference": client.reference
        }

    def clean_confirm(self):
        typed = self.cleaned_data["confirm"].strip().upper()
        if typed != self.client.reference:
            raise forms.ValidationError(_("That is not this client's number."))
        return typed


class RestrictionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "For example: the client contests the accuracy of their data, or objects to its "
            "use. Shown to staff."
        ),
    )
