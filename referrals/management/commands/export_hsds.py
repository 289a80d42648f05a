import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from referrals import hsds


class Command(BaseCommand):
    help = (
        "Write the partner directory as Open Referral HSDS 3.0 JSON to a file, or to "
        "standard output when the path is '-' or left out."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default="-")

    def handle(self, *args, path, **options):
        text = json.dumps(hsds.export_directory(), ensure_ascii=False, indent=2) + "\n"
        if path == "-":
            self.stdout.write(text, ending="")
            return
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(error) from None
