"""Volunteers and matches under /api/v1/, through the same forms, services, access policy
and audit as the pages. A volunteer account's token lists its own active matches, each
with only the client details that match shares."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from counselling import access as counselling_access
from counselling.api.common import (
    AuditedReadMixin,
    body,
    validated,
    visible_or_400,
    with_current_values,
)
from counselling.api.permissions import IsCoordinator
from counselling.models import Role

from . import selectors, services, sharing
from .access import matches_for, volunteers_for
from .forms import CheckInForm, EndMatchForm, MatchForm, VolunteerForm
from .models import DEFAULT_SHARED, CheckIn, Match, Volunteer
from .services import ROSTER_FIELDS


class VolunteerSerializer(serializers.ModelSerializer):
    offices = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    has_account = serializers.SerializerMethodField()

    class Meta:
        model = Volunteer
        fields = ["id", *ROSTER_FIELDS, "offices", "has_account"]

    def get_has_account(self, volunteer) -> bool:
        return volunteer.user_id is not None


class VolunteerViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """The roster of the caller's offices (coordinators); `?kind=`, `?language=` filter."""

    permission_classes = [IsCoordinator]
    serializer_class = VolunteerSerializer
    audit_list = "volunteers"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        params = self.request.query_params
        return selectors.roster(
            volunteers_for(self.request.user),
            kind=params.get("kind", "")[:30],
            language=params.get("language", "")[:10],
            active=None,
        )

    @extend_schema(request=VolunteerSerializer, responses={201: VolunteerSerializer})
    def create(self, request, *args, **kwargs):
        return self._save(request, None, status.HTTP_201_CREATED)

    @extend_schema(request=VolunteerSerializer, responses=VolunteerSerializer)
    def partial_update(self, request, *args, **kwargs):
        volunteer = self.get_object()
        return self._save(request, volunteer, status.HTTP_200_OK)

    def update(self, request, *args, **kwargs):
        return self.partial_update(request, *args, **kwargs)

    def _save(self, request, volunteer, answer):
        data = body(request)
        offices = counselling_access.offices_for(request.user)
        if volunteer is not None:
            current = with_current_values(volunteer, VolunteerForm, {})
            current["offices"] = list(
                volunteer.offices.filter(pk__in=offices).values_list("pk", flat=True)
            )
            data = current | data
        for name in ("skills", "places"):  # the form takes them as text separated by commas
            if isinstance(data.get(name), list):
                data[name] = ",".join(str(item) for item in data[name])
        form = validated(VolunteerForm(data=data, instance=volunteer, offices=offices))
        chosen = list(form.cleaned_data["offices"])
        if volunteer is not None:
            chosen += list(volunteer.offices.exclude(pk__in=offices))
        saved = services.save_volunteer(
            user=request.user,
            values=form.cleaned_data,
            offices=chosen,
            volunteer=volunteer,
            request=request._request,
        )
        return Response(
            VolunteerSerializer(self.get_queryset().get(pk=saved.pk)).data, status=answer
        )


class CheckInSerializer(serializers.ModelSerializer):
    class Meta:
        model = CheckIn
        fields = ["id", "on", "by", "note", "next_on", "created_at"]


class MatchSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)

    class Meta:
        model = Match
        fields = [
            "id", "reference", "client", "volunteer", "office", "kind", "starts_on",
            "planned_end_on", "ended_on", "status", "outcome", "outcome_note",
            "shared_fields", "needs", "made_by", "created_at",
        ]  # fmt: skip


class VolunteerMatchSerializer(serializers.ModelSerializer):
    """What a volunteer sees: the match, and the client only through its shared fields."""

    client = serializers.SerializerMethodField()

    class Meta:
        model = Match
        fields = ["id", "kind", "starts_on", "planned_end_on", "client"]

    def get_client(self, match) -> dict:
        return {field: value for field, _label, value in sharing.shown(match)}


class MatchRequestSerializer(serializers.Serializer):
    client = serializers.IntegerField()
    volunteer = serializers.IntegerField()
    office = serializers.IntegerField()
    kind = serializers.CharField()
    starts_on = serializers.DateField()
    planned_end_on = serializers.DateField(required=False)
    shared_fields = serializers.ListField(child=serializers.CharField(), required=False)
    needs = serializers.CharField(required=False)


class CheckInRequestSerializer(serializers.Serializer):
    on = serializers.DateField()
    note = serializers.CharField(required=False)
    next_on = serializers.DateField(required=False)


class EndRequestSerializer(serializers.Serializer):
    ended_on = serializers.DateField()
    outcome = serializers.ChoiceField(choices=Match.Outcome.choices)
    outcome_note = serializers.CharField(required=False)


class IsCoordinatorOrVolunteer(BasePermission):
    def has_permission(self, request, view):
        user = request.user
        if user and user.is_authenticated and user.is_active and user.role == Role.VOLUNTEER:
            return view.action in {"list", "retrieve"}  # their own matches, read only
        return IsCoordinator().has_permission(request, view)


class MatchViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Matches: coordinators see their offices'; a volunteer account its own active ones,
    with only the shared details of each client."""

    permission_classes = [IsCoordinatorOrVolunteer]
    audit_list = "matches"

    def _is_volunteer(self) -> bool:
        return getattr(self.request.user, "role", None) == Role.VOLUNTEER

    def get_queryset(self):
        matches = matches_for(self.request.user)
        if self._is_volunteer():
            return selectors.volunteer_matches(matches)
        return matches.order_by("-starts_on", "-pk")

    def get_serializer_class(self):
        return VolunteerMatchSerializer if self._is_volunteer() else MatchSerializer

    @extend_schema(request=MatchRequestSerializer, responses={201: MatchSerializer})
    def create(self, request, *args, **kwargs):
        """Match a client with a volunteer, as the page does (check and overlap rules)."""
        user = request.user
        data = body(request)
        client = visible_or_400(counselling_access.clients_for(user), data.get("client"), "client")
        data.setdefault("starts_on", timezone.localdate().isoformat())
        form = validated(
            MatchForm(
                data=data,
                volunteers=volunteers_for(user),
                offices=counselling_access.offices_for(user),
            )
        )
        cleaned = form.cleaned_data
        shared = cleaned["shared_fields"] if "shared_fields" in data else DEFAULT_SHARED
        try:
            match = services.make_match(
                user=user,
                client=client,
                volunteer=cleaned["volunteer"],
                office=cleaned["office"],
                kind=cleaned["kind"],
                starts_on=cleaned["starts_on"],
                planned_end_on=cleaned["planned_end_on"],
                shared_fields=shared,
                needs=cleaned["needs"],
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        return Response(MatchSerializer(match).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=CheckInRequestSerializer, responses=CheckInSerializer(many=True))
    @action(detail=True, methods=["get", "post"], url_path="check-ins")
    def check_ins(self, request, pk=None, **kwargs):
        """The match's check-ins, newest first; POST logs one."""
        match = self.get_object()
        if request.method == "POST":
            form = validated(CheckInForm(data=body(request)))
            try:
                services.log_check_in(
                    user=request.user, match=match, request=request._request, **form.cleaned_data
                )
            except ValidationError as error:
                raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        else:
            self.audit_read(match)
        check_ins = CheckInSerializer(match.check_ins.order_by("-on", "-pk"), many=True).data
        answer = status.HTTP_201_CREATED if request.method == "POST" else status.HTTP_200_OK
        return Response(check_ins, status=answer)

    @extend_schema(request=EndRequestSerializer, responses=MatchSerializer)
    @action(detail=True, methods=["post"])
    def end(self, request, pk=None, **kwargs):
        """End the match with its outcome."""
        match = self.get_object()
        form = validated(EndMatchForm(data=body(request)))
        try:
            match = services.end_match(
                user=request.user, match=match, request=request._request, **form.cleaned_data
            )
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        return Response(MatchSerializer(match).data)
