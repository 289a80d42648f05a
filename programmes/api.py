"""Programmes under /api/v1/: programmes and their phases (no personal data), enrolments
with their phase history and a `move` action, and plan goals with a `review` action —
through the same forms, services, access policy and audit as the pages."""

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from counselling import access
from counselling.api.common import AuditedReadMixin, body, validated, visible_or_400

from . import selectors, services
from .access import PROGRAMME_ROLES, enrolments_for, goals_for
from .forms import EnrolForm, GoalForm, MoveForm, ReviewForm
from .models import Enrolment, Phase, PhaseSpell, PlanGoal, Programme


def _refused(error: ValidationError) -> serializers.ValidationError:
    return serializers.ValidationError({"non_field_errors": error.messages})


class PhaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Phase
        fields = ["id", "name", "order", "expected_days", "is_closing"]


class ProgrammeSerializer(serializers.ModelSerializer):
    phases = PhaseSerializer(many=True, read_only=True)

    class Meta:
        model = Programme
        fields = ["id", "code", "name", "description", "active", "phases"]


class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    """Programmes and their ordered phases."""

    serializer_class = ProgrammeSerializer

    def get_queryset(self):
        return selectors.programmes()


class SpellSerializer(serializers.ModelSerializer):
    class Meta:
        model = PhaseSpell
        fields = ["phase", "started_at", "ended_at", "responsible", "moved_by", "note"]


class EnrolmentSerializer(serializers.ModelSerializer):
    overrun_days = serializers.SerializerMethodField()
    spells = SpellSerializer(many=True, read_only=True)

    class Meta:
        model = Enrolment
        fields = [
            "id", "client", "programme", "office", "phase", "responsible", "phase_started_at",
            "phase_due_on", "overrun_days", "started_at", "ended_at", "spells",
        ]  # fmt: skip

    def get_overrun_days(self, enrolment) -> int:
        return enrolment.days_over()


class EnrolRequestSerializer(serializers.Serializer):
    client = serializers.IntegerField()
    programme = serializers.IntegerField()
    office = serializers.IntegerField()
    responsible = serializers.IntegerField()
    note = serializers.CharField(required=False)


class MoveRequestSerializer(serializers.Serializer):
    phase = serializers.IntegerField()
    responsible = serializers.IntegerField(
        required=False, help_text="Defaults to the person responsible now."
    )
    note = serializers.CharField(required=False, help_text="Required when going back a phase.")


class EnrolmentViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Enrolments at the caller's offices, newest first; `?open=true`: the open ones,
    overrunning phases first; `?programme=<code>`."""

    serializer_class = EnrolmentSerializer
    audit_list = "enrolments"

    def get_queryset(self):
        user = self.request.user
        if self.request.query_params.get("open") == "true":
            enrolments = selectors.enrolment_list(user=user)
        else:
            enrolments = enrolments_for(user).order_by("-started_at", "-pk")
        if code := self.request.query_params.get("programme"):
            enrolments = enrolments.filter(programme__code=code)
        return enrolments.prefetch_related("spells")

    @extend_schema(request=EnrolRequestSerializer, responses={201: EnrolmentSerializer})
    def create(self, request, *args, **kwargs):
        """Enrol a client, as the page does."""
        user = request.user
        access.require_role(user, *PROGRAMME_ROLES)
        data = body(request)
        client = visible_or_400(access.clients_for(user), data.get("client"), "client")
        offices = access.offices_for(user)
        form = validated(
            EnrolForm(
                data=data,
                programmes=Programme.objects.filter(active=True),
                offices=offices,
                people=access.caseworkers(offices.values("pk")),
            )
        )
        try:
            enrolment = services.enrol(
                client=client, by=user, request=request._request, **form.cleaned_data
            )
        except ValidationError as error:
            raise _refused(error) from error
        enrolment = self.get_queryset().get(pk=enrolment.pk)
        return Response(EnrolmentSerializer(enrolment).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=MoveRequestSerializer, responses=EnrolmentSerializer)
    @action(detail=True, methods=["post"])
    def move(self, request, pk=None, **kwargs):
        """Move to the next phase, back one step (with a note) or to closing."""
        access.require_role(request.user, *PROGRAMME_ROLES)
        enrolment = self.get_object()
        data = {"responsible": enrolment.responsible_id, **body(request)}
        form = validated(
            MoveForm(
                data=data,
                phases=enrolment.programme.phases.all(),
                people=access.caseworkers([enrolment.office_id]),
            )
        )
        try:
            services.move_to_phase(
                enrolment=enrolment, by=request.user, request=request._request, **form.cleaned_data
            )
        except ValidationError as error:
            raise _refused(error) from error
        enrolment = self.get_queryset().get(pk=enrolment.pk)
        return Response(EnrolmentSerializer(enrolment).data)


class PlanGoalSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlanGoal
        fields = [
            "id", "enrolment", "kind", "description", "status", "target_on", "done_on",
            "created_at", "last_reviewed_at",
        ]  # fmt: skip


class GoalRequestSerializer(serializers.Serializer):
    enrolment = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=PlanGoal.Kind.choices)
    description = serializers.CharField(required=False)
    target_on = serializers.DateField(required=False)


class ReviewRequestSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=PlanGoal.Status.choices)
    session = serializers.IntegerField(required=False)
    note = serializers.CharField(required=False)


class PlanGoalViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Goals of the support-person plans at the caller's offices; `?enrolment=<id>`."""

    serializer_class = PlanGoalSerializer
    audit_list = "plan_goals"

    def get_queryset(self):
        goals = goals_for(self.request.user).select_related("enrolment").order_by("pk")
        enrolment = self.request.query_params.get("enrolment", "")
        if enrolment.isascii() and enrolment.isdigit():
            goals = goals.filter(enrolment_id=enrolment)
        return goals

    def client_id_of(self, goal) -> int | None:
        return goal.enrolment.client_id

    def office_id_of(self, goal) -> int | None:
        return goal.enrolment.office_id

    @extend_schema(request=GoalRequestSerializer, responses={201: PlanGoalSerializer})
    def create(self, request, *args, **kwargs):
        access.require_role(request.user, *PROGRAMME_ROLES)
        data = body(request)
        enrolment = visible_or_400(enrolments_for(request.user), data.get("enrolment"), "enrolment")
        form = validated(GoalForm(data=data))
        try:
            goal = services.add_goal(
                enrolment=enrolment, by=request.user, request=request._request, **form.cleaned_data
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(PlanGoalSerializer(goal).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ReviewRequestSerializer, responses=PlanGoalSerializer)
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None, **kwargs):
        """Record where the goal stands, optionally at one of the client's sessions."""
        access.require_role(request.user, *PROGRAMME_ROLES)
        goal = self.get_object()
        sessions = access.sessions_for(request.user).filter(client_id=goal.enrolment.client_id)
        form = validated(ReviewForm(data=body(request), sessions=sessions))
        try:
            goal = services.review_goal(
                goal=goal, by=request.user, request=request._request, **form.cleaned_data
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(PlanGoalSerializer(goal).data)
