from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from channels.models import Inquiry
from clients.forms import by_reference
from clients.identity import normalise_phone
from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, Topic
from counselling.access import offices_for
from counselling.models import STAFF_ROLES, Role, User

from .models import OutreachEvent
from .services import MAX_TALLY_STEP

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
TOPIC_ERROR = _("Choose one of the main topics.")
LANGUAGE_ERROR = _("Choose a language from the list.")
COUNT_ERROR = _("Add between 1 and %(most)s at a time.") % {"most": MAX_TALLY_STEP}


def main_topics():
    return Topic.objects.filter(parent__isnull=True).order_by("position")


class EventForm(forms.ModelForm):
    """Plan or edit an event: an office of mine, and staff present from that office."""

    class Meta:
        model = OutreachEvent
        fields = [
            "kind",
            "title",
            "office",
            "place",
            "starts_at",
            "ends_at",
            "staff",
            "partner",
            "notes",
        ]
        widgets = {
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "staff": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        }

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        offices = offices_for(user).order_by("name")
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        colleagues = User.objects.filter(is_active=True, role__in=STAFF_ROLES)
        if user.role != Role.ADMIN:
            colleagues = colleagues.filter(offices__in=offices)
        self.fields["staff"].queryset = colleagues.distinct().order_by(
            "first_name", "last_name", "username"
        )
        self.fields["staff"].label_from_instance = lambda u: u.get_full_name() or u.username

    def clean(self):
        data = super().clean()
        office, staff = data.get("office"), data.get("staff")
        if office and staff:
            elsewhere = list(staff.exclude(offices=office))
            if elsewhere:
                self.add_error(
                    "staff",
                    _("%(names)s do not work at this office.")
                    % {"names": ", ".join(u.get_full_name() or u.username for u in elsewhere)},
                )
        return data


class TallyForm(forms.Form):
    """One tap (or a batch counted on paper): a main topic, a language, how many. Nothing
    else is read, so a name or e-mail posted with it goes nowhere."""

    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        to_field_name="code",
        error_messages={"invalid_choice": TOPIC_ERROR, "required": TOPIC_ERROR},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=CLIENT_LANGUAGES,
        error_messages={"invalid_choice": LANGUAGE_ERROR, "required": LANGUAGE_ERROR},
    )
    count = forms.IntegerField(
        label=_("How many people"),
        initial=1,
        required=False,
        min_value=1,
        max_value=MAX_TALLY_STEP,
        error_messages={
            "min_value": COUNT_ERROR,
            "max_value": COUNT_ERROR,
            "invalid": COUNT_ERROR,
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = main_topics()

    def clean_count(self):
        return self.cleaned_data["count"] or 1


class ContactForm(forms.ModelForm):
    """A person at the event who wants an answer later, or to become a client: what
    they ask, how to reach them (their choice), and a client record if they want one."""

    question = forms.CharField(
        label=_("What was asked"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    answer = forms.CharField(
        label=_("What was answered at the event"),
        max_length=settings.CONTACT_MESSAGE_MAX_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    consent = forms.BooleanField(
        label=_("The person agreed that we keep these details to answer them."),
        error_messages={"required": _("Record a contact only when the person agrees.")},
    )
    client_reference = forms.CharField(
        label=_("Client reference (if already a client)"), max_length=20, required=False
    )
    register_client = forms.BooleanField(
        label=_("The person wants to become a client: register them"), required=False
    )
    given_name = forms.CharField(label=_("Given name"), max_length=150, required=False)
    family_name = forms.CharField(label=_("Family name"), max_length=150, required=False)
    processing_consent = forms.BooleanField(
        label=_("The client agreed to the processing of their personal data"), required=False
    )

    class Meta:
        model = Inquiry
        fields = ["name", "reply_by", "email", "phone", "language", "topic"]
        widgets = {"reply_by": forms.RadioSelect}

    def __init__(self, *args, clients, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients = clients
        self.fields["name"].label = _("Name (optional)")
        self.fields["topic"].queryset = main_topics()
        self.fields["topic"].to_field_name = "code"
        self.fields["topic"].empty_label = _("I don't know")

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_client_reference(self):
        value = self.cleaned_data["client_reference"].strip()
        if not value:
            return None
        return by_reference(self.clients, value, _("No client with this reference."))

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
        if data.get("register_client"):
            if data.get("client_reference"):
                self.add_error(
                    "register_client", _("This person is already a client: leave this unticked.")
                )
            if not data.get("given_name", "").strip():
                self.add_error("given_name", _("Give the new client's given name."))
        return data

    def new_client(self) -> Client | None:
        """The client to register, unsaved, from what the person gave; None if not wanted."""
        data = self.cleaned_data
        if not data.get("register_client"):
            return None
        return Client(
            given_name=data["given_name"].strip(),
            family_name=data["family_name"].strip(),
            preferred_language=data["language"],
            email=data["email"],
            phone=data["phone"],
        )
