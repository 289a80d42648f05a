"""Intake under /api/v1/: the contact form for other sites (public, CORS for configured
origins), and inquiries, call-backs and walk-ins for staff, through the same forms,
services, access policy and audit as the pages."""

import secrets

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from counselling import access as counselling_access
from counselling.api.common import AuditedReadMixin, body, validated
from counselling.audit import client_ip

from . import access, services
from .forms import AssignForm, AttemptForm, CloseForm, ContactApiForm, ReplyForm
from .models import (
    CallAttempt,
    CallBack,
    Inquiry,
    InquiryChannel,
    InquiryMessage,
    RejectedSubmission,
    Visit,
)


class ContactRequestSerializer(serializers.Serializer):
    name = serializers.CharField(required=False, help_text=_("Optional."))
    reply_by = serializers.ChoiceField(choices=Inquiry.ReplyBy.choices)
    email = serializers.EmailField(required=False)
    phone = serializers.CharField(required=False)
    language = serializers.CharField(help_text=_("Language of the answer (ISO 639 code)."))
    topic = serializers.CharField(required=False, help_text=_("A first-level topic code."))
    office = serializers.IntegerField(required=False)
    message = serializers.CharField()
    consent = serializers.BooleanField(help_text=_("Must be true."))
    website = serializers.CharField(required=False, help_text=_("Leave empty."))


class ContactResponseSerializer(serializers.Serializer):
    reference = serializers.CharField()


class ContactView(APIView):
    """Send an inquiry, as the public form does. Send an `Idempotency-Key` header so
    that a retried request does not make a second inquiry."""

    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(request=ContactRequestSerializer, responses={201: ContactResponseSerializer})
    def post(self, request):
        too_many = Response({"detail": services.TOO_MANY}, status=429)
        if services.too_many_from(client_ip(request._request) or ""):
            return too_many
        raw = services.keep_raw(
            channel=InquiryChannel.WEB_FORM,
            payload=request._request.body,
            content_type=request.content_type or "",
        )
        data = body(request)
        form = validated(ContactApiForm(data=data))
        key = str(request.headers.get("Idempotency-Key", ""))[:64] or secrets.token_urlsafe(18)
        refused = services.screen(form=form, raw=raw)
        if refused == RejectedSubmission.Reason.RATE_CONTACT:
            return too_many
        if refused:  # a bot's post looks accepted: telling it why teaches it
            return Response({"reference": ""}, status=status.HTTP_201_CREATED)
        cleaned = form.cleaned_data
        inquiry, created = services.submit_inquiry(
            inquiry=form.new_inquiry(),
            message=cleaned["message"],
            attachments=[],
            page_language=translation.get_language(),
            submission_key=f"api:{key}",
            raw=raw,
            request=request._request,
        )
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response({"reference": inquiry.reference}, status=code)


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = InquiryMessage
        fields = ["id", "direction", "body", "author", "message_id", "created_at"]


class InquirySerializer(serializers.ModelSerializer):
    messages = MessageSerializer(many=True, read_only=True)
    topic = serializers.SlugRelatedField(
        slug_field="code", read_only=True, help_text=_('Topic code; null for "I don\'t know".')
    )

    class Meta:
        model = Inquiry
        fields = [
            "id",
            "reference",
            "channel",
            "status",
            "office",
            "assignee",
            "name",
            "reply_by",
            "email",
            "phone",
            "language",
            "topic",
            "client",
            "duration_minutes",
            "interpreter_language",
            "created_at",
            "due_at",
            "first_response_at",
            "closed_at",
            "outcome",
            "messages",
        ]
        read_only_fields = fields


class ReplyRequestSerializer(serializers.Serializer):
    body = serializers.CharField()


class AssignRequestSerializer(serializers.Serializer):
    assignee = serializers.IntegerField(allow_null=True)


class CloseRequestSerializer(serializers.Serializer):
    outcome = serializers.CharField(help_text=_("A contact outcome code."))


class InquiryFilter(filters.FilterSet):
    office = filters.NumberFilter(field_name="office_id")
    assignee = filters.NumberFilter(field_name="assignee_id")
    client = filters.NumberFilter(field_name="client_id")
    topic = filters.CharFilter(field_name="topic__code")
    overdue = filters.BooleanFilter(method="filter_overdue")

    class Meta:
        model = Inquiry
        fields = ["channel", "status", "language", "office", "assignee", "client", "topic"]

    def filter_overdue(self, queryset, name, value):
        overdue = queryset.exclude(status="closed").filter(due_at__lt=timezone.now())
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class InquiryViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Inquiries of the caller's offices, most urgent first."""

    serializer_class = InquirySerializer
    filterset_class = InquiryFilter
    audit_list = "inquiries"

    def get_queryset(self):
        return (
            access.inquiries_for(self.request.user)
            .prefetch_related(Prefetch("messages", queryset=InquiryMessage.objects.order_by("id")))
            .select_related("topic")
            .order_by("due_at", "id")
        )

    def _answer(self, inquiry):
        inquiry = self.get_queryset().get(pk=inquiry.pk)
        return Response(InquirySerializer(inquiry).data)

    @extend_schema(request=ReplyRequestSerializer, responses=InquirySerializer)
    @action(detail=True, methods=["post"])
    def reply(self, request, pk=None):
        counselling_access.require_role(request.user, *counselling_access.SESSION_ROLES)
        inquiry = self.get_object()
        form = validated(ReplyForm(data=body(request)))
        if not inquiry.email:
            raise serializers.ValidationError(
                {
                    "non_field_errors": [
                        _("This person gave no e-mail address. Call them or wait for the visit.")
                    ]
                }
            )
        services.reply(
            inquiry=inquiry,
            author=request.user,
            body=form.cleaned_data["body"],
            request=request._request,
        )
        return self._answer(inquiry)

    @extend_schema(request=AssignRequestSerializer, responses=InquirySerializer)
    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        inquiry = self.get_object()
        form = validated(AssignForm(data=body(request), inquiry=inquiry))
        services.assign(
            inquiry=inquiry,
            assignee=form.cleaned_data["assignee"],
            by=request.user,
            request=request._request,
        )
        return self._answer(inquiry)

    @extend_schema(request=CloseRequestSerializer, responses=InquirySerializer)
    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        inquiry = self.get_object()
        form = validated(CloseForm(data=body(request)))
        services.close(
            inquiry=inquiry,
            outcome=form.cleaned_data["outcome"],
            by=request.user,
            request=request._request,
        )
        return self._answer(inquiry)


class AttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = CallAttempt
        fields = ["id", "at", "by", "result", "note"]


class CallBackSerializer(serializers.ModelSerializer):
    attempts = AttemptSerializer(many=True, read_only=True)

    class Meta:
        model = CallBack
        fields = [
            "id",
            "inquiry",
            "phone",
            "language",
            "when",
            "due_at",
            "assigned_to",
            "status",
            "created_at",
            "ended_at",
            "attempts",
        ]
        read_only_fields = fields


class AttemptRequestSerializer(serializers.Serializer):
    result = serializers.ChoiceField(choices=CallAttempt.Result.choices)
    note = serializers.CharField(required=False)


class CallBackViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """People to call back (filter `status=open` for the queue)."""

    serializer_class = CallBackSerializer
    filterset_fields = ["status", "language"]
    audit_list = "call_backs"

    def get_queryset(self):
        return (
            access.call_backs_for(self.request.user)
            .select_related("inquiry")
            .prefetch_related("attempts")
            .order_by("due_at", "id")
        )

    def client_id_of(self, obj):
        return obj.inquiry.client_id

    @extend_schema(request=AttemptRequestSerializer, responses=CallBackSerializer)
    @action(detail=True, methods=["post"])
    def attempt(self, request, pk=None):
        call_back = self.get_object()
        form = validated(AttemptForm(data=body(request)))
        try:
            services.record_attempt(
                call_back=call_back,
                result=form.cleaned_data["result"],
                note=form.cleaned_data["note"],
                by=request.user,
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        return Response(CallBackSerializer(self.get_queryset().get(pk=call_back.pk)).data)


class VisitSerializer(serializers.ModelSerializer):
    waited_minutes = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Visit
        fields = [
            "id",
            "office",
            "day",
            "number",
            "status",
            "language",
            "topic",
            "client",
            "arrived_at",
            "called_at",
            "served_by",
            "ended_at",
            "waited_minutes",
        ]
        read_only_fields = fields


class VisitFilter(filters.FilterSet):
    office = filters.NumberFilter(field_name="office_id")

    class Meta:
        model = Visit
        fields = ["office", "day", "status"]


class VisitViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Walk-in visits of the caller's offices (filter by `day` and `office`)."""

    serializer_class = VisitSerializer
    filterset_class = VisitFilter
    audit_list = "walk_ins"

    def get_queryset(self):
        return access.visits_for(self.request.user).order_by("-day", "number")
