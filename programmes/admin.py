from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import Phase, Programme


class PhaseInline(TranslationTabularInline):
    model = Phase
    extra = 0
    ordering = ["order"]


@admin.register(Programme)
class ProgrammeAdmin(TranslationAdmin):
    """Programmes and their phases are set up here; enrolments move only through the
    enrolment page or the API, so their history stays whole."""

    list_display = ["name", "code", "active"]
    inlines = [PhaseInline]
