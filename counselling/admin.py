from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from clients.models import Client

from . import access, audit
from .api.authentication import revoke_tokens
from .models import AuditAction, AuditEvent, Case, Office, OutgoingMessage, User


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "city", "languages"]
    prepopulated_fields = {"code": ["name"]}


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "first_name", "last_name", "role", "is_active"]
    list_filter = ["role", "is_active", "offices"]
    filter_horizontal = ["offices", "groups", "user_permissions"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        (_("Silta"), {"fields": ["role", "offices", "language"]}),
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A token was issued under the old role and password; it must not outlive them.
        if change and {"role", "is_active", "password"} & set(form.changed_data):
            revoke_tokens(obj)


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["id", "family_name", "given_name", "created_at"]
    search_fields = ["id"]

    def get_queryset(self, request):
        return access.clients_for(request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # isascii: "²".isdecimal() is true, but it is no id.
        valid_id = object_id.isascii() and object_id.isdecimal()
        client = self.get_object(request, object_id) if valid_id else None
        if client is not None:
            audit.record(
                actor=request.user,
                action=AuditAction.VIEW,
                obj=client,
                client_id=client.pk,
                office_id=client.registered_office_id,
                request=request,
                detail={"via": "admin"},
            )
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["id", "office", "owner", "status", "opened_on"]
    list_filter = ["status", "office"]
    raw_id_fields = ["client", "owner"]

    def get_queryset(self, request):
        return access.cases_for(request.user).select_related("office", "owner")


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = [
        "occurred_at",
        "actor_id",
        "actor_role",
        "action",
        "object_type",
        "object_id",
        "client_id",
    ]
    list_filter = ["action"]
    show_full_result_count = False  # COUNT(*) over millions of rows is the slow part

    def get_queryset(self, request):
        return access.audit_events_for(request.user)


@admin.register(OutgoingMessage)
class OutgoingMessageAdmin(ReadOnlyAdmin):
    # Bodies are left out: a password-reset link is a credential.
    list_display = ["id", "kind", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind"]
    fields = [
        "kind",
        "language",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "message_id",
        "created_at",
        "sent_at",
    ]
