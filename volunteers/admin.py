from django.contrib import admin

from .models import Volunteer


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    """Coordinators keep the roster and the matches in the app (audited there); here an
    administrator links a peer counsellor's limited account (a user whose role is
    "volunteer")."""

    list_display = ["__str__", "active", "background_check_expires_on"]
    list_filter = ["active", "offices"]
    search_fields = ["first_name", "last_name"]
    filter_horizontal = ["offices"]
    raw_id_fields = ["user"]
