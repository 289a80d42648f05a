from django.contrib import admin
from django.db import models

from .models import ActivitySeries


@admin.register(ActivitySeries)
class ActivitySeriesAdmin(admin.ModelAdmin):
    """Read-only: places, the waiting list and dates have rules that the pages' services
    keep; the admin is for looking things up."""

    list_display = ["title", "kind", "office", "starts_on", "ends_on", "capacity"]
    list_filter = ["kind", "office"]
    search_fields = ["title"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
