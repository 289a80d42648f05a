"""The topics, from the same file as the clients' (clients/taxonomy.txt)."""

from django.db import migrations

from clients import taxonomy


def load_topics(apps, schema_editor):
    taxonomy.load(apps.get_model("knowledge", "Topic"))


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_pages")]

    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
