"""The three programmes the services run (DOMAIN.md §1), with their phases. Codes match
counselling.models.Programme where the two overlap."""

from django.db import migrations

# code, (en, et) name, (en, et) description, phases: ((en, et) name, expected days, closing)
PROGRAMMES = [
    (
        "support_person",
        ("Support-person service", "Tugiisikuteenus"),
        (
            "A support person for the first months after protection is granted, then "
            "reception by a coordinator and volunteer mentoring.",
            "Tugiisik esimestel kuudel pärast kaitse saamist, seejärel koordinaatori "
            "vastuvõtt ja vabatahtlik mentorlus.",
        ),
        [
            (("Support person (0–4 months)", "Tugiisik (0–4 kuud)"), 120, False),
            (("Coordinator reception", "Koordinaatori vastuvõtt"), 90, False),
            (("Mentoring", "Mentorlus"), 180, False),
            (("Closed", "Lõpetatud"), None, True),
        ],
    ),
    (
        "adaptation",
        ("Settle in Estonia follow-up", "Kohanemisprogrammi järeltegevus"),
        (
            "Follow-up after the Settle in Estonia adaptation modules.",
            "Järeltegevus pärast kohanemisprogrammi mooduleid.",
        ),
        [
            (("Modules under way", "Moodulid käimas"), 60, False),
            (("Follow-up", "Järeltegevus"), 90, False),
            (("Closed", "Lõpetatud"), None, True),
        ],
    ),
    (
        "general",
        ("General counselling", "Üldnõustamine"),
        ("Counselling without a set programme.", "Nõustamine ilma kindla programmita."),
        [
            (("Counselling", "Nõustamine"), None, False),
            (("Closed", "Lõpetatud"), None, True),
        ],
    ),
]


def seed(apps, schema_editor):
    Programme = apps.get_model("programmes", "Programme")
    Phase = apps.get_model("programmes", "Phase")
    for code, (name_en, name_et), (text_en, text_et), phases in PROGRAMMES:
        programme, created = Programme.objects.get_or_create(
            code=code,
            defaults={
                "name": name_en,
                "name_en": name_en,
                "name_et": name_et,
                "description": text_en,
                "description_en": text_en,
                "description_et": text_et,
            },
        )
        if not created:
            continue
        for order, ((phase_en, phase_et), days, closing) in enumerate(phases, start=1):
            Phase.objects.create(
                programme=programme,
                name=phase_en,
                name_en=phase_en,
                name_et=phase_et,
                order=order,
                expected_days=days,
                is_closing=closing,
            )


class Migration(migrations.Migration):
    dependencies = [("programmes", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
