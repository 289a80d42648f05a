"""The change history shown on a record: who changed which fields, from what to what.

django-simple-history writes a historical row on every save; this turns the newest
rows into readable lines. Values are shown the way the record page shows them (choice
labels, names of related people and topics), never as raw ids.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import models
from django.utils.translation import gettext as _

HISTORY_LIMIT = 20


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class Change:
    when: datetime
    who: object
    created: bool
    fields: list[FieldChange] = field(default_factory=list)


def _label(obj) -> str:
    """A related record as the pages name it (people by their full name)."""
    if obj is None:
        return "?"
    full_name = getattr(obj, "get_full_name", None)
    return (full_name() if full_name else "") or str(obj)


def _display(model_field, value, related: dict) -> str:
    if value in (None, "", []):
        return "—"
    if model_field.many_to_many:
        target = model_field.m2m_reverse_field_name()
        names = [_label(related.get((model_field.related_model, row[target]))) for row in value]
        return ", ".join(names)
    if model_field.is_relation:
        return _label(related.get((model_field.related_model, value)))
    choices_field = getattr(model_field, "base_field", model_field)  # an ArrayField's items
    if choices_field.choices:
        labels = dict(choices_field.flatchoices)
        if isinstance(value, list):
            return ", ".join(str(labels.get(item, item)) for item in value)
        return str(labels.get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _related_objects(model, changes) -> dict:
    """Every related object the changes mention, one query per related model."""
    wanted: dict = {}
    for change in changes:
        model_field = model._meta.get_field(change.field)
        if model_field.many_to_many:
            target = model_field.m2m_reverse_field_name()
            for rows in (change.old or [], change.new or []):
                wanted.setdefault(model_field.related_model, set()).update(r[target] for r in rows)
        elif model_field.is_relation:
            ids = {value for value in (change.old, change.new) if value is not None}
            wanted.setdefault(model_field.related_model, set()).update(ids)
    return {
        (related_model, pk): obj
        for related_model, ids in wanted.items()
        for pk, obj in related_model._default_manager.in_bulk(ids).items()
    }


def changes_of(obj: models.Model, *, exclude: tuple[str, ...] = ()) -> list[Change]:
    """The newest changes to `obj`, newest first (at most HISTORY_LIMIT)."""
    model = type(obj)
    history = obj.history  # type: ignore[attr-defined]
    newest = history.select_related("history_user").order_by("-history_date", "-history_id")
    records = list(newest[: HISTORY_LIMIT + 1])
    entries: list[tuple] = []
    for newer, older in zip(records[:HISTORY_LIMIT], records[1:] + [None], strict=False):
        if newer.history_type == "+":
            entries.append((newer, []))
            continue
        if older is None:  # rows written in bulk (demo data) left no creation record
            continue
        delta = newer.diff_against(older, excluded_fields=exclude)
        if delta.changes:
            entries.append((newer, delta.changes))
    related = _related_objects(model, [c for _, changes in entries for c in changes])
    result = []
    for record, changes in entries:
        lines = []
        for change in changes:
            model_field = model._meta.get_field(change.field)
            lines.append(
                FieldChange(
                    label=str(getattr(model_field, "verbose_name", change.field)),
                    old=_display(model_field, change.old, related),
                    new=_display(model_field, change.new, related),
                )
            )
        result.append(
            Change(
                when=record.history_date,
                who=record.history_user,
                created=record.history_type == "+",
                fields=lines,
            )
        )
    return result
