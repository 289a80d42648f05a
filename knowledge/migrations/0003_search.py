"""Search entries: a full-text vector and the plain text of each published language."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_topics"),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "English"),
                            ("et", "Estonian"),
                            ("ru", "Russian"),
                            ("fi", "Finnish"),
                            ("sv", "Swedish"),
                            ("uk", "Ukrainian"),
                            ("ar", "Arabic"),
                        ],
                        max_length=10,
                    ),
                ),
                ("document", django.contrib.postgres.search.SearchVectorField()),
                ("text", models.TextField()),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_entries",
                        to="knowledge.page",
                    ),
                ),
            ],
            options={
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["document"], name="search_document"
                    ),
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["text"], name="search_text", opclasses=["gin_trgm_ops"]
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "language"), name="one_entry_per_language"
                    )
                ],
            },
        ),
    ]
