from django.core.management import call_command

from training.models import Completion, TrainingModule


def test_the_demo_has_volunteers_part_way_through_volunteer_basics(db):
    call_command("load_demo")

    module = TrainingModule.objects.get(name="Volunteer basics", audience="volunteers")
    assert module.pages.count() == 2
    done = Completion.objects.filter(volunteer__isnull=False, page__in=module.pages.all())
    assert set(done.values_list("volunteer__first_name", flat=True)) == {"Samira", "Olga"}
