"""Stable ids for the directory (the HSDS `id` of organisations and services). Existing
rows each get their own uuid before the column becomes unique."""

import uuid

from django.db import migrations, models


def give_ids(apps, schema_editor):
    for name in ("Organisation", "Service"):
        model = apps.get_model("referrals", name)
        for row in model.objects.only("pk"):
            row.uid = uuid.uuid4()
            row.save(update_fields=["uid"])


class Migration(migrations.Migration):
    dependencies = [("referrals", "0001_partner_directory")]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="uid",
            field=models.UUIDField(null=True, editable=False, verbose_name="shared id"),
        ),
        migrations.AddField(
            model_name="service",
            name="uid",
            field=models.UUIDField(null=True, editable=False, verbose_name="shared id"),
        ),
        migrations.RunPython(give_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organisation",
            name="uid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="shared id"
            ),
        ),
        migrations.AlterField(
            model_name="service",
            name="uid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="shared id"
            ),
        ),
    ]
