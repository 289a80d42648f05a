from django.contrib import admin

from .models import PageFeedback


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    """What readers answered, as they gave it: nobody adds or edits an answer. Deleting
    stays possible, for a comment in which a reader wrote personal details."""

    list_display = ["created_at", "page", "language", "helpful", "comment"]
    list_filter = ["helpful", "language"]
    search_fields = ["page__slug", "comment"]
    list_select_related = ["page"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
