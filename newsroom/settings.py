"""Settings for Newsroom.

Everything that differs between environments comes from environment variables, and
every default is the safe one. See `.env.example` and the README for the full list.
"""

import ipaddress
import os
import re
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent

# A `.env` file beside manage.py fills in what the real environment leaves unset.
# NEWSROOM_ENV_FILE names another file; empty, none is read (the test suite reads none).
if env_file := os.environ.get("NEWSROOM_ENV_FILE", BASE_DIR / ".env"):
    load_dotenv(env_file, override=False)

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_flag(name, default=False):
    """On or off from the environment; anything else stops start-up with one line naming the variable."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(
            f"{name}={value!r} is neither on (1, true, yes, on) nor off (0, false, no, off)."
        )
    return value in TRUE_WORDS


def env_int(name, default):
    """An integer from the environment; anything else stops start-up with one line naming the variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None


def env_list(name, default):
    """Comma-separated values; an empty variable means the default, as an unset one does."""
    value = os.environ.get(name, "").strip() or default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(name, choices, default, refusal="is not one of: {choices}."):
    """One of `choices` (in any case) from the environment; anything else stops start-up with one line."""
    value = os.environ.get(name, "").strip() or default
    known = {choice.lower(): choice for choice in choices}
    if value.lower() not in known:
        raise ImproperlyConfigured(f"{name}={value!r} " + refusal.format(choices=", ".join(choices)))
    return known[value.lower()]


DEBUG = env_flag("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (a long random string), or DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - debug only, never served


def site_url_from_env():
    """NEWSROOM_SITE_URL: the one address every absolute link (emails, feeds, sitemaps) is built on."""
    value = os.environ.get("NEWSROOM_SITE_URL", "").strip().rstrip("/")
    if not value:
        if DEBUG:
            return "http://127.0.0.1:8000"
        raise ImproperlyConfigured(
            "Set NEWSROOM_SITE_URL to the address readers use, e.g. https://news.example.org."
        )
    parts = urlsplit(value)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if not parts or parts.scheme not in {"http", "https"} or not parts.hostname or parts.path or parts.query:
        raise ImproperlyConfigured(
            f"NEWSROOM_SITE_URL={value!r} is not a site address: use scheme and host only, "
            "e.g. https://news.example.org or http://127.0.0.1:8000."
        )
    return value


SITE_URL = site_url_from_env()
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", f"localhost,127.0.0.1,[::1],{urlsplit(SITE_URL).hostname}")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "The Newsroom")
SITE_TAGLINE = os.environ.get("NEWSROOM_SITE_TAGLINE", "Independent news, reported carefully")

INSTALLED_APPS = [
    "newsroom.apps.NewsroomAdminConfig",  # django.contrib.admin with our site (newsroom/admin.py)
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
    "publishing",  # what several apps share: slugs, HTML cleaning, the feed base, robots.txt, page meta
    "articles",
    "search",
    "comments",
    "live",  # live coverage pages: an article of the Live type gets timestamped entries
    "operations",  # /healthz; ahead of django_tasks_db so its db_worker (retries dead workers' tasks) wins
    # Django's tasks framework (backported): comment emails are sent by `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    "pages",
    "wordpress",
    "dashboard",  # the admin's front page (newsroom/admin.py assembles it from dashboard/panels.py)
    "pagecache",
    "bench",  # manage.py bench_data: made-up stories and comments, only ever with DJANGO_DEBUG=1
]

MIDDLEWARE = [
    # Outermost, so its line times everything and every record logged on the way carries the request's id.
    "operations.logs.RequestLogMiddleware",
    # Then: every later part (HTTPS redirect, comment flood control, login lockout) sees the real client.
    "newsroom.proxies.TrustedProxyMiddleware",
    # Outside every middleware that only adds headers: a page is kept with them, and a hit skips them
    # all (under a WSGI server, Django too: pagecache/wsgi.py). It answers ETag revalidation itself.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Here, outside WhiteNoise, so static files carry the policy too (and cached pages keep it).
    "newsroom.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 Not Modified; the ETag is kept with a cached page.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, the first to read a body: a comment post it cannot parse gets the article page,
    # any other post the 400 page. (A charset Django cannot decode is refused in newsroom/wsgi.py.)
    "comments.middleware.UnreadableCommentPostMiddleware",
    "newsroom.middleware.UnreadablePostMiddleware",
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
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsroom.proxies.client_ip"
# No start-up banner: a cron job or `manage.py shell -c` prints only what it was asked.
AXES_VERBOSE = False

ROOT_URLCONF = "newsroom.urls"
# Where the admin lives; moving it off /admin/ keeps casual scanners away.
ADMIN_PATH = os.environ.get("NEWSROOM_ADMIN_PATH", "").strip().strip("/") + "/"
if ADMIN_PATH == "/":
    ADMIN_PATH = "admin/"
if not re.fullmatch(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*/", ADMIN_PATH):
    raise ImproperlyConfigured(
        f"NEWSROOM_ADMIN_PATH={ADMIN_PATH!r} must be letters, digits, - and _ (with / between parts)."
    )

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


DATABASE_ENGINES = {"django.db.backends.sqlite3", "django.db.backends.postgresql"}


def database_from_url(url):
    try:
        database = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except (ValueError, dj_database_url.UnknownSchemeError):
        database = {}
    if database.get("ENGINE") not in DATABASE_ENGINES:
        # Only the scheme is repeated: the rest may hold a password.
        raise ImproperlyConfigured(
            f"DATABASE_URL (scheme {urlsplit(url).scheme!r}) is not a SQLite or PostgreSQL address: "
            "use sqlite:////path/to/db.sqlite3 or postgres://user:password@host:5432/name."
        )
    if database["ENGINE"] == "django.db.backends.sqlite3":
        # The connection is kept between requests too (conn_max_age above): a new SQLite connection
        # reads the schema again and starts with a cold page cache, which was half of what an
        # uncached article page cost under gunicorn.
        database["OPTIONS"] = {
            # WAL lets readers work while one writer writes; IMMEDIATE takes the write lock at
            # BEGIN, so concurrent writers queue for `timeout` seconds instead of failing with
            # "database is locked" half-way through a transaction.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    elif database["ENGINE"] == "django.db.backends.postgresql":
        # A database server that does not answer fails the request (and /healthz) quickly.
        database.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    return database


DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))
}

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL and urlsplit(REDIS_URL).scheme not in {"redis", "rediss", "unix"}:
    raise ImproperlyConfigured(
        f"REDIS_URL (scheme {urlsplit(REDIS_URL).scheme!r}) is not a Redis address: use redis://host:6379/0."
    )
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom"),
            # A Redis that stops answering must fail fast (pages, /healthz), never hang a worker.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    CACHES["page-stamps"] = CACHES["default"]
else:
    CACHES = {
        # Each process keeps its own pages (at most 1,000, some 60 MB)…
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
        # …and all share the page cache's change stamps (pagecache/store.py), so a change made through
        # one `make serve` worker invalidates the pages every worker keeps.
        "page-stamps": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_STAMPS_DIR", BASE_DIR / ".page-stamps"),
            "OPTIONS": {"MAX_ENTRIES": 100_000},  # one an article: past this, pages are rebuilt more often
        },
    }
# Whole pages for anonymous readers, each kept until what it shows changes (pagecache/), and at most:
PAGE_CACHE = env_flag("NEWSROOM_PAGE_CACHE", default=True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# How often an open live page asks for new entries: each ask is a cheap 304 from the page cache.
LIVE_POLL_SECONDS = 15
# Edge caches (Varnish, deploy/varnish.vcl) to purge when pages change; with none, pages tell
# shared caches nothing, so no edge keeps them.
EDGE_PURGE_URLS = env_list("EDGE_PURGE_URLS", "")
if bad_edges := [url for url in EDGE_PURGE_URLS if urlsplit(url).scheme not in ("http", "https")]:
    raise ImproperlyConfigured(f"EDGE_PURGE_URLS: {bad_edges[0]!r} is not an http:// or https:// address.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The languages we ship a translation of (locale/); one per site, chosen by DJANGO_LANGUAGE_CODE.
LANGUAGES = [("en-gb", _("English")), ("ru", _("Russian"))]


# No LocaleMiddleware: every reader gets the site's language, so a page cached by URL fits everyone.
LANGUAGE_CODE = env_choice(
    "DJANGO_LANGUAGE_CODE",
    [code for code, _name in LANGUAGES],
    "en-gb",
    refusal="is not a language we ship: use one of {choices}.",
)
LOCALE_PATHS = [BASE_DIR / "locale"]
# Slugs made from titles keep every script's letters (/беларусь-продолжит/) instead of being
# transliterated (/belarus-prodolzhit/); see publishing/slugs.py. Existing addresses never change.
UNICODE_SLUGS = env_flag("NEWSROOM_UNICODE_SLUGS")
# Our own date formats by name (CARD_DATE_FORMAT, DATELINE_DATE_FORMAT…), one module per language.
FORMAT_MODULE_PATH = ["newsroom.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "").strip() or "UTC"
try:
    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(
        f"TIME_ZONE={TIME_ZONE!r} is not a time zone name such as Europe/Minsk or UTC."
    ) from None
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
# The languages search reads word forms in (search/languages.py): a story in one of them is found by
# any form of its words, one in another language by its words as written. After changing it, run
# manage.py rebuild_search_index.
SEARCH_LANGUAGES = env_list("NEWSROOM_SEARCH_LANGUAGES", ",".join(code for code, _name in LANGUAGES))
if unknown := [code for code in SEARCH_LANGUAGES if code not in dict(global_settings.LANGUAGES)]:
    raise ImproperlyConfigured(
        f"NEWSROOM_SEARCH_LANGUAGES={os.environ['NEWSROOM_SEARCH_LANGUAGES']!r} names {', '.join(unknown)}, "
        "not a language code such as ru, de or en-gb."
    )
# How long a signed preview link of an unpublished article stays valid, in seconds.
ARTICLE_PREVIEW_MAX_AGE = env_int("ARTICLE_PREVIEW_MAX_AGE", 7 * 24 * 60 * 60)
# Uploaded images: refused above these sizes (the pixel limit guards against decompression bombs).
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 50_000_000)
IMAGE_RENDITION_WIDTHS = [480, 960, 1600]

# Security. HTTPS is enforced outside debug unless DJANGO_HTTPS=0 (plain-HTTP setups such as
# `make serve` on 127.0.0.1, or a proxy that terminates TLS and does its own redirect).
HTTPS = env_flag("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0)
# Opt-in: both are promises about every subdomain (and, for preload, to browsers' built-in lists)
# that a site cannot easily take back, so the deploy checks that ask for them are silenced below.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_flag("DJANGO_HSTS_PRELOAD")
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
# Load balancers probe the health check over plain HTTP on the app servers' own addresses.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]


def networks_from_env(name):
    try:
        return [ipaddress.ip_network(item, strict=False) for item in env_list(name, "")]
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name}: {error} (use IP addresses or networks, comma-separated)."
        ) from None


# The proxies in front of the app servers (addresses or networks). Only requests arriving from one
# of them may say who the client is (X-Forwarded-For) and whether it used HTTPS (X-Forwarded-Proto);
# newsroom.proxies strips those headers from everyone else.
TRUSTED_PROXIES = networks_from_env("TRUSTED_PROXIES")
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
# Seconds before a silent mail server counts as failed (the task is then retried later).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)

# Background tasks. The database backend keeps every queued email in a table until `manage.py
# db_worker` sends it, so posting a comment never waits for (or loses mail to) the mail server.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# A task RUNNING longer than this lost its worker and is retried (operations/tasks_recovery.py);
# keep it well above EMAIL_TIMEOUT.
TASKS_STALE_AFTER = env_int("TASKS_STALE_AFTER", 5 * 60)
# /healthz answers 503 when a task has waited this long: no worker is running.
HEALTHZ_MAX_TASK_AGE = env_int("HEALTHZ_MAX_TASK_AGE", 10 * 60)

# The comment rules (moderation, word lists, threads, pages, emails) are not settings: editors
# change them in the admin's Discussion settings (comments/discussion.py reads them).


# One line a request (operations/logs.py), on standard error: `text` for people, `json` for log collectors.
LOG_FORMAT = env_choice("LOG_FORMAT", ["text", "json"], "text")
LOG_LEVEL = env_choice("LOG_LEVEL", ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.logs.RequestIdFilter"}},
    "formatters": {
        "text": {"()": "operations.logs.TextFormatter"},
        "json": {"()": "operations.logs.JSONFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": LOG_FORMAT},
        "nowhere": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's records go through the one handler above, not also through its debug-only console.
        "django": {"handlers": [], "propagate": True},
        # The request line says it already: Django's own records stay for server errors (with the
        # traceback), and runserver's access lines (query strings and all) go.
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["nowhere"], "propagate": False},
    },
}
