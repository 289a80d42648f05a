from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed


class ExpiringTokenAuthentication(TokenAuthentication):
    """Tokens last API_TOKEN_HOURS. The two-factor code was checked when the token was
    issued; expiry bounds how long that check counts, and `revoke_tokens` ends it at
    once when the role, password or account state changes."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if token.created < timezone.now() - settings.API_TOKEN_TTL:
            token.delete()
            raise AuthenticationFailed(_("The token has expired. Ask for a new one."))
        return user, token


def revoke_tokens(user) -> None:
    Token.objects.filter(user=user).delete()
