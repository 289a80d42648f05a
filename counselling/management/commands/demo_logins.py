import base64

from django.core.management.base import BaseCommand
from django_otp.plugins.otp_totp.models import TOTPDevice

from counselling import demo
from counselling.models import User


class Command(BaseCommand):
    help = "Print the URL, the demo sign-ins and the two-factor setup of the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    def handle(self, *args, **options):
        out = self.stdout.write
        out("")
        out(f"Silta is running at {options['url']}")
        out(f"Demo sign-ins (password for all: {demo.PASSWORD}):")
        for user in User.objects.filter(username__in=[row[0] for row in demo.STAFF]).order_by(
            "role", "username"
        ):
            offices = ", ".join(user.offices.values_list("code", flat=True)) or "—"
            out(f"  {user.username:<22} {user.get_role_display():<16} {offices}")
        out(
            "Two-factor (TOTP) for the accounts that need it — add the key to an authenticator app,"
        )
        out("or print the current code with: make otp NAME=USERNAME")
        for device in TOTPDevice.objects.filter(name="demo", confirmed=True).select_related("user"):
            key = base64.b32encode(device.bin_key).decode()
            out(f"  {device.user.username:<22} key {key}")
            out(f"  {'':<22} {device.config_url}")
        out("Press Ctrl-C to stop web, worker, beat and the embedded services.")
