from django.contrib import admin

from .models import ActivitySeries


@admin.register(ActivitySeries)
class ActivitySeriesAdmin(admin.ModelAdmin):
    """Read-only: places, the waiting list and dates have rules that the pages' services
    keep; the admin is for looking things up."""

    list_display = ["title", "kind", "office", "starts_on", "ends_on", "capacity"]
    list_filter = ["kind", "office"]
    search_fields = ["title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
