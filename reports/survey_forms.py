from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SurveyAnswer

RATINGS = [(n, str(n)) for n in range(1, 6)]


class SurveyForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with the help you got? (1 = not at all, 5 = very)"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a number from 1 to 5."),
            "invalid_choice": _("Choose a number from 1 to 5."),
        },
    )
    got_information = forms.ChoiceField(
        label=_("Did you get the information you needed?"),
        choices=SurveyAnswer.Information.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose an answer."),
            "invalid_choice": _("Choose an answer."),
        },
    )
    comment = forms.CharField(
        label=_("Anything else you want to tell us? (optional)"),
        help_text=_("Do not write your name or other personal details here."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )
