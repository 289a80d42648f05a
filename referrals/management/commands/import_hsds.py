from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from referrals import hsds


class Command(BaseCommand):
    help = (
        "Create or update partner organisations and services from an Open Referral HSDS "
        "3.0 JSON file, as export_hsds writes it. Nothing is saved if anything is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            result = hsds.import_directory(hsds.parse(Path(path).read_bytes()))
        except OSError as error:
            raise CommandError(error) from None
        except hsds.HsdsError as error:
            for message in error.messages:
                self.stderr.write(message)
            raise CommandError(_("Nothing was imported.")) from None
        message = _(
            "Partner directory imported: %(organisations_created)s organisations created "
            "and %(organisations_updated)s updated, %(services_created)s services created "
            "and %(services_updated)s updated."
        )
        self.stdout.write(message % result.counts())
