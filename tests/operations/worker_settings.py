"""Settings of the worker processes tests/operations/test_stale_tasks.py starts: the suite's, with the
real database queue instead of running each task at once."""

from tests.settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
