"""Outreach under /api/v1/: events with their tallies, taps, undo and contacts, through
the same forms, services, access policy and audit as the pages."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.forms import model_to_dict
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from channels.models import Inquiry
from counselling import access as counselling_access
from counselling.api.common import AuditedReadMixin, body, validated, with_defaults

from . import services
from .access import EVENT_ROLES, events_for
from .forms import ContactForm, EventForm, TallyForm
from .models import EventKind, OutreachContact, OutreachEvent, Tally


class TallySerializer(serializers.ModelSerializer):
    topic = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Tally
        fields = ["topic", "language", "count"]
        read_only_fields = fields


class OutreachEventSerializer(serializers.ModelSerializer):
    tallies = TallySerializer(many=True, read_only=True)
    contacts = serializers.SerializerMethodField(help_text=_("Ids of the contacts' inquiries."))

    class Meta:
        model = OutreachEvent
        fields = [
            "id",
            "kind",
            "title",
            "office",
            "place",
            "starts_at",
            "ends_at",
            "staff",
            "partner",
            "notes",
            "tallies",
            "contacts",
            "sessions",
            "created_at",
        ]
        read_only_fields = fields

    def get_contacts(self, event) -> list[int]:
        return [contact.inquiry_id for contact in event.contacts.all()]


class EventWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=EventKind.choices)
    title = serializers.CharField()
    office = serializers.IntegerField()
    place = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    staff = serializers.ListField(child=serializers.IntegerField(), required=False)
    partner = serializers.CharField(required=False)
    notes = serializers.CharField(required=False)


class TallyRequestSerializer(serializers.Serializer):
    topic = serializers.CharField(help_text=_("A first-level topic code."))
    language = serializers.CharField(help_text=_("A language code (ISO 639)."))
    count = serializers.IntegerField(required=False, help_text=_("How many people; 1 if left out."))


class OutreachContactRequestSerializer(serializers.Serializer):
    language = serializers.CharField()
    topic = serializers.CharField(required=False, help_text=_("A first-level topic code."))
    question = serializers.CharField()
    answer = serializers.CharField(required=False)
    name = serializers.CharField(required=False)
    reply_by = serializers.ChoiceField(choices=Inquiry.ReplyBy.choices)
    email = serializers.EmailField(required=False)
    phone = serializers.CharField(required=False)
    consent = serializers.BooleanField(help_text=_("Must be true: the person agreed."))
    client_reference = serializers.CharField(required=False)
    register_client = serializers.BooleanField(required=False)
    given_name = serializers.CharField(required=False)
    family_name = serializers.CharField(required=False)
    processing_consent = serializers.BooleanField(required=False)


class OutreachContactResponseSerializer(serializers.Serializer):
    inquiry = serializers.IntegerField()
    reference = serializers.CharField()
    client = serializers.IntegerField(allow_null=True)


class EventFilter(filters.FilterSet):
    office = filters.NumberFilter(field_name="office_id")
    starts_after = filters.IsoDateTimeFilter(field_name="starts_at", lookup_expr="gte")
    starts_before = filters.IsoDateTimeFilter(field_name="starts_at", lookup_expr="lt")

    class Meta:
        model = OutreachEvent
        fields = ["kind", "office"]


class OutreachEventViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Outreach events of the caller's offices, newest first, with their tallies."""

    serializer_class = OutreachEventSerializer
    filterset_class = EventFilter
    audit_list = "outreach_events"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return (
            events_for(self.request.user)
            .prefetch_related(
                "staff",
                "sessions",
                Prefetch("tallies", queryset=Tally.objects.select_related("topic")),
                Prefetch("contacts", queryset=OutreachContact.objects.select_related("inquiry")),
            )
            .order_by("-starts_at", "-id")
        )

    def client_ids_of(self, event) -> list[int]:
        return sorted({c.inquiry.client_id for c in event.contacts.all() if c.inquiry.client_id})

    def _answer(self, event, code=status.HTTP_200_OK):
        return Response(OutreachEventSerializer(self.get_queryset().get(pk=event.pk)).data, code)

    @extend_schema(request=EventWriteSerializer, responses={201: OutreachEventSerializer})
    def create(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *EVENT_ROLES)
        data = with_defaults(EventForm, body(request))
        form = validated(EventForm(data=data, user=request.user))
        event = services.create_event(
            event=form.save(commit=False),
            staff=form.cleaned_data["staff"],
            created_by=request.user,
            request=request._request,
        )
        return self._answer(event, status.HTTP_201_CREATED)

    @extend_schema(request=EventWriteSerializer, responses=OutreachEventSerializer)
    def partial_update(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *EVENT_ROLES)
        event = self.get_object()
        current = model_to_dict(event, fields=EventForm._meta.fields)
        current["staff"] = [user.pk for user in current["staff"]]
        current["office"] = event.office_id
        for name in ("starts_at", "ends_at"):
            current[name] = current[name].isoformat()
        form = validated(EventForm(data=current | body(request), instance=event, user=request.user))
        services.update_event(
            event=form.save(commit=False),
            staff=form.cleaned_data["staff"],
            changed=form.changed_data,
            changed_by=request.user,
            request=request._request,
        )
        return self._answer(event)

    def _tally_request(self, request) -> dict:
        return validated(TallyForm(data=body(request))).cleaned_data

    @extend_schema(request=TallyRequestSerializer, responses=OutreachEventSerializer)
    @action(detail=True, methods=["post"])
    def tally(self, request, pk=None):
        """Count people by topic and language (no names: nothing else is read)."""
        event = self.get_object()
        data = self._tally_request(request)
        services.add_to_tally(event=event, **data, by=request.user, request=request._request)
        return self._answer(event)

    @extend_schema(request=TallyRequestSerializer, responses=OutreachEventSerializer)
    @action(detail=True, methods=["post"])
    def undo(self, request, pk=None):
        """Take back people counted by mistake; a count never goes below zero."""
        event = self.get_object()
        data = self._tally_request(request)
        try:
            services.undo_tally(event=event, **data, by=request.user, request=request._request)
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        return self._answer(event)

    @extend_schema(
        request=OutreachContactRequestSerializer, responses={201: OutreachContactResponseSerializer}
    )
    @action(detail=True, methods=["post"])
    def contacts(self, request, pk=None):
        """Record a contact who wants an answer later: it becomes an inquiry of the
        event's office (and a client, with `register_client`)."""
        event = self.get_object()
        form = validated(
            ContactForm(
                data=with_defaults(ContactForm, body(request)),
                clients=counselling_access.clients_for(request.user),
            )
        )
        data = form.cleaned_data
        inquiry = form.save(commit=False)
        inquiry.client = data["client_reference"]
        contact = services.record_contact(
            event=event,
            inquiry=inquiry,
            question=data["question"],
            answer=data["answer"],
            new_client=form.new_client(),
            processing_consent=data["processing_consent"],
            by=request.user,
            request=request._request,
        )
        answer = {
            "inquiry": contact.inquiry_id,
            "reference": contact.inquiry.reference,
            "client": contact.inquiry.client_id,
        }
        return Response(answer, status=status.HTTP_201_CREATED)
