"""What every client-data endpoint shares: audited reads, and the browser's forms as the
one place where input rules live (so the API and the UI can never disagree)."""

from collections.abc import Mapping
from datetime import date

from django import forms
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from .. import audit
from ..models import AuditAction


def body(request) -> dict:
    """The request's JSON object (the write endpoints parse JSON only), or a 400."""
    if not isinstance(request.data, Mapping):
        raise serializers.ValidationError({"non_field_errors": [_("Send a JSON object.")]})
    return dict(request.data)


def _shaped(form: forms.BaseForm) -> dict:
    """JSON values as the form expects them: text for one-value fields, a list of texts
    for many-value ones. A wrong shape is a 400 on that field, never a 500 inside a
    form field that expected a string."""
    data = dict(form.data)
    errors = {}
    for name, field in form.fields.items():
        value = data.get(name)
        if value is None or isinstance(value, bool):
            continue
        many = getattr(field.widget, "allow_multiple_selected", False)  # select or checkboxes
        if many and isinstance(value, list) and all(isinstance(v, str | int) for v in value):
            data[name] = [str(item) for item in value]
        elif not many and isinstance(value, str | int | float):
            data[name] = str(value)
        else:
            errors[name] = [_("Send a list of values.") if many else _("Send a single value.")]
    if errors:
        raise serializers.ValidationError(errors)
    return data


def validated(form: forms.BaseForm) -> forms.BaseForm:
    """The form, valid; otherwise a 400 whose body names each field's errors (in the
    request's language), with errors about the whole form under `non_field_errors`."""
    form.data = _shaped(form)
    if form.is_valid():
        return form
    errors = {
        "non_field_errors" if field == "__all__" else field: [item["message"] for item in items]
        for field, items in form.errors.get_json_data().items()
    }
    raise serializers.ValidationError(errors)


def with_defaults(form_class, data) -> dict:
    """POST semantics for a form: fields left out take the model's defaults, as the
    page's form shows them pre-filled."""
    model = form_class._meta.model
    defaults = {
        name: _as_sent(model._meta.get_field(name).get_default())
        for name in form_class._meta.fields
        if model._meta.get_field(name).has_default()
    }
    return {**defaults, **data}


def with_current_values(instance, form_class, data) -> dict:
    """PATCH semantics for a form: the record's current values, overlaid by the request."""
    current = forms.model_to_dict(instance, fields=form_class._meta.fields)
    return {key: _as_sent(value) for key, value in current.items() if value is not None} | data


def _as_sent(value):
    """A model value as a JSON client would send it (dates as ISO text, a country as
    its code), so that it passes the same shape check as what was sent."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool | list):
        return value
    return str(value)


def visible_or_400(queryset, value, field: str):
    """The record with id `value` in the caller's scope, or a 400 naming the field (a
    record in another office reads exactly like one that does not exist)."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        pk = None
    obj = queryset.filter(pk=pk).first() if pk is not None else None
    if obj is None:
        raise serializers.ValidationError({field: [_("No such record.")]})
    return obj


class AuditedReadMixin:
    """Lists and single reads of client data write a VIEW event, like the pages do.
    Writes take JSON only: form-encoded bodies turn every value into a list."""

    parser_classes = [JSONParser]

    audit_list = ""  # the kind of list, named in the event

    def client_id_of(self, obj) -> int | None:
        return getattr(obj, "client_id", None)

    def client_ids_of(self, obj) -> list[int]:
        """Every client the response shows for this object."""
        client_id = self.client_id_of(obj)
        return [client_id] if client_id else []

    def office_id_of(self, obj) -> int | None:
        return getattr(obj, "office_id", None)

    def paginate_queryset(self, queryset):
        self._listed = super().paginate_queryset(queryset)
        return self._listed

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        listed = self._listed or []
        detail = {"list": self.audit_list, "via": "api", "ids": [obj.pk for obj in listed]}
        clients = sorted({pk for obj in listed for pk in self.client_ids_of(obj)})
        if clients:
            detail["clients"] = clients
        audit.record(
            actor=request.user, action=AuditAction.VIEW, request=request._request, detail=detail
        )
        return response

    def retrieve(self, request, *args, **kwargs):
        obj = self.get_object()
        self.audit_read(obj)
        return Response(self.get_serializer(obj).data)

    def audit_read(self, obj) -> None:
        audit.record(
            actor=self.request.user,
            action=AuditAction.VIEW,
            obj=obj,
            client_id=self.client_id_of(obj),
            office_id=self.office_id_of(obj),
            request=self.request._request,
            detail={"via": "api", "clients": self.client_ids_of(obj)},
        )
