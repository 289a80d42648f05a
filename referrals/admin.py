from django.contrib import admin
from django.db import models
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .models import Organisation, Service


class ServiceInline(TranslationStackedInline):
    model = Service
    extra = 0
    filter_horizontal = ["topics"]


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    """Administrators maintain the directory (DESIGN.md: roles)."""

    list_display = ["name", "kind", "country", "email", "active"]
    list_filter = ["kind", "country", "active"]
    search_fields = ["name", "email"]
    inlines = [ServiceInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
