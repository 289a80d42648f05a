"""Loading the topic taxonomy from taxonomy.txt, with a name in every UI language.

Migrations call `load` with their historical Topic model; changing the file and adding
a migration that calls it again updates names and adds topics (codes never change).
"""

from pathlib import Path

SOURCE = Path(__file__).with_name("taxonomy.txt")
LANGUAGES = ["en", "et", "ru", "fi", "sv", "uk", "ar"]


def rows() -> list[dict]:
    result = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, parent, *names = line.split("|")
        result.append({"code": code, "parent": parent, **dict(zip(LANGUAGES, names, strict=True))})
    return result


def load(Topic) -> int:
    """Create or update every topic; returns how many rows the file holds."""
    by_code = {}
    for position, row in enumerate(rows()):
        names = {f"name_{language}": row[language] for language in LANGUAGES}
        topic, _ = Topic.objects.update_or_create(
            code=row["code"],
            defaults={
                "parent": by_code.get(row["parent"]),
                "position": position,
                "name": row["en"],
                **names,
            },
        )
        by_code[row["code"]] = topic
    return len(by_code)
