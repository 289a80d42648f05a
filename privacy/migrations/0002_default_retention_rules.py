"""Every kind of record starts with its default period (privacy.kinds); the legal basis
stays empty, meaning the standard text in the reader's language."""

from django.db import migrations


def seed(apps, schema_editor):
    from privacy.kinds import DEFAULTS

    RetentionRule = apps.get_model("privacy", "RetentionRule")
    for kind, default in DEFAULTS.items():
        RetentionRule.objects.get_or_create(
            kind=kind, defaults={"days": default.days, "action": default.action}
        )


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
