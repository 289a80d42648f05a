from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from .. import access, audit, twofactor
from ..models import AuditAction, AuditEvent, Office, Role, User
from .authentication import revoke_tokens
from .permissions import IsCoordinator, IsStaffMember


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)
    code = serializers.RegexField(
        r"^\d{6}$", required=False, help_text=_("Two-factor code, for roles that need it.")
    )


class TokenView(APIView):
    """Exchange a staff member's or partner user's credentials (and two-factor code) for an
    API token."""

    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "token"

    @extend_schema(
        request=TokenRequestSerializer,
        responses={200: {"type": "object", "properties": {"token": {"type": "string"}}}},
    )
    def post(self, request):
        data = TokenRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = authenticate(
            request._request,
            username=data.validated_data["username"],
            password=data.validated_data["password"],
        )
        # Staff, partner users (their token sees their organisation's referrals only) and
        # volunteer accounts (their own matches only).
        if user is None or not (
            user.is_staff_member or user.role in {Role.PARTNER, Role.VOLUNTEER}
        ):
            audit.record(
                actor=None,
                action=AuditAction.LOGIN_FAILED,
                request=request._request,
                detail={"via": "api"},
            )
            raise serializers.ValidationError({"detail": _("Wrong username or password.")})
        device = twofactor.confirmed_device(user)
        if user.requires_two_factor or device is not None:
            code = data.validated_data.get("code")
            if device is None or not code or not device.verify_token(code):
                raise serializers.ValidationError(
                    {"code": _("A valid two-factor code is required.")}
                )
        # A fresh token each time: an old one may have expired (ExpiringTokenAuthentication).
        revoke_tokens(user)
        token = Token.objects.create(user=user)
        audit.record(
            actor=user, action=AuditAction.LOGIN, request=request._request, detail={"via": "api"}
        )
        return Response({"token": token.key})


class OfficeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Office
        fields = ["id", "name", "code", "city", "languages"]


class MeSerializer(serializers.ModelSerializer):
    offices = OfficeSerializer(many=True)

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "first_name",
            "last_name",
            "email",
            "role",
            "language",
            "offices",
        ]


class MeView(APIView):
    permission_classes = [IsStaffMember]

    @extend_schema(responses=MeSerializer)
    def get(self, request):
        return Response(MeSerializer(request.user).data)


class OfficeViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsStaffMember]
    serializer_class = OfficeSerializer

    def get_queryset(self):
        return access.offices_for(self.request.user).order_by("name")


class AuditEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "occurred_at",
            "actor_id",
            "actor_role",
            "action",
            "object_type",
            "object_id",
            "client_id",
            "office_id",
            "request_id",
            "detail",
        ]


class AuditEventFilter(filters.FilterSet):
    actor = filters.NumberFilter(field_name="actor_id")
    client = filters.NumberFilter(field_name="client_id")
    since = filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="lt")

    class Meta:
        model = AuditEvent
        fields = ["actor", "client", "since", "until", "action"]


class AuditCursorPagination(CursorPagination):
    ordering = ("-occurred_at", "-id")
    page_size = 50


class AuditEventViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The audit trail, newest first (coordinators and administrators)."""

    permission_classes = [IsCoordinator]
    serializer_class = AuditEventSerializer
    filterset_class = AuditEventFilter
    pagination_class = AuditCursorPagination

    def get_queryset(self):
        return access.audit_events_for(self.request.user)
