"""Words per language, for matching misspellings by trigrams against short words."""

import django.contrib.postgres.indexes
from django.db import migrations, models


def collect_words(apps, schema_editor):
    """The words of the pages already indexed (knowledge.search.words, as it was here)."""
    import re

    entry, word = (
        apps.get_model("knowledge", "SearchEntry"),
        apps.get_model("knowledge", "SearchWord"),
    )
    for language, text in entry.objects.values_list("language", "text").iterator():
        found = {w for w in re.findall(r"\w+", text.lower()) if 3 <= len(w) <= 100}
        word.objects.bulk_create(
            [word(language=language, word=w) for w in found], ignore_conflicts=True
        )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_search"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
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
                ("word", models.CharField(max_length=100)),
            ],
        ),
        migrations.RemoveIndex(
            model_name="searchentry",
            name="search_text",
        ),
        migrations.AddIndex(
            model_name="searchword",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["word"], name="search_word", opclasses=["gin_trgm_ops"]
            ),
        ),
        migrations.AddConstraint(
            model_name="searchword",
            constraint=models.UniqueConstraint(
                fields=("language", "word"), name="one_word_per_language"
            ),
        ),
        migrations.RunPython(collect_words, migrations.RunPython.noop),
    ]
