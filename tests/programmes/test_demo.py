from django.core.management import call_command

from programmes.models import Enrolment
from training.models import Completion, TrainingModule


def test_the_tartu_reception_has_clients_in_every_phase_and_some_overrun(db):
    call_command("load_demo")

    tartu = Enrolment.objects.filter(office__code="tartu", programme__code="support_person")
    phases = set(tartu.values_list("phase__name", flat=True))
    assert phases == {"Support person (0–4 months)", "Coordinator reception", "Mentoring", "Closed"}
    assert tartu.overrunning().exists()
    assert tartu.filter(goals__reviews__session__isnull=False).exists()
    module = TrainingModule.objects.get(name="New adviser basics")
    assert module.pages.filter(audience="staff").exists()
    assert Completion.objects.exists()
