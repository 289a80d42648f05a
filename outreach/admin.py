from django.contrib import admin

from .models import OutreachEvent, Tally


class TallyInline(admin.TabularInline):
    model = Tally
    extra = 0


@admin.register(OutreachEvent)
class OutreachEventAdmin(admin.ModelAdmin):
    """Administrators correct an event; staff plan and count on the outreach pages."""

    list_display = ["title", "kind", "office", "starts_at", "ends_at"]
    list_filter = ["kind", "office"]
    search_fields = ["title", "place", "partner"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["staff"]
    raw_id_fields = ["sessions"]
    inlines = [TallyInline]
