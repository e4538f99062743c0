"""The project's settings, made fast and self-contained for the test suite."""

import os
import tempfile

# A developer's `.env` never changes what the suite tests (nor the processes it starts).
os.environ["NEWSROOM_ENV_FILE"] = ""
os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("DJANGO_HTTPS", "0")
os.environ.setdefault("NEWSROOM_SITE_URL", "http://testserver")

from newsroom.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Each pytest-xdist worker has its own test database, so it gets its own keys in a shared Redis too
# (the Discussion settings, who is editing which article).
CACHES["default"]["KEY_PREFIX"] = CACHES["default"].get("KEY_PREFIX", "") + os.environ.get(  # noqa: F405
    "PYTEST_XDIST_WORKER", ""
)
if "page-stamps" in CACHES and "filebased" in CACHES["page-stamps"]["BACKEND"]:  # noqa: F405
    CACHES["page-stamps"]["LOCATION"] = tempfile.mkdtemp(prefix="newsroom-page-stamps-")  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
# Serve static files straight from the finders, as in development; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Django's test client logs in without a request, which django-axes refuses; the lockout tests
# (tests/editorial/test_login_protection.py) switch it back on.
AXES_ENABLED = False
# Tasks run as soon as they are queued (after the transaction commits), so tests see their emails
# in the outbox; tests/comments/test_delivery.py runs the real database queue and worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
