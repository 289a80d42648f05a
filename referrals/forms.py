from django import forms
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Topic

from . import selectors


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
