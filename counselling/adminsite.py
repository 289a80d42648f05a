from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SiltaAdminSite(admin.AdminSite):
    """Django admin for administrators only, after two-factor, signed in through our login."""

    site_header = _("Silta administration")
    site_title = _("Silta administration")

    def has_permission(self, request):
        user = request.user
        return (
            user.is_active and user.is_authenticated and user.role == "admin" and user.is_verified()
        )

    def login(self, request, extra_context=None):
        if self.has_permission(request):
            return redirect("admin:index")
        return redirect_to_login(request.GET.get("next") or reverse("admin:index"))
