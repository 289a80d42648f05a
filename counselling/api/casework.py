"""Cases, counselling sessions and follow-ups under /api/v1/: the same forms, access
policy, services and audit as the pages."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import SAFE_METHODS
from rest_framework.response import Response

from clients.models import Topic

from .. import access, services
from ..forms import CaseForm, FollowUpForm, HandoverForm, SessionForm
from ..models import (
    Case,
    CaseHandover,
    CounsellingSession,
    FollowUp,
)
from .common import (
    AuditedReadMixin,
    body,
    validated,
    visible_or_400,
    with_current_values,
    with_defaults,
)
from .permissions import IsStaffMember


class CanWorkCases(IsStaffMember):
    """Any staff member reads; counsellors, coordinators and administrators write."""

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        return request.method in SAFE_METHODS or request.user.role in access.SESSION_ROLES


def _topics():
    return Topic.objects.select_related("parent").order_by("position")


TOPIC_CODES = serializers.SlugRelatedField(
    slug_field="code",
    many=True,
    read_only=True,
    help_text=_("Topic codes from the two-level taxonomy."),
)


class HandoverSerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseHandover
        fields = ["id", "from_owner", "to_owner", "note", "handed_over_by", "handed_over_at"]


class CaseSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True, help_text=_("e.g. K-000042"))
    topics = TOPIC_CODES
    handovers = HandoverSerializer(many=True, read_only=True)

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "client",
            "household",
            "office",
            "owner",
            "programme",
            "topics",
            "status",
            "opened_on",
            "closed_on",
            "handovers",
        ]
        read_only_fields = fields


class CaseWriteSerializer(serializers.ModelSerializer):
    """Give `client` or `household`; office and owner only on creation."""

    topics = serializers.ListField(
        child=serializers.CharField(), required=False, help_text=_("Topic codes.")
    )

    class Meta:
        model = Case
        fields = ["client", "household", "office", "owner", "programme", "topics"]


class HandoverRequestSerializer(serializers.Serializer):
    to_owner = serializers.IntegerField(help_text=_("Id of the new owner, staff of the office."))
    note = serializers.CharField(help_text=_("What the new owner needs to know."))


class StatusRequestSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Case.Status.choices)


def _id(name: str) -> filters.NumberFilter:
    """An id filter. Not a model-choice filter: that answers 400 for a missing record
    and [] for another office's, and so reveals which ids exist."""
    return filters.NumberFilter(field_name=f"{name}_id")


class CaseFilter(filters.FilterSet):
    owner, office, client, household = _id("owner"), _id("office"), _id("client"), _id("household")
    topic = filters.CharFilter(field_name="topics__code", help_text=_("A topic code."))

    class Meta:
        model = Case
        fields = ["status", "programme", "owner", "office", "client", "household", "topic"]


class CaseViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Cases in the caller's offices."""

    serializer_class = CaseSerializer
    filterset_class = CaseFilter
    permission_classes = [CanWorkCases]
    audit_list = "cases"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return (
            access.cases_for(self.request.user)
            .prefetch_related("topics", "handovers")
            .order_by("-opened_on", "-id")
        )

    @extend_schema(request=CaseWriteSerializer, responses={201: CaseSerializer})
    def create(self, request, *args, **kwargs):
        user = request.user
        data = body(request)
        if ("client" in data) == ("household" in data):
            raise serializers.ValidationError(
                {"non_field_errors": [_("Give either a client or a household.")]}
            )
        offices = access.offices_for(user)
        form = validated(
            CaseForm(
                data=with_defaults(CaseForm, data),
                offices=offices,
                owners=access.caseworkers(offices),
                topics=_topics(),
            )
        )
        case = form.save(commit=False)
        if "client" in data:
            case.client = visible_or_400(access.clients_for(user), data["client"], "client")
        else:
            households = access.households_for_new_cases(user)
            case.household = visible_or_400(households, data["household"], "household")
        services.open_case(
            case=case,
            opened_by=user,
            topics=list(form.cleaned_data["topics"]),
            request=request._request,
        )
        return Response(CaseSerializer(case).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=CaseWriteSerializer, responses=CaseSerializer)
    def partial_update(self, request, *args, **kwargs):
        case = self.get_object()
        current = {**with_current_values(case, CaseForm, {})}
        current["topics"] = list(case.topics.values_list("code", flat=True))
        form = validated(
            CaseForm(
                data={**current, **body(request)},
                instance=case,
                offices=None,
                owners=None,
                topics=_topics(),
                initial={"topics": current["topics"]},
            )
        )
        if form.has_changed():
            services.update_case(
                case=form.save(commit=False),
                changed_by=request.user,
                changed=form.changed_data,
                topics=list(form.cleaned_data["topics"]),
                request=request._request,
            )
        return Response(CaseSerializer(self.get_object()).data)

    @extend_schema(request=HandoverRequestSerializer, responses=CaseSerializer)
    @action(detail=True, methods=["post"])
    def handover(self, request, pk=None):
        case = self.get_object()
        form = validated(
            HandoverForm(data=body(request), candidates=services.handover_candidates(case))
        )
        try:
            services.hand_over_case(
                case=case,
                to_owner=form.cleaned_data["to_owner"],
                note=form.cleaned_data["note"],
                handed_over_by=request.user,
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError(error.message_dict) from error
        return Response(CaseSerializer(self.get_object()).data)

    @extend_schema(request=StatusRequestSerializer, responses=CaseSerializer)
    @action(detail=True, methods=["post"], url_path="status")
    def set_status(self, request, pk=None):
        """Close an open case or reopen a closed one."""
        case = self.get_object()
        try:
            services.set_case_status(
                case=case,
                status=str(body(request).get("status", "")),
                changed_by=request.user,
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError(error.message_dict) from error
        return Response(CaseSerializer(self.get_object()).data)


class FollowUpSerializer(serializers.ModelSerializer):
    class Meta:
        model = FollowUp
        fields = [
            "id",
            "client",
            "session",
            "assigned_to",
            "due_on",
            "description",
            "done_at",
            "created_at",
        ]
        read_only_fields = ["session", "done_at", "created_at"]


class SessionSerializer(serializers.ModelSerializer):
    topics = TOPIC_CODES
    note = serializers.SerializerMethodField(
        help_text=_("The case note (Markdown); null when it is restricted and not yours.")
    )
    follow_ups = FollowUpSerializer(many=True, read_only=True)

    class Meta:
        model = CounsellingSession
        fields = [
            "id",
            "client",
            "case",
            "counsellor",
            "office",
            "started_at",
            "duration_minutes",
            "channel",
            "place",
            "topics",
            "interpreter_language",
            "interpreter_mode",
            "note",
            "restricted",
            "outcome",
            "follow_ups",
            "created_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_note(self, session) -> str | None:
        return session.note if access.can_read_note(self.context["request"].user, session) else None


class SessionWriteSerializer(serializers.ModelSerializer):
    topics = serializers.ListField(child=serializers.CharField(), help_text=_("Topic codes."))
    follow_up_due = serializers.DateField(required=False, help_text=_("Book a follow-up by."))
    follow_up_description = serializers.CharField(
        required=False, help_text=_("What the follow-up is for.")
    )

    class Meta:
        model = CounsellingSession
        # Described here, checked by SessionForm.
        fields = ["client", *SessionForm._meta.fields, "follow_up_due", "follow_up_description"]


class SessionFilter(filters.FilterSet):
    client, case, counsellor, office = _id("client"), _id("case"), _id("counsellor"), _id("office")
    since = filters.IsoDateTimeFilter(field_name="started_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="started_at", lookup_expr="lt")
    topic = filters.CharFilter(field_name="topics__code", help_text=_("A topic code."))

    class Meta:
        model = CounsellingSession
        fields = ["client", "case", "counsellor", "office", "channel", "outcome", "topic"]


class SessionViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Counselling sessions held in the caller's offices. Restricted notes read as null
    for anyone but their author and the coordinators."""

    serializer_class = SessionSerializer
    filterset_class = SessionFilter
    permission_classes = [CanWorkCases]
    audit_list = "sessions"

    def get_queryset(self):
        return (
            access.sessions_for(self.request.user)
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("position")), "follow_ups"
            )
            .order_by("-started_at", "-id")
        )

    @extend_schema(request=SessionWriteSerializer, responses={201: SessionSerializer})
    def create(self, request, *args, **kwargs):
        user = request.user
        sent = body(request)
        client = visible_or_400(access.clients_for(user), sent.get("client"), "client")
        defaults = {"started_at": timezone.now().isoformat(), "office": access.home_office_id(user)}
        form = validated(
            SessionForm(
                data=with_defaults(SessionForm, {**defaults, **sent}),
                offices=access.offices_for(user),
                topics=_topics(),
            )
        )
        session = services.log_session(
            session=form.save(commit=False),
            counsellor=user,
            client=client,
            topics=list(form.cleaned_data["topics"]),
            follow_up_due=form.cleaned_data["follow_up_due"],
            follow_up_description=form.cleaned_data["follow_up_description"],
            request=request._request,
        )
        session = self.get_queryset().get(pk=session.pk)
        return Response(self.get_serializer(session).data, status=status.HTTP_201_CREATED)


class FollowUpFilter(filters.FilterSet):
    client, assigned_to = _id("client"), _id("assigned_to")
    done = filters.BooleanFilter(field_name="done_at", lookup_expr="isnull", exclude=True)
    due_before = filters.DateFilter(field_name="due_on", lookup_expr="lte")

    class Meta:
        model = FollowUp
        fields = ["client", "assigned_to", "done", "due_before"]


class FollowUpViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Follow-ups of the caller's clients."""

    serializer_class = FollowUpSerializer
    filterset_class = FollowUpFilter
    permission_classes = [CanWorkCases]
    audit_list = "follow_ups"

    def get_queryset(self):
        return access.follow_ups_for(self.request.user).order_by("due_on", "id")

    def create(self, request, *args, **kwargs):
        user = request.user
        sent = body(request)
        client = visible_or_400(access.clients_for(user), sent.get("client"), "client")
        data = {"assigned_to": user.pk, **sent}
        form = validated(
            FollowUpForm(data=data, assignees=access.caseworkers(access.office_ids(user)))
        )
        follow_up = form.save(commit=False)
        follow_up.client = client
        services.book_follow_up(follow_up=follow_up, booked_by=user, request=request._request)
        return Response(FollowUpSerializer(follow_up).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=FollowUpSerializer)
    @action(detail=True, methods=["post"])
    def done(self, request, pk=None):
        follow_up = services.complete_follow_up(
            follow_up=self.get_object(), done_by=request.user, request=request._request
        )
        return Response(FollowUpSerializer(follow_up).data)
