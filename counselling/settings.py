"""Silta settings: everything that differs between machines comes from the environment.

Production is the default: DEBUG is off unless DEBUG=1, and then SECRET_KEY and
ALLOWED_HOSTS must be given. `make run` sets DEBUG=1 for the demo.
"""

import os
import urllib.parse
from datetime import timedelta
from pathlib import Path

from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """postgres://user:pass@host:port/name, or a unix socket as ?host=/dir."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL.")
    query = dict(urllib.parse.parse_qsl(parts.query))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": urllib.parse.unquote(parts.path.lstrip("/")) or "silta",
        "USER": urllib.parse.unquote(parts.username or "postgres"),
        "PASSWORD": urllib.parse.unquote(parts.password or ""),
        "HOST": query.pop("host", None) or parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
        "CONN_HEALTH_CHECKS": True,
        # Name search tolerates a typo in a short name ("ivanva" for "ivanova" scores
        # 0.57 against pg_trgm's default threshold of 0.6).
        "OPTIONS": {"options": "-c pg_trgm.word_similarity_threshold=0.5", **query},
    }


def celery_broker_from_redis_url(url: str) -> str:
    """redis-py speaks unix://path; kombu wants redis+socket://path."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "unix":
        db = dict(urllib.parse.parse_qsl(parts.query)).get("db", "0")
        return f"redis+socket://{parts.path}?virtual_host={db}"
    return url


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "django-insecure-silta-development-only" if DEBUG else None)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "counselling.apps.SiltaAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "django_countries",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "simple_history",
    "corsheaders",
    "clients",
    "counselling",
    "channels",
    "referrals",
    "knowledge",
    "volunteers",
    "programmes",
    "training",
    "outreach",
    "activities",
    "reports",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "counselling.middleware.RequestIdMiddleware",
    # Anonymous readers' knowledge pages from Redis, before sessions and the rest run.
    "knowledge.cache.PublicPageCache",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "counselling.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A change refused because the client's processing is restricted: a 400, not a 500.
    "counselling.middleware.RestrictedRecordMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    # Puts the signed-in user on every history row written during a request.
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "counselling.urls"
WSGI_APPLICATION = "counselling.wsgi.application"
AUTH_USER_MODEL = "counselling.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/silta")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "silta",
        # A cache outage must not take pages down with it: fail within a second.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}

# Celery: Redis as broker. Publishing must fail fast when Redis is down; the
# outbox sweep delivers whatever could not be enqueued.
CELERY_BROKER_URL = celery_broker_from_redis_url(REDIS_URL)
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "socket_timeout": 5,
    "max_retries": 0,
    # An unacknowledged task returns only after this; the sweep covers the gap.
    "visibility_timeout": 3600,
}
CELERY_TASK_IGNORE_RESULT = True
# Reuse a task's database connection (see counselling/celery.py); Celery still closes
# it every 1,000 tasks (it counts before and after each).
CELERY_DB_REUSE_MAX = 1000
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "celery"
# E-mail has its own queue, so a backlog of other work never delays a password reset.
CELERY_TASK_ROUTES = {
    "counselling.tasks.deliver_message": {"queue": "outbox"},
    "counselling.tasks.sweep_outbox": {"queue": "outbox"},
}
CELERY_TIMEZONE = "UTC"
# Task modules besides each app's tasks.py (which autodiscovery finds).
CELERY_IMPORTS = ["counselling.knowledge_digest"]
OUTBOX_SWEEP_SECONDS = env_int("OUTBOX_SWEEP_SECONDS", 60)
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 8)
CELERY_BEAT_SCHEDULE = {
    "sweep-outbox": {
        "task": "counselling.tasks.sweep_outbox",
        "schedule": timedelta(seconds=OUTBOX_SWEEP_SECONDS),
    },
    # Reads the e-inquiry mailbox; does nothing until IMAP_HOST is set.
    "poll-mailbox": {
        "task": "channels.tasks.poll_mailbox",
        "schedule": timedelta(seconds=env_int("IMAP_POLL_SECONDS", 60)),
    },
    "drop-unaccepted-raw": {
        "task": "channels.tasks.drop_unaccepted_raw",
        "schedule": timedelta(hours=24),
    },
    # Partners who have not answered by the wished date: one reminder each.
    "remind-referrals": {
        "task": "referrals.tasks.remind_unanswered",
        "schedule": timedelta(hours=1),
    },
    # Participants of tomorrow's group meetings: one reminder each per meeting.
    "remind-activity-participants": {
        "task": "activities.tasks.send_reminders",
        "schedule": timedelta(seconds=env_int("ACTIVITY_REMINDER_SECONDS", 3600)),
    },
    # Knowledge pages due for review and translations out of date, Monday morning in
    # Estonia (the schedule is in UTC); once per person per week however often it runs.
    "knowledge-digest": {
        "task": "counselling.knowledge_digest.send_knowledge_digest",
        "schedule": crontab(day_of_week="mon", hour=5, minute=0),
    },
    # Satisfaction surveys for inquiries closed and sessions logged lately (SURVEY_AFTER).
    "invite-to-surveys": {
        "task": "reports.tasks.invite_to_surveys",
        "schedule": timedelta(minutes=15),
    },
    # Volunteers' background checks expiring and matches gone quiet: one digest per
    # coordinator per day, early morning in Estonia and Finland (the schedule is in UTC).
    "volunteer-alerts": {
        "task": "volunteers.tasks.send_alert_digests",
        "schedule": crontab(hour=4, minute=30),
    },
    # Report files past REPORT_FILE_DAYS are deleted; ones a dead worker left are failed.
    "clean-report-files": {
        "task": "reports.tasks.clean_report_files",
        "schedule": timedelta(minutes=10),
    },
    # Records past their retention period are anonymised or deleted (privacy), at
    # night in Estonia and Finland (the schedule is in UTC).
    "run-retention": {
        "task": "privacy.tasks.run_retention",
        "schedule": crontab(hour=0, minute=30),
    },
}

# Volunteer alerts: a background check expiring within this many days, and an active
# match without a check-in for this many weeks.
VOLUNTEER_CHECK_EXPIRY_DAYS = env_int("VOLUNTEER_CHECK_EXPIRY_DAYS", 30)
VOLUNTEER_CHECK_IN_WEEKS = env_int("VOLUNTEER_CHECK_IN_WEEKS", 4)

# E-mail: sent only by the outbox task, over SMTP.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 1025 if DEBUG else 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Silta <no-reply@silta.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_MESSAGE_ID_DOMAIN = env_str("EMAIL_MESSAGE_ID_DOMAIN", "silta.example.org")

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3

# Login throttling: lock a username+address pair after 5 failures for 30 minutes.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Its log lines would name the username and address; ours carry nothing personal.
AXES_CLIENT_STR_CALLABLE = "counselling.logging.axes_client_str"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

OTP_TOTP_ISSUER = "Silta"
# Nobody, administrators included, reads another person's TOTP secret or QR code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Roles that must pass two-factor authentication before they see anything.
TWO_FACTOR_REQUIRED_ROLES = ["coordinator", "admin"]

SESSION_COOKIE_AGE = 60 * 60 * 10
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "counselling.views.errors.csrf_failure"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}

# Oversized requests answer 400, not a 500 or a stuck worker.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("et", _("Estonian")),
    ("ru", _("Russian")),
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("uk", _("Ukrainian")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["counselling.formats"]  # European dates in English too
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Tallinn")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Knowledge search: each language's PostgreSQL text-search configuration (its stemmer).
# One the server lacks (estonian before PostgreSQL 16) falls back to "simple", where
# trigram matching still finds near spellings. A new language needs a line here.
KNOWLEDGE_SEARCH_CONFIGS = {
    "en": "english",
    "et": "estonian",
    "ru": "russian",
    "fi": "finnish",
    "sv": "swedish",
    "uk": "simple",  # PostgreSQL has no Ukrainian stemmer
    "ar": "arabic",
}
# Client monitoring: after what a newcomer is asked how it went ("inquiry": a closed
# inquiry with an e-mail address; "session": a logged session, for a client who agreed
# to be contacted by e-mail), within how many days, and how long after closing. A client
# is asked at most once per SURVEY_WINDOW_DAYS, however often they come.
SURVEY_AFTER = env_list("SURVEY_AFTER", "inquiry,session")
SURVEY_WINDOW_DAYS = env_int("SURVEY_WINDOW_DAYS", 7)
SURVEY_DELAY_HOURS = env_int("SURVEY_DELAY_HOURS", 2)
# Published reports hide counts from 1 to this minus one, so nobody can be recognised.
REPORT_SUPPRESS_BELOW = env_int("REPORT_SUPPRESS_BELOW", 5)
# The key of the pseudonymous participant ids in statistics exports (privacy.pseudonyms).
# Its own secret, not SECRET_KEY: rotating the signing key must not renumber everyone.
# Changing it renumbers every participant, so it is set once per installation.
PSEUDONYM_KEY = env_str("PSEUDONYM_KEY", "silta-development-pseudonyms-only" if DEBUG else "")
# Report files made in the background are kept this long, then deleted.
REPORT_FILE_DAYS = env_int("REPORT_FILE_DAYS", 7)

# Who writes and reviews knowledge pages (the knowledge base asks the user's role string:
# it stands alone). Receptionists read the staff pages but do not edit.
KNOWLEDGE_EDITOR_ROLES = ["counsellor", "coordinator", "admin"]
# Where the page settings find partner services to offer (a function returning
# [(uid, label)]): the knowledge base stands alone, the referral directory plugs in.
KNOWLEDGE_PARTNER_SERVICES = "referrals.selectors.service_choices"
# Who may change who reads a published page (public or staff only).
KNOWLEDGE_AUDIENCE_ROLES = ["coordinator", "admin"]
# Who gets the weekly digest of pages due for review and translations out of date: the
# people who assign the editing work, not every editor.
KNOWLEDGE_DIGEST_ROLES = ["coordinator", "admin"]
# "Was this helpful?" answers allowed from one address per hour (then a 429).
KNOWLEDGE_FEEDBACK_PER_IP_PER_HOUR = env_int("KNOWLEDGE_FEEDBACK_PER_IP_PER_HOUR", 20)

# Clients: phone numbers written without a country code are read as this country's.
PHONE_DEFAULT_REGION = env_str("PHONE_DEFAULT_REGION", "EE")

# Intake (channels/). Working days to a first answer, per channel.
INQUIRY_RESPONSE_DAYS = {
    "web_form": env_int("INQUIRY_DAYS_WEB_FORM", 2),
    "email": env_int("INQUIRY_DAYS_EMAIL", 2),
    "phone": env_int("INQUIRY_DAYS_PHONE", 1),
    "walk_in": env_int("INQUIRY_DAYS_WALK_IN", 0),
}
# Whose public holidays are not working days (an ISO country code); empty: weekends only.
HOLIDAY_COUNTRY = env_str("HOLIDAY_COUNTRY", PHONE_DEFAULT_REGION)
# Raw inbound data that never became an inquiry is deleted after this many days.
RAW_UNACCEPTED_DAYS = env_int("RAW_UNACCEPTED_DAYS", 30)
# Referrals: how long the link in a partner's e-mail works (a reminder brings a fresh
# one), and which roles may send one without consent on a recorded legal basis.
REFERRAL_LINK_DAYS = env_int("REFERRAL_LINK_DAYS", 30)
REFERRAL_OVERRIDE_ROLES = ["coordinator", "admin"]
# Web-form inquiries that name no office go here (an office code).
INQUIRY_DEFAULT_OFFICE = env_str("INQUIRY_DEFAULT_OFFICE", "")
# Where newcomers' replies go: the mailbox the e-inquiry poller reads.
INBOX_EMAIL = env_str("INBOX_EMAIL", "Silta <inbox@silta.example.org>")
CONTACT_MIN_FILL_SECONDS = env_int("CONTACT_MIN_FILL_SECONDS", 3)
CONTACT_PER_IP_PER_HOUR = env_int("CONTACT_PER_IP_PER_HOUR", 10)
CONTACT_PER_ADDRESS_PER_HOUR = env_int("CONTACT_PER_ADDRESS_PER_HOUR", 5)
CONTACT_MESSAGE_MAX_CHARACTERS = 10_000
ATTACHMENT_MAX_FILES = env_int("ATTACHMENT_MAX_FILES", 3)
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_MB", 5) * 1024 * 1024
# E-inquiries: the mailbox polled over IMAP with TLS (nothing is polled without a host).
IMAP_HOST = env_str("IMAP_HOST", "")
IMAP_PORT = env_int("IMAP_PORT", 993)
IMAP_USER = env_str("IMAP_USER", "")
IMAP_PASSWORD = env_str("IMAP_PASSWORD", "")
IMAP_MAILBOX = env_str("IMAP_MAILBOX", "INBOX")
IMAP_CA_FILE = env_str("IMAP_CA_FILE", "")  # a private CA's certificate, if the server uses one
# Sites allowed to post the contact form's JSON endpoint from a browser (a
# municipality's own site embedding the form); no other URL answers cross-origin.
CORS_ALLOWED_ORIGINS = env_list("CONTACT_CORS_ORIGINS")
CORS_URLS_REGEX = r"^/api/v1/contact/$"
CORS_ALLOW_HEADERS = ["content-type", "accept-language", "idempotency-key"]
# Holders of Estonian "grey passports" and other people of undetermined citizenship.
COUNTRIES_OVERRIDE = {"XX": _("Undetermined citizenship")}
COUNTRIES_FIRST = ["EE", "FI", "RU", "UA", "XX"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# In development static files come straight from the app folders (no collectstatic).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / ".data" / "media")))

API_TOKEN_TTL = timedelta(hours=env_int("API_TOKEN_HOURS", 12))
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "counselling.api.authentication.ExpiringTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["counselling.api.permissions.IsStaffMember"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "counselling.api.exceptions.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"token": "10/minute"},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Silta API",
    "DESCRIPTION": "Case management for integration counselling services.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["counselling.api.permissions.IsStaffMember"],
    # Swagger UI from the sidecar wheel: no CDN, and the split view keeps scripts external.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # One name per choice set that several fields share or whose field names collide.
    "ENUM_NAME_OVERRIDES": {
        "LanguageEnum": "clients.languages.CLIENT_LANGUAGES",
        "CaseStatusEnum": "counselling.models.Case.Status",
        "SessionChannelEnum": "counselling.models.Channel",
        "InquiryStatusEnum": "channels.models.Inquiry.Status",
        "InquiryChannelEnum": "channels.models.InquiryChannel",
        "CallBackStatusEnum": "channels.models.CallBack.Status",
        "VisitStatusEnum": "channels.models.Visit.Status",
        "SessionOutcomeEnum": "counselling.models.Outcome",
        "InterfaceLanguageEnum": "counselling.settings.LANGUAGES",
        "ReferralStatusEnum": "referrals.models.Referral.Status",
        "OutreachEventKindEnum": "outreach.models.EventKind",
        "ReferralStatusChangeEnum": "referrals.api.STATUS_CHANGES",
        "ReferralOutcomeEnum": "referrals.models.Referral.Outcome",
        "SupportKindEnum": "volunteers.models.SupportKind",
        "MatchOutcomeEnum": "volunteers.models.Match.Outcome",
        "PlanGoalStatusEnum": "programmes.models.PlanGoal.Status",
        "PlanGoalKindEnum": "programmes.models.PlanGoal.Kind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "counselling.logging.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # WeasyPrint narrates every step of every PDF at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
