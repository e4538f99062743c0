"""Settings for Newsroom.

Everything that differs between environments comes from environment variables, and
every default is the safe one. See `.env.example` and the README for the full list.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (a long random string), or DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - debug only, never served

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "The Newsroom")
SITE_TAGLINE = os.environ.get("NEWSROOM_SITE_TAGLINE", "Independent news, reported carefully")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Ahead of staticfiles so `runserver` serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Old URLs (changed slugs, WordPress permalinks) answer with permanent redirects.
    "django.contrib.sites",
    "django.contrib.redirects",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "django_prose_editor",
    "axes",
    "articles",
    "search",
    "comments",
    # Django's tasks framework (backported): comment emails are sent by `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    "pages",
    "wordpress",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Pages that showed one person's data (their held comment, a signed-in form) are never cached.
    "comments.middleware.PrivatePagesMiddleware",
    # Records who made each article revision.
    "simple_history.middleware.HistoryRequestMiddleware",
    # After authentication, so it can refuse a locked-out login with its own page.
    "axes.middleware.AxesMiddleware",
    # Old WordPress query-string links (/?p=123, /?cat=4…) answer with a 301 to their new address.
    "wordpress.middleware.LegacyWordPressURLMiddleware",
    # Last: it only acts on a 404 that nothing else answered.
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
]

SITE_ID = 1

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one username from one address lock it out for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "newsroom.urls"
# Where the admin lives; moving it off /admin/ keeps casual scanners away.
ADMIN_PATH = os.environ.get("NEWSROOM_ADMIN_PATH", "admin/").strip("/") + "/"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"


def database_from_url(url):
    database = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["CONN_MAX_AGE"] = 0
        database["OPTIONS"] = {
            # WAL lets readers work while one writer writes; IMMEDIATE takes the write lock at
            # BEGIN, so concurrent writers queue for `timeout` seconds instead of failing with
            # "database is locked" half-way through a transaction.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return database


DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))
}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# In production the web server in front (or object storage) serves uploads; Django only does it
# in debug and for `make serve`, which runs without one.
SERVE_MEDIA = env_flag("NEWSROOM_SERVE_MEDIA", default=DEBUG)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed file names never change content, so browsers may keep them for a year.
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

ARTICLES_PER_PAGE = 12
SEARCH_RESULTS_PER_PAGE = 10
# A search ranks and counts at most this many matches (the newest); ranking every match is slow.
SEARCH_MAX_RESULTS = 1000
# How long a signed preview link of an unpublished article stays valid, in seconds.
ARTICLE_PREVIEW_MAX_AGE = int(os.environ.get("ARTICLE_PREVIEW_MAX_AGE", 7 * 24 * 60 * 60))
# Uploaded images: refused above these sizes (the pixel limit guards against decompression bombs).
IMAGE_MAX_UPLOAD_BYTES = int(os.environ.get("IMAGE_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", 50_000_000))
IMAGE_RENDITION_WIDTHS = [480, 960, 1600]

# Security. HTTPS is enforced outside debug unless DJANGO_HTTPS=0 (plain-HTTP setups such as
# `make serve` on 127.0.0.1, or a proxy that terminates TLS and does its own redirect).
HTTPS = env_flag("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_HSTS_PRELOAD", default=HTTPS)
if env_flag("DJANGO_BEHIND_PROXY"):
    # Only safe when a proxy in front always sets this header itself.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
# Seconds before a silent mail server counts as failed (the task is then retried later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 30))

# Background tasks. The database backend keeps every queued email in a table until `manage.py
# db_worker` sends it, so posting a comment never waits for (or loses mail to) the mail server.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Comments (comments/moderation.py applies these). Word lists are comma-separated.
# all: every comment is held; known: held unless the same name and email have an approved comment; none.
COMMENTS_MODERATION = os.environ.get("COMMENTS_MODERATION", "known")
if COMMENTS_MODERATION not in {"all", "known", "none"}:
    raise ImproperlyConfigured("COMMENTS_MODERATION must be all, known or none.")
COMMENTS_HOLD_LINKS = int(os.environ.get("COMMENTS_HOLD_LINKS", 2))  # hold a comment with this many links
COMMENTS_MODERATION_WORDS = env_list("COMMENTS_MODERATION_WORDS", "")  # a match holds the comment
COMMENTS_BLOCKED_WORDS = env_list("COMMENTS_BLOCKED_WORDS", "")  # a match marks it spam
COMMENTS_MIN_FORM_SECONDS = int(os.environ.get("COMMENTS_MIN_FORM_SECONDS", 3))  # faster is a bot
# A form older than this is refused (with the text kept); longer than any page cache lifetime.
COMMENTS_MAX_FORM_AGE = int(os.environ.get("COMMENTS_MAX_FORM_AGE", 24 * 60 * 60))
COMMENTS_FLOOD_SECONDS = int(os.environ.get("COMMENTS_FLOOD_SECONDS", 15))  # per IP address; 0 is off
COMMENTS_CLOSE_AFTER_DAYS = int(os.environ.get("COMMENTS_CLOSE_AFTER_DAYS", 0)) or None  # 0 is never
COMMENTS_THREAD_DEPTH = int(os.environ.get("COMMENTS_THREAD_DEPTH", 5))
COMMENTS_PER_PAGE = int(os.environ.get("COMMENTS_PER_PAGE", 50))  # top-level comments per page
COMMENTS_NEWEST_FIRST = env_flag("COMMENTS_NEWEST_FIRST")  # default: oldest first, as in a conversation
COMMENTS_IP_RETENTION_DAYS = int(os.environ.get("COMMENTS_IP_RETENTION_DAYS", 30))
COMMENTS_PREVIEW_SECONDS = 24 * 60 * 60  # how long a browser sees its own held comments
COMMENTS_NOTIFY_MODERATORS = env_flag("COMMENTS_NOTIFY_MODERATORS", default=True)
COMMENTS_NOTIFY_AUTHORS = env_flag("COMMENTS_NOTIFY_AUTHORS", default=True)
# Behind a proxy, the commenter's address is the last one the proxy appended to X-Forwarded-For.
COMMENTS_TRUST_FORWARDED_FOR = env_flag(
    "COMMENTS_TRUST_FORWARDED_FOR", default=env_flag("DJANGO_BEHIND_PROXY")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
