from django.core.management.base import BaseCommand

from activities import demo as activity_demo
from channels import demo as channel_demo
from counselling import demo
from knowledge import demo as knowledge_demo
from referrals import demo as referral_demo
from reports import demo as report_demo


class Command(BaseCommand):
    help = (
        "Load fictional demo offices, staff, clients, casework, inquiries, walk-ins, "
        "partner agencies, referrals, group activities, survey answers and knowledge-base "
        "pages, with a "
        "year of history for the dashboards; "
        "a second run adds only what is missing."
    )

    def handle(self, *args, **options):
        created = {
            **demo.load(),
            **channel_demo.load(),
            **referral_demo.load(),
            **knowledge_demo.load(),
            **referral_demo.link_knowledge_pages(),
            **activity_demo.load(),
            **report_demo.load(),
        }
        if not any(created.values()):
            self.stdout.write("Demo data already loaded; nothing changed.")
            return
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Demo data: created {summary}.")
