"""Group activities under /api/v1/: series (`activities`), meetings with their attendance,
and sign-ups, through the same forms, services, access policy and audit as the pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from counselling import access as counselling_access
from counselling import audit
from counselling.api.common import (
    AuditedReadMixin,
    body,
    validated,
    visible_or_400,
    with_current_values,
    with_defaults,
)
from counselling.api.permissions import IsStaffMember
from counselling.models import AuditAction

from . import selectors, services
from .access import ORGANISER_ROLES, meetings_for, series_for, sign_ups_for
from .forms import AttendanceForm, MeetingForm, SeriesForm
from .models import ActivitySeries, Attendance, Meeting, SignUp

NOT_A_PARTICIPANT = _("Attendance can only be marked for confirmed participants.")
SEND_MARKS = _("Send an object of sign-up ids and marks.")


def _refused(error: ValidationError) -> serializers.ValidationError:
    if hasattr(error, "error_dict"):
        return serializers.ValidationError(
            {
                "non_field_errors" if field == "__all__" else field: [
                    message for item in items for message in item.messages
                ]
                for field, items in error.error_dict.items()
            }
        )
    return serializers.ValidationError({"non_field_errors": error.messages})


class SeriesSerializer(serializers.ModelSerializer):
    topic = serializers.SlugRelatedField(slug_field="code", read_only=True)
    confirmed = serializers.IntegerField(source="confirmed_count", read_only=True)
    waiting = serializers.IntegerField(source="waiting_count", read_only=True)

    class Meta:
        model = ActivitySeries
        fields = [
            "id", "kind", "title", "topic", "languages", "office", "place", "video_link",
            "facilitator", "facilitator_volunteer", "facilitator_name", "capacity",
            "confirmed", "waiting",
            "starts_on", "ends_on", "description",
        ]  # fmt: skip


class SeriesViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Group activities of the caller's offices (no client data: reads are not audited
    one by one, but the list is, like every list here)."""

    permission_classes = [IsStaffMember]
    serializer_class = SeriesSerializer
    audit_list = "activities"

    def get_queryset(self):
        return selectors.series_list(series_for(self.request.user))

    def audit_read(self, obj) -> None:
        pass  # a series holds no personal data; its sign-ups are read (and audited) apart

    def _form(self, data, instance=None) -> SeriesForm:
        offices = counselling_access.offices_for(self.request.user)
        return validated(SeriesForm(data=data, instance=instance, offices=offices))

    @extend_schema(request=SeriesSerializer, responses={201: SeriesSerializer})
    def create(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *ORGANISER_ROLES)
        form = self._form(with_defaults(SeriesForm, body(request)))
        try:
            series = services.create_series(
                user=request.user, values=form.cleaned_data, request=request._request
            )
        except ValidationError as error:
            raise _refused(error) from error
        data = self.get_serializer(self.get_queryset().get(pk=series.pk)).data
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(request=SeriesSerializer, responses=SeriesSerializer)
    def partial_update(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *ORGANISER_ROLES)
        series = self.get_object()
        data = with_current_values(series, SeriesForm, body(request))
        if series.topic_id is not None and data.get("topic") == series.topic_id:
            # The form names topics by code.
            data["topic"] = series.topic.code
        form = self._form(data, instance=series)
        try:
            services.update_series(
                user=request.user, series=series, values=form.cleaned_data, request=request._request
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(self.get_serializer(self.get_queryset().get(pk=series.pk)).data)


class AttendanceSerializer(serializers.ModelSerializer):
    client = serializers.IntegerField(source="sign_up.client_id", read_only=True)

    class Meta:
        model = Attendance
        fields = ["sign_up", "client", "status"]


class MeetingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Meeting
        fields = [
            "id", "series", "starts_at", "ends_at", "place", "interpreter_language",
            "interpreter_mode", "interpreter_name", "anonymous_count", "cancelled",
        ]  # fmt: skip
        read_only_fields = ["anonymous_count"]


class AttendanceRequestSerializer(serializers.Serializer):
    marks = serializers.DictField(
        child=serializers.ChoiceField(choices=Attendance.Status.choices),
        help_text="Sign-up id → present, absent or excused.",
    )
    anonymous_count = serializers.IntegerField(min_value=0)


class MeetingViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Meetings of the caller's offices' series; `?series=<id>` for one series."""

    permission_classes = [IsStaffMember]
    serializer_class = MeetingSerializer
    audit_list = "meetings"

    def get_queryset(self):
        meetings = (
            meetings_for(self.request.user).select_related("series").order_by("starts_at", "pk")
        )
        series = self.request.query_params.get("series")
        if series is not None:
            meetings = meetings.filter(series_id=series if series.isdigit() else None)
        return meetings

    def audit_read(self, obj) -> None:
        pass  # times and places only; attendance names clients and is audited there

    @extend_schema(request=MeetingSerializer, responses={201: MeetingSerializer})
    def create(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *ORGANISER_ROLES)
        data = body(request)
        series = visible_or_400(series_for(request.user), data.pop("series", None), "series")
        form = validated(MeetingForm(data=with_defaults(MeetingForm, data)))
        try:
            meeting = services.add_meeting(
                user=request.user, series=series, values=form.cleaned_data, request=request._request
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(self.get_serializer(meeting).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=MeetingSerializer, responses=MeetingSerializer)
    def partial_update(self, request, *args, **kwargs):
        counselling_access.require_role(request.user, *ORGANISER_ROLES)
        meeting = self.get_object()
        data = body(request)
        data.pop("series", None)
        form = validated(
            MeetingForm(data=with_current_values(meeting, MeetingForm, data), instance=meeting)
        )
        try:
            meeting = services.update_meeting(
                user=request.user,
                meeting=meeting,
                values=form.cleaned_data,
                request=request._request,
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(self.get_serializer(meeting).data)

    @extend_schema(
        methods=["POST"], request=AttendanceRequestSerializer, responses=AttendanceSerializer
    )
    @extend_schema(methods=["GET"], responses=AttendanceSerializer(many=True))
    @action(detail=True, methods=["get", "post"])
    def attendance(self, request, pk=None, **kwargs):
        """Who came (GET); tick attendance and the anonymous count (POST), as the page does."""
        meeting = self.get_object()
        if request.method == "POST":
            counselling_access.require_role(request.user, *ORGANISER_ROLES)
            data = body(request)
            participants = selectors.meeting_with_participants(meeting)
            known = {str(entry.pk) for entry, _mark in participants}
            marks = data.get("marks", {})
            if not isinstance(marks, dict):
                raise serializers.ValidationError({"marks": [SEND_MARKS]})
            if set(marks) - known:
                raise serializers.ValidationError({"marks": [NOT_A_PARTICIPANT]})
            form_data = {f"mark_{key}": value for key, value in marks.items()}
            form_data["anonymous_count"] = data.get("anonymous_count")
            form = validated(AttendanceForm(data=form_data, participants=participants))
            try:
                services.record_attendance(
                    user=request.user,
                    meeting=meeting,
                    marks=form.marks(),
                    anonymous_count=form.cleaned_data["anonymous_count"],
                    request=request._request,
                )
            except ValidationError as error:
                raise _refused(error) from error
        marks = meeting.attendance.select_related("sign_up").order_by("sign_up_id")
        self._audit_attendance(meeting, marks)
        return Response(AttendanceSerializer(marks, many=True).data)

    def _audit_attendance(self, meeting, marks) -> None:
        audit.record(
            actor=self.request.user,
            action=AuditAction.VIEW,
            obj=meeting,
            request=self.request._request,
            detail={"via": "api", "clients": [mark.sign_up.client_id for mark in marks]},
        )


class SignUpSerializer(serializers.ModelSerializer):
    class Meta:
        model = SignUp
        fields = ["id", "series", "client", "status", "signed_up_at", "cancelled_at"]


class SignUpRequestSerializer(serializers.Serializer):
    series = serializers.IntegerField()
    client = serializers.IntegerField()


class SignUpViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Sign-ups for the caller's offices' series; `?series=<id>` for one series."""

    permission_classes = [IsStaffMember]
    serializer_class = SignUpSerializer
    audit_list = "activity-sign-ups"

    def get_queryset(self):
        entries = (
            sign_ups_for(self.request.user).select_related("series").order_by("signed_up_at", "pk")
        )
        series = self.request.query_params.get("series")
        if series is not None:
            entries = entries.filter(series_id=series if series.isdigit() else None)
        return entries

    @extend_schema(request=SignUpRequestSerializer, responses={201: SignUpSerializer})
    def create(self, request, *args, **kwargs):
        """A place if one is free, else the waiting list (`status` says which)."""
        user = request.user
        data = body(request)
        series = visible_or_400(
            selectors.open_series(series_for(user)), data.get("series"), "series"
        )
        client = visible_or_400(counselling_access.clients_for(user), data.get("client"), "client")
        try:
            entry = services.sign_up(
                user=user, series=series, client=client, request=request._request
            )
        except ValidationError as error:
            raise _refused(error) from error
        return Response(self.get_serializer(entry).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=SignUpSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None, **kwargs):
        """Cancel; a freed place goes to the first person waiting."""
        entry = self.get_object()
        try:
            services.cancel_sign_up(user=request.user, sign_up=entry, request=request._request)
        except ValidationError as error:
            raise _refused(error) from error
        return Response(self.get_serializer(self.get_queryset().get(pk=entry.pk)).data)
