"""Two-factor authentication with django-otp TOTP devices."""

from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import audit
from .models import AuditAction


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device being set up, created on first visit."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def verify(request, device: TOTPDevice, code: str) -> bool:
    if not device.verify_token(code):
        return False
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit.record(
            actor=request.user,
            action=AuditAction.UPDATE,
            obj=device,
            request=request,
            detail={"two_factor": "enabled"},
        )
    otp_login(request, device)
    request.session.pop("otp_pending", None)
    return True
