"""Settings of the commissioner-office portal.

Every value that differs between a developer's machine, CI and production is
read from the environment here, in one place; there is no separate settings
module per environment.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from portal.database import database_from_url  # noqa: F401 - also read by its tests from here

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is not set: set it (or DJANGO_DEBUG=1 for local development).")
    # Only for local development: debug is on, the key protects nothing real.
    SECRET_KEY = "insecure-development-key-only-used-with-DJANGO_DEBUG"

# Behind TLS in production. DJANGO_HTTPS=0 serves plain HTTP on one's own
# machine (benchmarks, local trials) and turns off exactly the redirect, HSTS
# and the Secure cookie flag.
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms
    "modeltranslation",
    # django.contrib.admin with the portal's admin site (staff/sites.py)
    "staff.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # its widget templates, for the form renderer below
    # ours, from the generic layer up: core ← offices ← consultations ← search ← staff ← pages, sample_content,
    # translations
    "core",
    "offices",
    "consultations",
    "search",
    "staff",
    "pages",
    "sample_content",
    "translations",
    "django_otp",
    # django-otp's TOTP and django-axes, named in the staff's language (staff/apps.py)
    "staff.apps.OneTimePasswordsConfig",
    "staff.apps.SignInAttemptsConfig",
]

MIDDLEWARE = [
    "core.middleware.RequestLogMiddleware",
    # first after the log: a hit runs nothing below, and gets the headers the middleware below gave its page
    # when it was stored (core/page_cache.py); before sessions, so a hit needs no database
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    # up here with the other headers, so that error responses from any middleware below get it too
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # after the headers, so its 413 carries them too
    "core.middleware.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # a database that does not answer: the friendly 503 page instead of a 500
    "core.middleware.DatabaseUnavailableMiddleware",
    # last, as django-axes requires: it turns a locked-out sign-in into the lockout page
    "axes.middleware.AxesMiddleware",
]

SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# A TLS-terminating proxy in front of gunicorn tells it the original scheme (X-Forwarded-Proto); gunicorn
# believes the header only from GUNICORN_FORWARDED_ALLOW_IPS and sets the request's scheme, so Django does not
# read the header itself (SECURE_PROXY_SSL_HEADER would trust it from any client).
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# A failed CSRF check gets the portal's 403 page instead of Django's plain one.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Request bodies: form fields at most 2.5 MB (Django's own limit), whole requests with files at most this
# (core.middleware.RequestBodyLimitMiddleware answers 413); the proxy in front should have the same limit.
REQUEST_BODY_MAX_BYTES = int(os.environ.get("DJANGO_REQUEST_BODY_MAX_MB", "12")) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "core.reader_settings.context",
                "core.context_processors.site",
            ],
        },
    },
]
# Every form field renders through templates/forms/field.html, one error summary (core/forms.py).
FORM_RENDERER = "core.forms.PortalFormRenderer"

DATABASES = {"default": database_from_url(os.environ.get("DATABASE_URL"))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default under concurrent use: WAL lets readers (autocompletes, pages) go on while one request
    # writes; IMMEDIATE takes the write lock when a transaction starts, so two writers queue for it (busy timeout)
    # instead of one failing with "database is locked" half-way through; every admin request writes its session.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("DJANGO_SQLITE_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }

# Django's cache: local memory of each process by default; with REDIS_URL
# (e.g. redis://127.0.0.1:6379/0) one Redis that every process and server
# shares. Public pages are served from "pages" (core/page_cache.py), kept apart
# so that many pages never push out what others count in "default" (rate
# limits). Pages in local memory are per process, their generations shared
# through files (below), so several gunicorn workers each keep their own copies
# and all see every change; with Redis a change is seen by all processes and
# servers on the next request.
REDIS_URL = os.environ.get("REDIS_URL", "")


def cache_settings(prefix: str, local_entries: int) -> dict:
    if not REDIS_URL:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": local_entries}}
    return {
        # Django's backend, reusing one client instead of building one per call (core/redis_cache.py)
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        # A Redis that does not answer makes pages slower (rendered anew), not hang.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }


CACHES = {"default": cache_settings("portal", 1000), "pages": cache_settings("pages", 2000)}
if not REDIS_URL:
    # Without Redis the pages stay in each process's memory, but the generations that tell whether one
    # is still current are files every process of this machine reads (core/page_scopes.py): a change
    # saved by a management command or another worker is on every worker's next request.
    CACHES["page_generations"] = {
        "BACKEND": "core.page_scopes.GenerationFileCache",
        "LOCATION": os.environ.get("DJANGO_PAGE_GENERATIONS_DIR", str(BASE_DIR / "var" / "page-generations")),
    }
# DJANGO_CACHE_PAGES=0 renders every page anew (the benchmark's "uncached" run).
CACHE_PAGES = env_bool("DJANGO_CACHE_PAGES", default=True)
# DJANGO_CACHE_FRAGMENTS=0 renders the office page's time-independent content on every request too
# (core/fragment_cache.py); with both off every request is a cold render (the benchmark's "cold" run).
CACHE_FRAGMENTS = env_bool("DJANGO_CACHE_FRAGMENTS", default=True)
# The longest a page is kept; changes and closure-notice times end it earlier.
CACHE_PAGE_SECONDS = int(os.environ.get("DJANGO_CACHE_PAGE_SECONDS", "3600"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# E-mail through Django's mailers: the console with debug on, an SMTP server
# otherwise. Appointment requests are stored before any mail is sent, so a
# mail server that is down loses nothing (manage.py retry_consultation_notifications).
_email_backend = os.environ.get("DJANGO_EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend"
)
MAILERS = {
    "default": {
        "BACKEND": _email_backend,
        "OPTIONS": {
            "host": os.environ.get("DJANGO_EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("DJANGO_EMAIL_PORT", "25")),
            "username": os.environ.get("DJANGO_EMAIL_HOST_USER", ""),
            "password": os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("DJANGO_EMAIL_USE_TLS"),
            "timeout": int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10")),
        }
        if _email_backend == "django.core.mail.backends.smtp.EmailBackend"
        else {},
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "portal@localhost")
# Where staff follow links in e-mails, e.g. https://beauftragte.example
PORTAL_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
# Appointment requests one client (an IPv4 address or IPv6 /64) may send per period (seconds); 0 turns it off.
# Only accepted requests count, and high enough for a counselling centre or shelter behind one address.
CONSULTATION_RATE_LIMIT_REQUESTS = int(os.environ.get("CONSULTATION_RATE_LIMIT", "30"))
CONSULTATION_RATE_LIMIT_PERIOD = int(os.environ.get("CONSULTATION_RATE_LIMIT_PERIOD", "3600"))
# Against floods from many addresses: requests one office accepts per day (0: no cap).
CONSULTATION_OFFICE_DAILY_CAP = int(os.environ.get("CONSULTATION_OFFICE_DAILY_CAP", "200"))
# The same for accessibility feedback: per client and period, and for the whole portal per day.
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "10"))
FEEDBACK_RATE_LIMIT_PERIOD = int(os.environ.get("FEEDBACK_RATE_LIMIT_PERIOD", "3600"))
FEEDBACK_DAILY_CAP = int(os.environ.get("FEEDBACK_DAILY_CAP", "200"))
# Behind a reverse proxy: the header in which it passes the client's address (e.g. X-Real-IP).
CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff sign-in (README: "Staff roles and sign-in"). django-axes counts failed
# sign-ins per user name and address; a portal administrator lifts a lockout
# by deleting the access attempt in the admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
# 0 keeps an account locked until an administrator lifts it.
_lockout_minutes = int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "60"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=_lockout_minutes) if _lockout_minutes else None
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# And per user name across all addresses (staff.sites.account_locked): failures from every address together.
LOGIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_ACCOUNT_FAILURE_LIMIT", "20"))
# The full address: the lockout is per user name and address, and axes stores it in an address field.
AXES_CLIENT_IP_CALLABLE = "core.client.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "staff/lockout.html"
# Staff sessions end after this much inactivity; each request starts the count again.
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
# With debug off, staff confirm a one-time password (TOTP app) after the
# password; there is no switch to turn that off. DJANGO_STAFF_OTP=1 asks for it
# with debug on too, to try the setup on one's own machine.
STAFF_OTP_REQUIRED = not DEBUG or env_bool("DJANGO_STAFF_OTP")
OTP_TOTP_ISSUER = os.environ.get("DJANGO_OTP_ISSUER", "Commissioner offices portal")

# Languages: German is the source language of all content; English is
# complete; the others get the interface while their content falls back.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("ru", _("Russian")),
    ("fa", _("Persian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own date formats where Django's differ from what residents expect ("28 April 2017").
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
# Every language gets content columns so staff can add a Turkish text later
# without a migration; until then the German text is shown, marked as German.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
# The tabbed translation admin would load jQuery UI from a public CDN; we ship it.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Who runs this deployment: shown in the legal notice, privacy notice and accessibility statement. With debug
# off there are no defaults: a portal must not go live naming a sample operator or linking to nowhere.
REQUIRED_IN_PRODUCTION = ["PORTAL_OPERATOR_NAME", "PORTAL_OPERATOR_ADDRESS", "PORTAL_OPERATOR_EMAIL", "PORTAL_URL"]
if not DEBUG and (missing := [name for name in REQUIRED_IN_PRODUCTION if not os.environ.get(name, "").strip()]):
    raise ImproperlyConfigured(
        f"{', '.join(missing)} not set: the legal notice and the links in e-mails need them "
        "(or DJANGO_DEBUG=1 for local development)."
    )
PORTAL_OPERATOR = {
    "name": os.environ.get("PORTAL_OPERATOR_NAME", "Portal der kommunalen Beauftragten (Beispielbetrieb)"),
    "address_lines": env_list("PORTAL_OPERATOR_ADDRESS", "Musterstraße 1,01067 Dresden"),
    "email": os.environ.get("PORTAL_OPERATOR_EMAIL", "kontakt@beauftragte.example"),
    "phone": os.environ.get("PORTAL_OPERATOR_PHONE", ""),
}
# The accessibility contact is the operator's unless a separate address is given.
PORTAL_OPERATOR["accessibility_email"] = os.environ.get("PORTAL_ACCESSIBILITY_EMAIL") or PORTAL_OPERATOR["email"]
ACCESSIBILITY_STATEMENT_DATE = datetime.date.fromisoformat(
    os.environ.get("PORTAL_ACCESSIBILITY_STATEMENT_DATE", "2026-11-25")
)
CONSULTATION_REQUEST_RETENTION_DAYS = int(os.environ.get("CONSULTATION_REQUEST_RETENTION_DAYS", "90"))
# manage.py purge_personal_data: open requests untouched this long, feedback and sign-in records this old.
CONSULTATION_OPEN_REQUEST_RETENTION_DAYS = int(os.environ.get("CONSULTATION_OPEN_REQUEST_RETENTION_DAYS", "365"))
FEEDBACK_RETENTION_DAYS = int(os.environ.get("FEEDBACK_RETENTION_DAYS", "365"))
SIGN_IN_RECORD_RETENTION_DAYS = int(os.environ.get("SIGN_IN_RECORD_RETENTION_DAYS", "90"))

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "media/"
# Uploaded documents (prize-call application forms): PDF, ODT or DOCX up to this size (core.uploads).
UPLOAD_MAX_MEGABYTES = int(os.environ.get("DJANGO_UPLOAD_MAX_MB", "10"))
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"()": "core.logs.Formatter", "format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # One line per request (core.middleware.RequestLogMiddleware), written in batches by a thread of its own
    # so no request waits on the log's pipe; warnings and errors at once (core/logs.py)
    "handlers": {"console": {"class": "core.logs.QueuedStreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Our request log replaces Django's, which would repeat each line for 4xx/5xx.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        # axes announces itself at every start and logs each sign-in at INFO; lockouts are WARNING.
        "axes": {"level": "WARNING"},
    },
}

# Optional machine translation of content (translations/engines.py): "deepl" or "libretranslate" with the
# service's URL (DeepL: https://api-free.deepl.com or https://api.deepl.com) and key. Unset: none; the portal
# works fully without it, and staff see no such button.
MACHINE_TRANSLATION = {
    "ENGINE": os.environ.get("MACHINE_TRANSLATION_ENGINE", ""),
    "URL": os.environ.get("MACHINE_TRANSLATION_URL", ""),
    "KEY": os.environ.get("MACHINE_TRANSLATION_KEY", ""),
    "TIMEOUT": float(os.environ.get("MACHINE_TRANSLATION_TIMEOUT", "10")),
    "WORDS_PER_CITY_PER_MONTH": int(os.environ.get("MACHINE_TRANSLATION_WORDS_PER_CITY_PER_MONTH", "100000")),
}
