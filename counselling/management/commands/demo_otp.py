import time

from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Print the current two-factor code of a demo account (demo devices only)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        device = TOTPDevice.objects.filter(user__username=options["username"], name="demo").first()
        if device is None:
            raise CommandError("That account has no demo two-factor device.")
        code = totp(
            device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift
        )
        left = device.step - int(time.time()) % device.step
        self.stdout.write(f"{code:0{device.digits}d}  (valid for about {left} s)")
