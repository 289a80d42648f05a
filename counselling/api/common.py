"""What every client-data endpoint shares: audited reads, and the browser's forms as the
one place where input rules live (so the API and the UI can never disagree)."""

from django import forms
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.response import Response

from .. import audit
from ..models import AuditAction


def validated(form: forms.BaseForm) -> forms.BaseForm:
    """The form, valid; otherwise a 400 whose body names each field's errors (in the
    request's language), with errors about the whole form under `non_field_errors`."""
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
        name: model._meta.get_field(name).get_default()
        for name in form_class._meta.fields
        if model._meta.get_field(name).has_default()
    }
    return {**defaults, **data}


def with_current_values(instance, form_class, data) -> dict:
    """PATCH semantics for a form: the record's current values, overlaid by the request."""
    current = forms.model_to_dict(instance, fields=form_class._meta.fields)
    return {**{key: value for key, value in current.items() if value is not None}, **data}


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
    """Lists and single reads of client data write a VIEW event, like the pages do."""

    audit_list = ""  # the kind of list, named in the event

    def client_id_of(self, obj) -> int | None:
        return getattr(obj, "client_id", None)

    def office_id_of(self, obj) -> int | None:
        return getattr(obj, "office_id", None)

    def paginate_queryset(self, queryset):
        self._listed = super().paginate_queryset(queryset)
        return self._listed

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        listed = self._listed or []
        detail = {"list": self.audit_list, "via": "api", "ids": [obj.pk for obj in listed]}
        clients = sorted({self.client_id_of(obj) for obj in listed} - {None})
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
            detail={"via": "api"},
        )
