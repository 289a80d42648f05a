from django import forms
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _

from . import outbox


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
