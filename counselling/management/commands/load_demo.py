from django.core.management.base import BaseCommand

from activities import demo as activity_demo
from channels import demo as channel_demo
from counselling import demo
from knowledge import demo as knowledge_demo
from outreach import demo as outreach_demo
from programmes import demo as programme_demo
from referrals import demo as referral_demo
from reports import demo as report_demo
from training import demo as training_demo
from volunteers import demo as volunteer_demo


class Command(BaseCommand):
    help = (
        "Load fictional demo offices, staff, clients, casework, inquiries, walk-ins, "
        "outreach events, partner agencies, referrals, group activities, survey answers, "
        "knowledge-base pages and volunteers with their matches, with a year of history "
        "for the dashboards; "
        "a second run adds only what is missing."
    )

    def handle(self, *args, **options):
        created = {
            **demo.load(),
            **channel_demo.load(),
            **outreach_demo.load(),
            **referral_demo.load(),
            **knowledge_demo.load(),
            **referral_demo.link_knowledge_pages(),
            **activity_demo.load(),
            **report_demo.load(),
            **volunteer_demo.load(),
            **programme_demo.load(),
            **training_demo.load(),
        }
        if not any(created.values()):
            self.stdout.write("Demo data already loaded; nothing changed.")
            return
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Demo data: created {summary}.")
