from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from . import hsds
from .models import Organisation, Service

HSDS_MAX_MB = 5


class ServiceInline(TranslationStackedInline):
    model = Service
    extra = 0
    filter_horizontal = ["topics"]


class HsdsImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("HSDS JSON file"))

    def clean_file(self):
        """The parsed document; HsdsError (a ValidationError) if it is not JSON."""
        upload = self.cleaned_data["file"]
        if upload.size > HSDS_MAX_MB * 1024 * 1024:
            raise ValidationError(_("The file is larger than %(size)s MB.") % {"size": HSDS_MAX_MB})
        return hsds.parse(upload.read())


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    """Administrators maintain the directory (DESIGN.md: roles), by hand or as Open
    Referral HSDS JSON (referrals/hsds.py)."""

    list_display = ["name", "kind", "country", "email", "active"]
    list_filter = ["kind", "country", "active"]
    search_fields = ["name", "email"]
    inlines = [ServiceInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    change_list_template = "admin/referrals/organisation/change_list.html"

    def get_urls(self):
        # admin_view: the admin site's own check (administrators after two-factor).
        hsds_urls = [
            path(
                "hsds/export/",
                self.admin_site.admin_view(self.export_hsds),
                name="referrals_organisation_hsds_export",
            ),
            path(
                "hsds/import/",
                self.admin_site.admin_view(self.import_hsds),
                name="referrals_organisation_hsds_import",
            ),
        ]
        return hsds_urls + super().get_urls()

    def export_hsds(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = hsds.export_directory(actor=request.user, request=request)
        response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = 'attachment; filename="silta-partners-hsds.json"'
        return response

    def import_hsds(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        posted = request.method == "POST"
        form = HsdsImportForm(request.POST, request.FILES) if posted else HsdsImportForm()
        if posted and form.is_valid():
            try:
                result = hsds.import_directory(
                    form.cleaned_data["file"], actor=request.user, request=request
                )
            except hsds.HsdsError as error:
                form.add_error("file", error)
            else:
                message = _(
                    "Partner directory imported: %(organisations_created)s organisations "
                    "created and %(organisations_updated)s updated, %(services_created)s "
                    "services created and %(services_updated)s updated."
                )
                self.message_user(request, message % result.counts(), messages.SUCCESS)
                return redirect("admin:referrals_organisation_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import HSDS JSON"),
            "form": form,
        }
        return TemplateResponse(
            request,
            "admin/referrals/organisation/hsds_import.html",
            context,
            status=400 if form.errors else 200,
        )
