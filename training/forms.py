from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.models import Page


class VolunteerCompletionForm(forms.Form):
    """A coordinator records that a volunteer completed one of a module's pages."""

    page = forms.ModelChoiceField(
        queryset=Page.objects.none(),
        label=_("Page"),
        error_messages={"invalid_choice": _("This page is not part of the module.")},
    )
    completed_on = forms.DateField(label=_("Completed on"))

    def __init__(self, *args, module, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = module.pages.all()

    def clean_completed_on(self):
        day = self.cleaned_data["completed_on"]
        if day > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return day
