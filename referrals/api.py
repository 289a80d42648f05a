"""Referrals under /api/v1/: the directory (partners, services) for staff, and referrals
for staff and partner users, through the same forms, services, access policy and audit
as the pages. A partner user's token sees their organisation's referrals only."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from counselling import access as counselling_access
from counselling.api.common import AuditedReadMixin, body, validated, visible_or_400
from counselling.api.permissions import IsStaffMember
from counselling.models import Role

from . import selectors, services, sharing
from .access import REFERRAL_ROLES, can_override_consent, referrals_for
from .forms import AnswerForm, ReferralForm, WithdrawForm
from .models import SHARED_FIELDS, Organisation, Referral, ReferralEvent, Service


class ServiceSerializer(serializers.ModelSerializer):
    organisation = serializers.PrimaryKeyRelatedField(read_only=True)
    topics = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Service
        fields = [
            "id", "uid", "organisation", "name", "description", "eligibility", "topics",
            "languages", "places", "address", "response_days", "active",
        ]  # fmt: skip


class OrganisationSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.code")

    class Meta:
        model = Organisation
        fields = [
            "id", "uid", "name", "kind", "country", "website", "phone", "email", "language",
            "attach_pdf", "active",
        ]  # fmt: skip


class PartnerViewSet(viewsets.ReadOnlyModelViewSet):
    """Partner organisations of the guidance network (no personal data)."""

    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.order_by("name", "pk")


class ServiceViewSet(viewsets.ReadOnlyModelViewSet):
    """Partners' services; `?active=true` for those taking referrals."""

    serializer_class = ServiceSerializer

    def get_queryset(self):
        services_ = Service.objects.prefetch_related("topics").order_by("pk")
        if self.request.query_params.get("active") == "true":
            services_ = services_.filter(active=True, organisation__active=True)
        return services_


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReferralEvent
        fields = ["status", "at", "by_partner", "actor", "note"]


class ReferralSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    shared = serializers.SerializerMethodField()
    events = EventSerializer(many=True, read_only=True)

    class Meta:
        model = Referral
        fields = [
            "id", "uid", "reference", "status", "client", "case", "office", "service",
            "organisation", "reason", "shared", "wished_by", "created_at", "consent",
            "override_basis", "decline_reason", "outcome", "events",
        ]  # fmt: skip

    def get_shared(self, referral) -> list[dict]:
        return [{"label": label, "value": value} for label, value in sharing.shown(referral.shared)]


class PartnerReferralSerializer(ReferralSerializer):
    """What a partner user sees: no ids of our records, and no details once closed."""

    class Meta(ReferralSerializer.Meta):
        fields = [
            "uid", "reference", "status", "service", "office", "reason", "shared",
            "wished_by", "created_at", "decline_reason", "outcome", "events",
        ]  # fmt: skip

    def to_representation(self, referral):
        data = super().to_representation(referral)
        if not referral.is_open_to_partner:
            data["reason"], data["shared"] = "", []
        for event in data["events"]:
            event.pop("actor")
        return data


class ReferralRequestSerializer(serializers.Serializer):
    case = serializers.IntegerField()
    client = serializers.IntegerField()
    service = serializers.IntegerField()
    reason = serializers.CharField()
    shared_fields = serializers.ListField(
        child=serializers.ChoiceField(choices=list(SHARED_FIELDS)), required=False
    )
    wished_by = serializers.DateField()
    override_basis = serializers.ChoiceField(choices=Referral.LegalBasis.choices, required=False)
    override_reason = serializers.CharField(required=False)


# What the status action may be asked for: partners answer, staff withdraw.
STATUS_CHANGES = [
    (Referral.Status.ACCEPTED, Referral.Status.ACCEPTED.label),
    (Referral.Status.DECLINED, Referral.Status.DECLINED.label),
    (Referral.Status.COMPLETED, Referral.Status.COMPLETED.label),
    (Referral.Status.WITHDRAWN, Referral.Status.WITHDRAWN.label),
]


class ReferralStatusRequestSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=STATUS_CHANGES,
        help_text=_("Partners accept, decline and complete; staff withdraw."),
    )
    decline_reason = serializers.ChoiceField(choices=Referral.DeclineReason.choices, required=False)
    outcome = serializers.ChoiceField(choices=Referral.Outcome.choices, required=False)
    note = serializers.CharField(required=False)


class IsStaffOrPartner(IsStaffMember):
    def has_permission(self, request, view):
        user = request.user
        partner = user and user.is_authenticated and user.is_active and user.role == Role.PARTNER
        return partner or super().has_permission(request, view)


class ReferralViewSet(
    AuditedReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Referrals: staff see their offices', partner users their organisation's."""

    permission_classes = [IsStaffOrPartner]
    audit_list = "referrals"
    lookup_value_regex = r"[0-9a-f-]+"  # an id (staff) or a uid (partner users)

    def get_queryset(self):
        return (
            referrals_for(self.request.user)
            .select_related("organisation")
            .prefetch_related("events")
            .order_by("-created_at", "-pk")
        )

    def get_object(self):
        """Staff name a referral by id; partner users by its uid (our ids stay ours)."""
        key = self.kwargs["pk"]
        field = "uid" if self._is_partner() else "pk"
        obj = None
        if (field == "pk") == key.isdigit():
            obj = self.get_queryset().filter(**{field: key}).first()
        if obj is None:
            raise Http404
        return obj

    def _is_partner(self) -> bool:
        return getattr(self.request.user, "role", None) == Role.PARTNER

    def get_serializer_class(self):
        return PartnerReferralSerializer if self._is_partner() else ReferralSerializer

    def audit_read(self, obj) -> None:
        if obj.is_open_to_partner or not self._is_partner():
            super().audit_read(obj)

    @extend_schema(request=ReferralRequestSerializer, responses={201: ReferralSerializer})
    def create(self, request, *args, **kwargs):
        """Send a referral from a case, as the page does (consent gate included)."""
        user = request.user
        counselling_access.require_role(user, *REFERRAL_ROLES)
        data = body(request)
        case = visible_or_400(counselling_access.cases_for(user), data.get("case"), "case")
        form = validated(
            ReferralForm(
                data=data,
                clients=selectors.case_clients(
                    clients=counselling_access.clients_for(user), case=case
                ),
                services=Service.objects.select_related("organisation"),
                may_override=can_override_consent(user),
            )
        )
        cleaned = form.cleaned_data
        try:
            referral = services.send_referral(
                user=user,
                case=case,
                client=cleaned["client"],
                service=cleaned["service"],
                reason=cleaned["reason"],
                shared_fields=cleaned["shared_fields"],
                wished_by=cleaned["wished_by"],
                override_basis=cleaned.get("override_basis", ""),
                override_reason=cleaned.get("override_reason", ""),
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        referral = self.get_queryset().get(pk=referral.pk)
        return Response(ReferralSerializer(referral).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses=EventSerializer(many=True))
    @action(detail=True, methods=["get"])
    def events(self, request, pk=None, **kwargs):
        """The referral's timeline: every status change, oldest first."""
        events = EventSerializer(self.get_object().events.all(), many=True).data
        if self._is_partner():
            for event in events:
                event.pop("actor")  # our staff stay ours
        return Response(events)

    @extend_schema(request=ReferralStatusRequestSerializer, responses=ReferralSerializer)
    @action(detail=True, methods=["post"])
    def status(self, request, pk=None, **kwargs):
        """Partners accept, decline (with a reason) and report the outcome; staff withdraw."""
        referral = self.get_object()
        data = body(request)
        partner = self._is_partner()
        if partner:
            form = validated(AnswerForm(data={"action": data.get("status"), **data}))
            to, note = form.cleaned_data["action"], form.cleaned_data["note"]
        else:
            counselling_access.require_role(request.user, *REFERRAL_ROLES)
            if data.get("status") != Referral.Status.WITHDRAWN:
                raise serializers.ValidationError(
                    {"status": [_("Staff can only withdraw a referral.")]}
                )
            to = Referral.Status.WITHDRAWN
            note = validated(WithdrawForm(data=data)).cleaned_data["note"]
        try:
            services.change_status(
                referral=referral,
                to=to,
                actor=request.user,
                by_partner=partner,
                note=note,
                decline_reason=data.get("decline_reason", "") if partner else "",
                outcome=data.get("outcome", "") if partner else "",
                request=request._request,
            )
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from error
        referral = self.get_queryset().get(pk=referral.pk)
        return Response(self.get_serializer(referral).data)
