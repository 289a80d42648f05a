"""The "New adviser basics" module from the knowledge demo's staff-only pages, with some
advisers part-way through, and "Volunteer basics" with some of the roster's volunteers
part-way through; called by load_demo after the knowledge and volunteer demos."""

from datetime import timedelta

from django.utils import timezone

from counselling.models import User
from knowledge.models import Page
from volunteers.models import Volunteer

from .models import Completion, TrainingModule

MODULE = "New adviser basics"
VOLUNTEER_MODULE = "Volunteer basics"


def load() -> dict[str, int]:
    if TrainingModule.objects.exists():
        return {}
    pages = list(Page.objects.filter(audience=Page.Audience.STAFF).order_by("slug")[:3])
    if not pages:
        return {}
    module = TrainingModule.objects.create(
        name=MODULE,
        name_en=MODULE,
        name_et="Uue nõustaja alused",
        description="What every new counsellor or support person reads in the first month.",
        audience=TrainingModule.Audience.COUNSELLORS,
    )
    module.pages.set(pages)
    now = timezone.now()
    completions = []
    # The Tartu advisers have read everything, Tallinn's first counsellor part of it.
    for username, read in [("counsellor.tartu", pages), ("counsellor.tartu2", pages),
                           ("counsellor", pages[:1])]:  # fmt: skip
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        for days, page in enumerate(read, start=20):
            completions.append(
                Completion(user=user, page=page, completed_at=now - timedelta(days=days))
            )
    volunteers_module = TrainingModule.objects.create(
        name=VOLUNTEER_MODULE,
        name_en=VOLUNTEER_MODULE,
        name_et="Vabatahtliku alused",
        description="What every volunteer on the roster goes through before a first match.",
        audience=TrainingModule.Audience.VOLUNTEERS,
    )
    volunteers_module.pages.set(pages[:2])
    # Samira has done both pages, Olga the first; the rest of the roster is missing them.
    for first_name, read in [("Samira", pages[:2]), ("Olga", pages[:1])]:
        volunteer = Volunteer.objects.filter(first_name=first_name).first()
        if volunteer is None:
            continue
        for days, page in enumerate(read, start=40):
            completions.append(
                Completion(volunteer=volunteer, page=page, completed_at=now - timedelta(days=days))
            )
    Completion.objects.bulk_create(completions)
    return {"training_modules": 2, "training_completions": len(completions)}
