import base64
import io

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from .. import audit, twofactor
from ..forms import OutboxPasswordResetForm, TokenCodeForm
from ..models import AuditAction
from .language import set_language_cookie


class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.get_user()
        audit.record(actor=user, action=AuditAction.LOGIN, request=self.request)
        if twofactor.confirmed_device(user) is not None:
            self.request.session["otp_pending"] = True
        set_language_cookie(response, user.language)
        return response

    def form_invalid(self, form):
        audit.record(actor=None, action=AuditAction.LOGIN_FAILED, request=self.request)
        return super().form_invalid(form)


class LogoutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            audit.record(actor=request.user, action=AuditAction.LOGOUT, request=request)
        return super().post(request, *args, **kwargs)


@method_decorator(transaction.atomic, name="post")
class PasswordResetView(auth_views.PasswordResetView):
    """The reset e-mail row and the request commit together; the worker sends it."""

    form_class = OutboxPasswordResetForm


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return "home"


@sensitive_post_parameters("code")
@login_required
def two_factor(request):
    device = twofactor.confirmed_device(request.user)
    if device is None:
        return redirect("two-factor-setup")
    if request.user.is_verified():
        return redirect(_safe_next(request))
    form = TokenCodeForm(request.POST or None)
    if form.is_valid():
        if twofactor.verify(request, device, form.cleaned_data["code"]):
            return redirect(_safe_next(request))
        form.add_error("code", _("That code is not right or has expired. Try the newest one."))
    return render(request, "registration/two_factor.html", {"form": form})


@sensitive_post_parameters("code")
@login_required
def two_factor_setup(request):
    if twofactor.confirmed_device(request.user) is not None:
        if not request.user.is_verified():
            return redirect("two-factor")
        messages.info(request, _("Two-factor authentication is already on for your account."))
        return redirect("account")
    device = twofactor.pending_device(request.user)
    form = TokenCodeForm(request.POST or None)
    if form.is_valid():
        if twofactor.verify(request, device, form.cleaned_data["code"]):
            messages.success(request, _("Two-factor authentication is on."))
            return redirect("home")
        form.add_error("code", _("That code is not right or has expired. Try the newest one."))
    secret = base64.b32encode(device.bin_key).decode()
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return render(
        request,
        "registration/two_factor_setup.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_svg": buffer.getvalue().decode(),
        },
    )
