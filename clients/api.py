"""Clients, households and consents under /api/v1/. Input is checked by the same forms
as the pages, and every read and change goes through the same access policy, services
and audit."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django_countries.serializers import CountryFieldMixin
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from counselling import access, audit
from counselling import services as counselling_services
from counselling.api.common import (
    AuditedReadMixin,
    body,
    validated,
    visible_or_400,
    with_current_values,
    with_defaults,
)
from counselling.models import AuditAction

from . import selectors, services
from .forms import ClientForm, ClientProfileForm, ConsentForm, SearchForm
from .models import Client, Consent, Household, Relationship

PROFILE_FIELDS = Client.PROFILE_FIELDS


class ClientSerializer(CountryFieldMixin, serializers.ModelSerializer):
    reference = serializers.CharField(
        read_only=True, help_text=_("A pseudonymous number staff can say aloud, e.g. C-000042.")
    )

    class Meta:
        model = Client
        fields = [
            "id",
            "reference",
            *PROFILE_FIELDS,
            "household",
            "relationship",
            "registered_office_id",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ClientWriteSerializer(CountryFieldMixin, serializers.ModelSerializer):
    """What a client may be created or changed with (validated by the registration form)."""

    office = serializers.IntegerField(
        required=False, help_text=_("On creation: the registering office, one of yours.")
    )
    processing_consent = serializers.BooleanField(
        required=False, help_text=_("On creation: the client agreed to the processing of data.")
    )
    not_a_duplicate = serializers.BooleanField(
        required=False,
        help_text=_("On creation: register even though possible duplicates were found."),
    )

    class Meta:
        model = Client
        fields = [
            *PROFILE_FIELDS,
            "household",
            "relationship",
            "office",
            "processing_consent",
            "not_a_duplicate",
        ]


class SearchSerializer(serializers.Serializer):
    q = serializers.CharField(help_text=_("Name, personal code, phone or e-mail."))


class MergeSerializer(serializers.Serializer):
    duplicate = serializers.IntegerField(help_text=_("Id of the record to merge into this one."))


class ClientFilter(filters.FilterSet):
    # Ids, not model choices: a choice filter would answer "no such record" for another
    # office's household and so reveal which ids exist.
    household = filters.NumberFilter(field_name="household_id")
    registered_office = filters.NumberFilter(field_name="registered_office_id")
    created_after = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")

    class Meta:
        model = Client
        fields = ["segment", "legal_status", "preferred_language", "household", "citizenship"]


class ClientViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Clients in the caller's offices. Every read is audited; searching is a POST so
    that a name never reaches a URL or a log line."""

    serializer_class = ClientSerializer
    filterset_class = ClientFilter
    audit_list = "clients"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return access.clients_for(self.request.user).order_by("family_name", "given_name", "id")

    def client_id_of(self, obj):
        return obj.pk

    def office_id_of(self, obj):
        return obj.registered_office_id

    @extend_schema(request=ClientWriteSerializer, responses={201: ClientSerializer})
    def create(self, request, *args, **kwargs):
        user = request.user
        data = with_defaults(ClientForm, body(request))
        form = validated(ClientForm(data=data, offices=access.offices_for(user)))
        data = form.cleaned_data
        if not data["not_a_duplicate"]:
            duplicates = selectors.possible_duplicates(
                access.clients_for(user), **{f: data[f] for f in selectors.DUPLICATE_FIELDS}
            )
            if duplicates:
                audit.record(
                    actor=user,
                    action=AuditAction.VIEW,
                    request=request._request,
                    detail={
                        "list": "possible_duplicates",
                        "via": "api",
                        "clients": [c.pk for c in duplicates],
                    },
                )
                message = _("This person may already be registered. Send not_a_duplicate: true.")
                return Response(
                    {
                        "not_a_duplicate": [message],
                        "possible_duplicates": ClientSerializer(duplicates, many=True).data,
                    },
                    status=status.HTTP_400_BAD_REQUEST,
                )
        client = services.register_client(
            client=form.save(commit=False),
            registered_by=user,
            office_id=data["office"].pk,
            processing_consent=data["processing_consent"],
            request=request._request,
        )
        return Response(ClientSerializer(client).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ClientWriteSerializer, responses=ClientSerializer)
    def partial_update(self, request, *args, **kwargs):
        client = self.get_object()
        sent = body(request)
        profile = {key: value for key, value in sent.items() if key in PROFILE_FIELDS}
        form = validated(
            ClientProfileForm(
                data=with_current_values(client, ClientProfileForm, profile), instance=client
            )
        )
        household = self._household(sent, client)
        with transaction.atomic():
            if form.has_changed():
                services.update_client(
                    client=form.save(commit=False),
                    changed_by=request.user,
                    request=request._request,
                )
            if household is not None:
                services.set_household(
                    client=client,
                    household=household[0],
                    relationship=household[1],
                    changed_by=request.user,
                    request=request._request,
                )
        if not form.has_changed() and household is None:
            self.audit_read(client)  # nothing changed, but the profile is sent back
        client.refresh_from_db()
        return Response(ClientSerializer(client).data)

    def _household(self, data, client):
        """(household or None, relationship) when the request moves the client."""
        if "household" not in data and "relationship" not in data:
            return None
        household_id = data.get("household", client.household_id)
        relationship = data.get("relationship", client.relationship) or ""
        household = None
        if household_id is not None:
            households = access.households_for(self.request.user)
            household = visible_or_400(households, household_id, "household")
        if relationship and relationship not in Relationship.values:
            raise serializers.ValidationError({"relationship": [_("Choose a relationship.")]})
        return household, relationship

    @extend_schema(request=SearchSerializer, responses=ClientSerializer(many=True))
    @action(detail=False, methods=["post"])
    def search(self, request):
        """Search by any part of a name in any script, ID code, phone or e-mail (at most 25)."""
        form = validated(SearchForm(data=body(request)))
        results = selectors.search(self.get_queryset(), form.cleaned_data["q"])
        audit.record(
            actor=request.user,
            action=AuditAction.SEARCH,
            request=request._request,
            detail={"via": "api", "clients": [client.pk for client in results]},
        )
        return Response(ClientSerializer(results, many=True).data)

    @extend_schema(request=MergeSerializer, responses=ClientSerializer)
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        """Coordinators: move everything of `duplicate` onto this record."""
        if request.user.role not in access.MERGE_ROLES:
            raise PermissionDenied
        keep = self.get_object()
        data = MergeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        duplicate = visible_or_400(
            self.get_queryset(), data.validated_data["duplicate"], "duplicate"
        )
        try:
            counselling_services.merge_clients(
                keep=keep, duplicate=duplicate, merged_by=request.user, request=request._request
            )
        except ValidationError as error:
            raise serializers.ValidationError({"duplicate": error.messages}) from error
        keep.refresh_from_db()
        return Response(ClientSerializer(keep).data)


class HouseholdSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True, help_text=_("e.g. H-000012"))
    members = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, help_text=_("Ids of the members you may see.")
    )

    class Meta:
        model = Household
        fields = ["id", "reference", "name", "registered_office_id", "members", "created_at"]
        read_only_fields = ["registered_office_id", "created_at"]


class HouseholdViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Households; members join through PATCH /clients/{id}/ with `household`."""

    serializer_class = HouseholdSerializer
    filterset_fields = ["registered_office_id"]
    audit_list = "households"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        visible = access.clients_for(self.request.user).only("id", "household_id")
        return (
            access.households_for(self.request.user)
            .prefetch_related(Prefetch("members", queryset=visible))
            .order_by("name", "id")
        )

    def office_id_of(self, obj):
        return obj.registered_office_id

    def perform_create(self, serializer):
        serializer.instance = services.create_household(
            name=serializer.validated_data["name"],
            office_id=access.home_office_id(self.request.user),
            created_by=self.request.user,
            request=self.request._request,
        )

    def perform_update(self, serializer):
        household = serializer.instance
        if not access.households_for_new_cases(self.request.user).filter(pk=household.pk):
            raise PermissionDenied  # seen through a member, but started elsewhere
        serializer.instance = services.rename_household(
            household=household,
            name=serializer.validated_data.get("name", household.name),
            changed_by=self.request.user,
            request=self.request._request,
        )

    def client_ids_of(self, obj):
        return [member.pk for member in obj.members.all()]


class ConsentSerializer(serializers.ModelSerializer):
    is_active = serializers.BooleanField(read_only=True, help_text=_("Not withdrawn."))

    class Meta:
        model = Consent
        fields = [
            "id",
            "client",
            "scope",
            "partner_name",
            "given_at",
            "recorded_by",
            "withdrawn_at",
            "withdrawn_by",
            "is_active",
        ]
        read_only_fields = ["given_at", "recorded_by", "withdrawn_at", "withdrawn_by"]


class ConsentFilter(filters.FilterSet):
    client = filters.NumberFilter(field_name="client_id")
    active = filters.BooleanFilter(field_name="withdrawn_at", lookup_expr="isnull")

    class Meta:
        model = Consent
        fields = ["client", "scope", "active"]


class ConsentViewSet(
    AuditedReadMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Consents of the caller's clients. Withdrawing keeps the record."""

    serializer_class = ConsentSerializer
    filterset_class = ConsentFilter
    audit_list = "consents"

    def get_queryset(self):
        return Consent.objects.filter(client__in=access.clients_for(self.request.user)).order_by(
            "-given_at", "-id"
        )

    def create(self, request, *args, **kwargs):
        sent = body(request)
        client = visible_or_400(access.clients_for(request.user), sent.get("client"), "client")
        form = validated(ConsentForm(data=sent))
        consent = services.record_consent(
            client=client,
            scope=form.cleaned_data["scope"],
            partner_name=form.cleaned_data["partner_name"],
            recorded_by=request.user,
            request=request._request,
        )
        return Response(ConsentSerializer(consent).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=ConsentSerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        consent = services.withdraw_consent(
            consent=self.get_object(), withdrawn_by=request.user, request=request._request
        )
        return Response(ConsentSerializer(consent).data)
