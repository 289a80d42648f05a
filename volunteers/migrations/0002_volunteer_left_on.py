from django.db import migrations, models
from django.utils import timezone


def inactive_left_today(apps, schema_editor):
    """Volunteers already inactive left on a day nobody recorded: their period starts now,
    so the retention run reaches them too."""
    Volunteer = apps.get_model("volunteers", "Volunteer")
    Volunteer.objects.filter(active=False, left_on__isnull=True).update(
        left_on=timezone.localdate()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="volunteer",
            name="left_on",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="left on"),
        ),
        migrations.RunPython(inactive_left_today, migrations.RunPython.noop),
    ]
