from rest_framework.permissions import BasePermission

from ..models import STAFF_ROLES, Role


class IsStaffMember(BasePermission):
    """Signed-in staff (not partners), verified by two-factor where their role needs it."""

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated and user.is_active and user.role in STAFF_ROLES):
            return False
        # Token requests carry no OTP session: the token endpoint checked the code.
        if request.auth is None and user.requires_two_factor and not user.is_verified():
            return False
        return True


class IsCoordinator(IsStaffMember):
    def has_permission(self, request, view):
        return super().has_permission(request, view) and request.user.role in {
            Role.COORDINATOR,
            Role.ADMIN,
        }
