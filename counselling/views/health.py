from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        return False


def _redis() -> bool:
    import redis

    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1
        )
        return bool(client.ping())
    except Exception:
        return False


def _worker() -> bool:
    from counselling.celery import app

    try:
        return bool(app.control.ping(timeout=1.0))
    except Exception:
        return False


@never_cache
def healthz(request):
    """Reachability of what Silta needs, for load balancers and `make run`. No auth, no data."""
    checks = {"database": _database(), "redis": _redis()}
    # Asking the worker travels through Redis; without Redis the answer is known.
    checks["worker"] = _worker() if checks["redis"] else False
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"}
    body.update({name: "ok" if ok else "down" for name, ok in checks.items()})
    return JsonResponse(body, status=200 if healthy else 503)
