from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .search import MAX_QUERY

# The link search sits inside other pages' forms (the session form), where a nested
# <form> is not allowed: its fields belong to this form by the `form` attribute.
LINK_FORM_ID = "knowledge-links-form"


class LinkSearchForm(forms.Form):
    """A counsellor looks for a page to give a client, in the client's language."""

    q = forms.CharField(
        label=_("Find a knowledge page to link"),
        required=False,
        strip=True,
        # Longer input is cut by the search, not refused.
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": MAX_QUERY, "form": LINK_FORM_ID}
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of the link"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_("The client's language. Pages missing in it open in another language."),
        widget=forms.Select(attrs={"form": LINK_FORM_ID}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "knowledge-links-%s")
        super().__init__(*args, **kwargs)
