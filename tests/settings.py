"""The one place for test overrides."""

import os

os.environ.setdefault("SECRET_KEY", "silta-tests-only-" + "x" * 40)
os.environ.setdefault("PSEUDONYM_KEY", "silta-tests-pseudonyms-" + "p" * 20)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SECURE_COOKIES", "0")
# Mail stays in memory, except in the integration tests' worker, which sends by SMTP.
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

from counselling.settings import *  # noqa: E402,F403

# Argon2 is deliberately slow; tests sign in hundreds of times.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_USE_FINDERS = True  # no collectstatic before tests
WHITENOISE_AUTOREFRESH = True

# Parallel workers (pytest -n) each get their own Redis database for the cache: every
# test starts by clearing the cache, which must not wipe a neighbour's rate counters.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw"):
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    _parts = urlsplit(CACHES["default"]["LOCATION"])  # noqa: F405
    _db = str(1 + int(_worker[2:]) % 15)
    if _parts.scheme == "unix":  # urlunsplit would drop the "//" of unix:///path
        _query = urlencode({**dict(parse_qsl(_parts.query)), "db": _db})
        CACHES["default"]["LOCATION"] = f"unix://{_parts.path}?{_query}"  # noqa: F405
    else:
        CACHES["default"]["LOCATION"] = urlunsplit(_parts._replace(path=f"/{_db}"))  # noqa: F405
