import re
import uuid

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import Page, PageFeedback, Topic
from .search import MAX_QUERY
from .services import BODY_MAX_CHARS, RESERVED_SLUGS

SCRIPT = re.compile(r"<\s*script", re.IGNORECASE)


class EditorFilterForm(forms.Form):
    SHOW_CHOICES = [
        ("", _("All pages")),
        ("review", _("In review")),
        ("out_of_date", _("Out of date")),
        ("due", _("Due for review")),
    ]
    show = forms.ChoiceField(label=_("Show"), choices=SHOW_CHOICES, required=False)
    q = forms.CharField(label=_("Address or title contains"), max_length=200, required=False)

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())


class PageSettingsForm(forms.ModelForm):
    """A page's settings; the address is chosen once, when the page is made."""

    review_interval_days = forms.IntegerField(
        label=capfirst(_("review every (days)")), min_value=1, max_value=3650
    )

    class Meta:
        model = Page
        fields = [
            "slug",
            "audience",
            "source_language",
            "topics",
            "related",
            "review_interval_days",
        ]
        widgets = {
            "topics": forms.CheckboxSelectMultiple,
            "related": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.order_by("position")
        related = Page.objects.order_by("slug")
        if self.instance.pk:
            related = related.exclude(pk=self.instance.pk)
            del self.fields["slug"]
        self.fields["related"].queryset = related
        self.fields["related"].required = False
        self.fields["topics"].required = False
        offered = settings.KNOWLEDGE_PARTNER_SERVICES
        if offered:  # the referral directory, when the project has one
            self.fields["service_uids"] = forms.TypedMultipleChoiceField(
                label=_("Services that can help"),
                choices=import_string(offered)(),
                coerce=uuid.UUID,
                required=False,
                initial=[str(uid) for uid in self.instance.service_uids],
                widget=forms.SelectMultiple(attrs={"size": 8}),
            )

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"].lower()
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("The address “%(slug)s” is taken by the editor. Choose another."),
                code="reserved",
                params={"slug": slug},
            )
        return slug


class TextForm(forms.Form):
    """One language's text of a page."""

    title = forms.CharField(label=capfirst(_("title")), max_length=200)
    summary = forms.CharField(
        label=capfirst(_("summary")),
        max_length=400,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    body = forms.CharField(
        label=capfirst(_("text")),
        max_length=BODY_MAX_CHARS,
        required=False,
        strip=False,
        help_text=_("Markdown."),
        widget=forms.Textarea(attrs={"rows": 20}),
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
        for field in self.fields.values():
            field.widget.attrs.update({"lang": language, "dir": direction})


class VersionForm(forms.Form):
    """Names one of `versions`; anything else is not found."""

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"] = forms.ModelChoiceField(queryset=versions)


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


class FeedbackForm(forms.Form):
    """The "Was this helpful?" form under every page. It is part of a page that shared
    caches keep for every reader, so it carries nothing of one visitor's: no CSRF token,
    no timing stamp. Works without JavaScript."""

    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What could we say better? (optional)"),
        help_text=_("Do not write your name or other personal details here."),
        max_length=PageFeedback._meta.get_field("comment").max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    # Bots fill every field; people never see this one (hidden by CSS, skipped by
    # screen readers and the keyboard), as on the contact form.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if SCRIPT.search(comment):
            raise forms.ValidationError(_("Remove the <script> part."), code="script")
        return comment

    def is_spam(self) -> bool:
        """A bot's post (call after is_valid)."""
        return bool(self.cleaned_data.get("website"))
