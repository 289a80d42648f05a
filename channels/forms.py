import re
import secrets
import unicodedata

import filetype
from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.forms import by_reference
from clients.identity import normalise_phone
from clients.languages import CLIENT_LANGUAGES
from clients.models import Topic
from clients.selectors import top_topics
from counselling.access import offices_for
from counselling.forms import SCRIPT, checked_duration
from counselling.models import STAFF_ROLES, Office, Outcome, User

from .models import CallAttempt, Inquiry, InquiryChannel, Visit

# What a newcomer may attach (sniffed from the bytes, never taken from the file name).
ATTACHMENT_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/heic": "heic",
    "image/webp": "webp",
}
# Invisible characters that can disguise a name or make two names look alike
# (zero-width spaces and joiners, bidirectional overrides, the BOM).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
STAMP_SALT = "silta.contact-form"
STAMP_MAX_AGE = 24 * 60 * 60


def form_stamp() -> str:
    """A signed token for one rendering of the form: it dates the rendering (bots post
    faster than people read) and names the submission, so a double click finds the
    first post instead of making a second inquiry."""
    key = secrets.token_urlsafe(18)
    return signing.dumps({"at": timezone.now().timestamp(), "key": key}, salt=STAMP_SALT)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(files) > settings.ATTACHMENT_MAX_FILES:
            raise forms.ValidationError(
                _("Attach at most %(count)s files."),
                code="too_many",
                params={"count": settings.ATTACHMENT_MAX_FILES},
            )
        cleaned = []
        for upload in files:
            if upload.size > settings.ATTACHMENT_MAX_BYTES:
                raise forms.ValidationError(
                    _("%(name)s is too large: at most %(size)s MB per file."),
                    code="too_large",
                    params={
                        "name": upload.name[:100],
                        "size": settings.ATTACHMENT_MAX_BYTES // (1024 * 1024),
                    },
                )
            head = upload.read(8192)
            upload.seek(0)
            kind = filetype.guess(head)
            if kind is None or kind.mime not in ATTACHMENT_TYPES:
                raise forms.ValidationError(
                    _("%(name)s is not a PDF or a photo. Send PDF, JPEG, PNG, HEIC or WebP."),
                    code="type",
                    params={"name": upload.name[:100]},
                )
            upload.sniffed_type = kind.mime
            cleaned.append(upload)
        return cleaned


class ContactForm(forms.Form):
    """The public inquiry form. Every field has a visible label; it works without
    JavaScript."""

    name = forms.CharField(label=_("Your name (optional)"), max_length=150, required=False)
    reply_by = forms.ChoiceField(
        label=_("How should we answer?"),
        choices=Inquiry.ReplyBy.choices,
        initial=Inquiry.ReplyBy.EMAIL,
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    language = forms.ChoiceField(label=_("Language of the answer"), choices=CLIENT_LANGUAGES)
    topic = forms.ChoiceField(label=_("What is it about?"))
    office = forms.ModelChoiceField(
        label=_("Office"), queryset=None, required=False, empty_label=_("Any office")
    )
    message = forms.CharField(
        label=_("Your question"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )
    attachments = AttachmentsField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to %(count)s files, PDF or photos, at most %(size)s MB each.")
        % {
            "count": settings.ATTACHMENT_MAX_FILES,
            "size": settings.ATTACHMENT_MAX_BYTES // (1024 * 1024),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the service uses these details to answer my question."),
        error_messages={"required": _("We can only answer if you agree.")},
    )
    # Bots fill every field; people never see this one (hidden by CSS, skipped by
    # screen readers and the keyboard).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    stamp = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A newcomer picks any office, and a first-level topic: the details are ours.
        self.fields["office"].queryset = Office.objects.order_by("name")
        topics = top_topics()
        choices = [("", _("I don't know"))]
        choices += [(topic.code, topic.name) for topic in topics]
        self.fields["topic"].choices = choices
        self.fields["topic"].required = False
        self.topics = {topic.code: topic for topic in topics}
        if self.initial.get("topic") not in self.topics:  # an old or mistyped link: ignored
            self.initial.pop("topic", None)

    def clean_name(self):
        name = unicodedata.normalize("NFC", self.cleaned_data["name"])
        if INVISIBLE.search(name) or any(unicodedata.category(c) == "Cc" for c in name):
            raise forms.ValidationError(
                _("The name contains invisible characters. Type it again."), code="invisible"
            )
        return " ".join(name.split())

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_topic(self):
        return self.topics.get(self.cleaned_data["topic"])

    def clean_message(self):
        message = self.cleaned_data["message"]
        if SCRIPT.search(message):
            raise forms.ValidationError(_("Remove the <script> part."), code="script")
        return message

    def clean_stamp(self) -> dict:
        try:
            stamp = signing.loads(
                self.cleaned_data["stamp"], salt=STAMP_SALT, max_age=STAMP_MAX_AGE
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                _("The form has expired. Please send it again."), code="stamp"
            ) from None
        return stamp

    def new_inquiry(self) -> Inquiry:
        """The unsaved inquiry this valid form describes."""
        data = self.cleaned_data
        fields = ["name", "reply_by", "email", "phone", "language", "topic", "office"]
        return Inquiry(channel=InquiryChannel.WEB_FORM, **{f: data[f] for f in fields})

    def is_spam(self) -> str:
        """Why a valid-looking post is a bot's, or "" (call after is_valid)."""
        if self.cleaned_data.get("website"):
            return "honeypot"
        seconds = timezone.now().timestamp() - self.cleaned_data["stamp"]["at"]
        if seconds < settings.CONTACT_MIN_FILL_SECONDS:
            return "too_fast"
        return ""

    def clean(self):
        data = super().clean()
        reply_by = data.get("reply_by")
        if (
            reply_by == Inquiry.ReplyBy.EMAIL
            and not data.get("email")
            and "email" not in self.errors
        ):
            self.add_error("email", _("Give an e-mail address for the answer."))
        if (
            reply_by == Inquiry.ReplyBy.PHONE
            and not data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error("phone", _("Give a phone number for the call-back."))
        return data


class ContactApiForm(ContactForm):
    """The same form for the JSON endpoint: no timing stamp (the embedding site renders
    the form) and no files; a double post is recognised by its Idempotency-Key."""

    stamp = None
    attachments = None

    def is_spam(self) -> str:
        return "honeypot" if self.cleaned_data.get("website") else ""


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )


def _staff_of(office_id: int):
    return User.objects.filter(is_active=True, offices=office_id, role__in=STAFF_ROLES).order_by(
        "first_name", "last_name", "username"
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), queryset=None, required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = _staff_of(inquiry.office_id)
        field.label_from_instance = lambda user: user.get_full_name() or user.get_username()


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)


class InboxFilterForm(forms.Form):
    """The inbox's filters, in the query string: they hold no personal data."""

    MINE, UNASSIGNED = "me", "none"

    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=[("", _("All"))] + InquiryChannel.choices
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Not closed"))] + Inquiry.Status.choices,
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All"))] + CLIENT_LANGUAGES
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"), required=False, queryset=None, empty_label=_("All")
    )
    assignee = forms.ChoiceField(label=_("Assigned to"), required=False)
    office = forms.ModelChoiceField(
        label=_("Office"), required=False, queryset=None, empty_label=_("All my offices")
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(parent__isnull=True).order_by(
            "position"
        )
        self.fields["office"].queryset = offices_for(user).order_by("name")
        self.fields["assignee"].choices = [
            ("", _("Anyone")),
            (self.MINE, _("Me")),
            (self.UNASSIGNED, _("Nobody yet")),
        ]


class LinkClientForm(forms.Form):
    client = forms.CharField(
        label=_("Client reference"),
        max_length=20,
        help_text=_("For example C-000123, from the client's page or a search."),
    )

    def __init__(self, *args, clients, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients = clients

    def clean_client(self):
        value = self.cleaned_data["client"]
        return by_reference(self.clients, value, _("No client with this reference."))


class FrontDeskForm(forms.ModelForm):
    """What the walk-in and call forms share: an office of mine, a first-level topic
    (or "I don't know") and the client, when known, by reference."""

    client_reference = forms.CharField(
        label=_("Client reference (if known)"), max_length=20, required=False
    )

    def __init__(self, *args, offices, clients, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients = clients
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        self.fields["topic"].queryset = Topic.objects.filter(parent__isnull=True).order_by(
            "position"
        )
        self.fields["topic"].empty_label = _("I don't know")

    def clean_client_reference(self):
        value = self.cleaned_data["client_reference"].strip()
        if not value:
            return None
        return by_reference(self.clients, value, _("No client with this reference."))


class VisitForm(FrontDeskForm):
    """Reception registers a walk-in: the office, language and topic; the client if known."""

    class Meta:
        model = Visit
        fields = ["office", "language", "topic"]


class CallForm(FrontDeskForm):
    """A phone call, logged while or right after it happens."""

    question = forms.CharField(
        label=_("What was asked"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    answer = forms.CharField(
        label=_("What was answered"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    call_back = forms.BooleanField(label=_("A call-back is needed"), required=False)
    call_back_when = forms.CharField(
        label=_("Best time to call back"), max_length=100, required=False
    )

    class Meta:
        model = Inquiry
        fields = [
            "office",
            "name",
            "phone",
            "language",
            "interpreter_language",
            "topic",
            "duration_minutes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Caller's name (optional)")

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_duration_minutes(self):
        return checked_duration(self.cleaned_data["duration_minutes"])

    def clean(self):
        data = super().clean()
        if data.get("call_back") and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Give a phone number for the call-back."))
        return data


class AttemptForm(forms.Form):
    result = forms.ChoiceField(label=_("Result"), choices=CallAttempt.Result.choices)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)
