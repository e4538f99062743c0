"""What /healthz reports: whether the database and the cache answer, and whether the task queue moves.

Cheap enough to poll every second: two small queries, each through a partial index (the library's on
READY tasks; ours, in operations/migrations, on RUNNING ones), and one cache round trip.
"""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Case, Count, F, Min, When
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from operations.tasks_recovery import stale_running

logger = logging.getLogger(__name__)


def max_task_age():
    """How long a task may wait for a worker before the site counts as unhealthy: no worker is running."""
    return timedelta(seconds=settings.HEALTHZ_MAX_TASK_AGE)


def task_queue():
    """How many tasks wait for a worker, how long the oldest has waited, and how many are stale."""
    now = timezone.now()
    # A deferred task (a retry) has waited since its run_after time; the others since they were queued.
    waiting_since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    waiting = DBTaskResult.objects.ready().aggregate(count=Count("pk"), since=Min(waiting_since))
    oldest = max(now - waiting["since"], timedelta()) if waiting["since"] else timedelta()
    stale = stale_running().count()
    return {
        "ok": oldest <= max_task_age() and not stale,
        "waiting": waiting["count"],
        "oldest_waiting_seconds": int(oldest.total_seconds()),
        "stale_running": stale,
    }


def database_and_tasks():
    """The database's state and the task queue's (which the database holds)."""
    try:
        return {"ok": True}, task_queue()
    except DatabaseError as error:
        logger.warning("Health check: the database did not answer.", exc_info=True)
        unknown = {"ok": False, "waiting": None, "oldest_waiting_seconds": None, "stale_running": None}
        return {"ok": False, "error": type(error).__name__}, unknown


def cache_state():
    """Whether a value written to the cache reads back."""
    key = f"operations:healthz:{uuid.uuid4().hex}"  # one per request: app servers may share the cache
    try:
        cache.set(key, "ok", timeout=10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
    except Exception as error:  # each cache backend's client library raises its own errors
        logger.warning("Health check: the cache did not answer.", exc_info=True)
        return {"ok": False, "error": type(error).__name__}
    return {"ok": answered}


def report():
    """Everything /healthz answers; "status" is "ok" only when every part is."""
    database, tasks = database_and_tasks()
    cache_status = cache_state()
    healthy = database["ok"] and cache_status["ok"] and tasks["ok"]
    return {
        "status": "ok" if healthy else "fail",
        "database": database,
        "cache": cache_status,
        "tasks": tasks,
    }
