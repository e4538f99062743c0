"""Tasks whose worker died mid-run (killed, out of memory, the machine restarted).

django-tasks-db marks a task RUNNING when a worker claims it, and only that worker ever records how it
ended; a worker that dies leaves the row RUNNING for good, and no worker picks it up again: the email is
lost. A task RUNNING for longer than TASKS_STALE_AFTER is presumed orphaned. It goes back to the queue,
or, once MAX_ATTEMPTS workers have died on it, is marked failed and logged as an error.

The library counts attempts for us: each claim appends the worker's id to `worker_ids`.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

logger = logging.getLogger(__name__)

# A task that kills its worker every time (say, it exhausts memory) must not take down every worker forever.
MAX_ATTEMPTS = 3


class WorkerLost(Exception):
    """Recorded as the error of a task whose workers kept dying before it finished."""


def stale_after():
    """How long a task may be RUNNING before its worker is presumed dead; longer than any task takes."""
    return timedelta(seconds=settings.TASKS_STALE_AFTER)


def stale_running():
    """Tasks marked RUNNING for longer than TASKS_STALE_AFTER."""
    return DBTaskResult.objects.running().filter(started_at__lt=timezone.now() - stale_after())


def given_up(worker_ids):
    """The fields of a task marked failed because the workers running it kept dying."""
    return {
        "status": TaskResultStatus.FAILED,
        "finished_at": timezone.now(),
        "return_value": None,
        "exception_class_path": f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
        "traceback": f"{WorkerLost.__qualname__}: the worker died running this task {len(worker_ids)} times "
        f"(workers {', '.join(worker_ids)})",
    }


def recover_stale_tasks(*, worker_id=None):
    """Requeue each stale task, or mark it failed once MAX_ATTEMPTS workers have died running it.

    `worker_id` is the calling worker, alive by definition: its own task is left alone however long it
    runs. The rows are locked as a worker claiming a task locks them (FOR UPDATE SKIP LOCKED; on SQLite,
    an exclusive transaction), so two workers never both requeue one task. Returns (requeued, failed).
    """
    requeued, failed = [], []
    with exclusive_transaction(DBTaskResult.objects.db):
        stale = stale_running().select_for_update(skip_locked=True).only("task_path", "worker_ids")
        for result in stale:
            if result.worker_ids[-1:] == [worker_id]:
                continue
            running = DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING)
            if len(result.worker_ids) < MAX_ATTEMPTS:
                if running.update(status=TaskResultStatus.READY):
                    requeued.append(result)
            elif running.update(**given_up(result.worker_ids)):
                failed.append(result)
    for result in requeued:
        logger.warning(
            "Task %s id=%s has run longer than TASKS_STALE_AFTER (%d s): its worker died. "
            "Queued again (attempt %d of %d).",
            result.task_path,
            result.id,
            stale_after().total_seconds(),
            len(result.worker_ids) + 1,
            MAX_ATTEMPTS,
        )
    for result in failed:
        logger.error(
            "Task %s id=%s failed: its worker died each of the %d times it ran. Not retried again.",
            result.task_path,
            result.id,
            len(result.worker_ids),
        )
    return requeued, failed
