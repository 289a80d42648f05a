"""Readers' answers to "Was this helpful?", with nothing that names the reader."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0004_search_words"),
    ]

    operations = [
        migrations.CreateModel(
            name="PageFeedback",
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
                        verbose_name="language shown",
                    ),
                ),
                ("helpful", models.BooleanField(verbose_name="helpful")),
                ("comment", models.CharField(blank=True, max_length=1000, verbose_name="comment")),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="given at"
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="feedback",
                        to="knowledge.page",
                    ),
                ),
            ],
            options={
                "verbose_name": "page feedback",
                "verbose_name_plural": "page feedback",
                "ordering": ["-created_at", "-id"],
                "indexes": [models.Index(fields=["page", "-created_at"], name="feedback_latest")],
            },
        ),
    ]
