import re
from datetime import timedelta

from django import forms
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.models import Topic

from . import outbox
from .models import Case, CounsellingSession, FollowUp


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's reset form, sending through the outbox instead of SMTP in the request."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        user = context["user"]
        outbox.queue_email(
            kind="password_reset",
            to_email=to_email,
            language=user.language,
            template="password_reset",
            context={**context, "user": user},
        )


class RevokingSetPasswordForm(SetPasswordForm):
    """A new password ends every API token issued under the old one."""

    def save(self, commit=True):
        from .api.authentication import revoke_tokens

        user = super().save(commit)
        revoke_tokens(user)
        return user


class TokenCodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Six-digit code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Enter the six digits shown in your authenticator app.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip()


NOTE_MAX_CHARACTERS = 20_000
SCRIPT = re.compile(r"<\s*script", re.IGNORECASE)


def checked_duration(minutes: int | None) -> int | None:
    """A session's or call's length: from a minute to a (long) working day."""
    if minutes is not None and not 1 <= minutes <= 600:
        raise forms.ValidationError(
            _("Enter a duration between 1 and 600 minutes."), code="duration"
        )
    return minutes


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """Topics by their stable code (the same in the browser and the API), grouped under
    their first-level heading, in taxonomy order."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Topic.objects.none(), to_field_name="code", **kwargs)

    def set_topics(self, topics):
        self.queryset = topics
        groups: dict = {}
        for topic in topics:
            heading = topic.parent or topic
            groups.setdefault(heading, []).append((topic.code, topic.name))
        self.choices = [(heading.name, options) for heading, options in groups.items()]


class SessionForm(forms.ModelForm):
    topics = TopicChoiceField(label=_("Topics"), widget=forms.SelectMultiple(attrs={"size": 10}))
    follow_up_due = forms.DateField(
        label=_("Follow up by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    follow_up_description = forms.CharField(
        label=_("Follow-up: what to do"), max_length=300, required=False
    )

    class Meta:
        model = CounsellingSession
        fields = [
            "started_at",
            "duration_minutes",
            "channel",
            "office",
            "place",
            "topics",
            "interpreter_language",
            "interpreter_mode",
            "note",
            "restricted",
            "outcome",
        ]
        widgets = {
            "started_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "note": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
        }

    def __init__(self, *args, offices, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        self.fields["topics"].set_topics(topics)
        self.fields["duration_minutes"].min_value = 1
        self.fields["note"].help_text = _("Markdown: *italic*, **bold**, lists with -.")

    def clean_started_at(self):
        value = self.cleaned_data["started_at"]
        if value > timezone.now() + timedelta(minutes=5):
            raise forms.ValidationError(_("This date is in the future."), code="future")
        return value

    def clean_duration_minutes(self):
        return checked_duration(self.cleaned_data["duration_minutes"])

    def clean_note(self):
        note = self.cleaned_data["note"]
        if SCRIPT.search(note):
            raise forms.ValidationError(
                _("Notes are plain text with Markdown; remove the <script> part."), code="script"
            )
        if len(note) > NOTE_MAX_CHARACTERS:
            raise forms.ValidationError(
                _("The note is too long: at most %(limit)s characters."),
                code="too_long",
                params={"limit": NOTE_MAX_CHARACTERS},
            )
        return note

    def clean(self):
        data = super().clean()
        if data.get("interpreter_language") and not data.get("interpreter_mode"):
            self.add_error("interpreter_mode", _("Say how the interpreter took part."))
        if data.get("interpreter_mode") and not data.get("interpreter_language"):
            self.add_error("interpreter_language", _("Choose the interpreter's language."))
        due, what = data.get("follow_up_due"), data.get("follow_up_description")
        if due and not what:
            self.add_error("follow_up_description", _("Say what is to be done."))
        if what and not due:
            self.add_error("follow_up_due", _("Choose a date for the follow-up."))
        if due and due < timezone.localdate():
            self.add_error("follow_up_due", _("This date is in the past."))
        return data


def staff_name(user) -> str:
    return user.get_full_name() or user.get_username()


class CaseForm(forms.ModelForm):
    """Open a case, or change its programme and topics."""

    topics = TopicChoiceField(
        label=_("Topics"), required=False, widget=forms.SelectMultiple(attrs={"size": 10})
    )
    for_household = forms.BooleanField(
        label=_("The case is for the whole household"), required=False
    )

    class Meta:
        model = Case
        fields = ["office", "owner", "programme", "topics"]

    def __init__(self, *args, offices, owners, topics, household=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.household = household
        self.fields["topics"].set_topics(topics)
        if self.instance.pk:
            # Where a case lives and who owns it change by handover, not by editing.
            for name in ("office", "owner", "for_household"):
                del self.fields[name]
            return
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        self.fields["owner"].queryset = owners
        self.fields["owner"].required = True
        self.fields["owner"].label_from_instance = staff_name
        if household is None:
            del self.fields["for_household"]

    def clean(self):
        data = super().clean()
        owner, office = data.get("owner"), data.get("office")
        if owner and office and not owner.offices.filter(pk=office.pk).exists():
            self.add_error("owner", _("The owner must work in the case's office."))
        return data


class HandoverForm(forms.Form):
    to_owner = forms.ModelChoiceField(label=_("Hand over to"), queryset=None)
    note = forms.CharField(
        label=_("Handover note"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("What the new owner needs to know. Shown on the case."),
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_owner"].queryset = candidates
        self.fields["to_owner"].label_from_instance = staff_name


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["assigned_to", "due_on", "description"]

    def __init__(self, *args, assignees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = assignees

    def clean_due_on(self):
        value = self.cleaned_data["due_on"]
        if value < timezone.localdate():
            raise forms.ValidationError(_("This date is in the past."), code="past")
        return value
