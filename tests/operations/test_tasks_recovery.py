"""The sweep that retries tasks whose worker died, run in-process against the suite's database.
tests/operations/test_stale_tasks.py kills real worker processes."""

import logging
import time
from datetime import timedelta

import pytest
from django.core.management import get_commands
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from comments.tasks import deliver
from operations.checks import stale_after_outlasts_email_timeout
from operations.management.commands.db_worker import StaleTaskSweeper
from operations.tasks_recovery import MAX_ATTEMPTS, recover_stale_tasks

pytestmark = pytest.mark.django_db

MESSAGE = {"subject": "Your comment", "body": "Thanks for writing.", "to": ["reader@example.org"]}


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_STALE_AFTER = 60


def claimed(result_id, worker_id, *, started_ago):
    """The task as a worker leaves it when claiming it (the library's own claim), started a while ago."""
    DBTaskResult.objects.get(pk=result_id).claim(worker_id)
    DBTaskResult.objects.filter(pk=result_id).update(started_at=timezone.now() - started_ago)
    return DBTaskResult.objects.get(pk=result_id)


def test_task_running_longer_than_the_timeout_is_queued_again():
    result = deliver.enqueue(MESSAGE)
    claimed(result.id, "dead-worker", started_ago=timedelta(seconds=61))
    recover_stale_tasks(worker_id="live-worker")
    task = DBTaskResult.objects.get(pk=result.id)
    assert task.status == "READY"
    assert task.worker_ids == ["dead-worker"]
    assert DBTaskResult.objects.ready().filter(pk=result.id).exists()


def test_task_running_within_the_timeout_is_left_alone():
    result = deliver.enqueue(MESSAGE)
    claimed(result.id, "busy-worker", started_ago=timedelta(seconds=59))
    assert recover_stale_tasks(worker_id="live-worker") == ([], [])
    assert DBTaskResult.objects.get(pk=result.id).status == "RUNNING"


def test_long_task_of_the_sweeping_worker_itself_is_left_alone():
    """The worker that sweeps is alive: however long its own task runs, it is not run a second time."""
    result = deliver.enqueue(MESSAGE)
    claimed(result.id, "this-worker", started_ago=timedelta(hours=1))
    assert recover_stale_tasks(worker_id="this-worker") == ([], [])
    assert DBTaskResult.objects.get(pk=result.id).status == "RUNNING"


def test_finished_and_waiting_tasks_are_left_alone():
    waiting = deliver.enqueue(MESSAGE)
    finished = claimed(deliver.enqueue(MESSAGE).id, "worker", started_ago=timedelta(hours=1))
    finished.set_successful(None)
    assert recover_stale_tasks() == ([], [])
    assert DBTaskResult.objects.get(pk=waiting.id).status == "READY"
    assert DBTaskResult.objects.get(pk=finished.pk).status == "SUCCESSFUL"


def test_task_whose_workers_keep_dying_is_failed_and_logged_after_three_attempts(caplog):
    result = deliver.enqueue(MESSAGE)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        claimed(result.id, f"worker-{attempt}", started_ago=timedelta(minutes=2))
        recover_stale_tasks(worker_id="live-worker")
    task = DBTaskResult.objects.get(pk=result.id)
    assert task.status == "FAILED"
    assert task.worker_ids == ["worker-1", "worker-2", "worker-3"]
    assert task.finished_at is not None
    assert task.task_result.errors[0].exception_class_path == "operations.tasks_recovery.WorkerLost"
    [error] = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert "comments.tasks.deliver" in error.getMessage()
    assert f"id={result.id}" in error.getMessage()
    requeues = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(requeues) == MAX_ATTEMPTS - 1


def test_stale_task_is_requeued_by_one_sweep_only():
    result = deliver.enqueue(MESSAGE)
    claimed(result.id, "dead-worker", started_ago=timedelta(minutes=2))
    first, _ = recover_stale_tasks(worker_id="worker-a")
    second, _ = recover_stale_tasks(worker_id="worker-b")
    assert [str(task.pk) for task in first] == [result.id]
    assert second == []


def test_db_worker_is_the_command_that_recovers_stale_tasks():
    """`make run` and `make serve` start `manage.py db_worker`: ours must win over the library's."""
    assert get_commands()["db_worker"] == "operations"


def test_stale_timeout_not_longer_than_the_email_timeout_is_warned_about(settings):
    settings.EMAIL_TIMEOUT = 60
    assert [warning.id for warning in stale_after_outlasts_email_timeout(None)] == ["operations.W001"]
    settings.TASKS_STALE_AFTER = 300
    assert stale_after_outlasts_email_timeout(None) == []


def status_of(task_id):
    """The task's status, read while the sweeper thread may be writing: SQLite's in-memory test
    database (shared cache) answers "table is locked" then, at once, where a real file would wait."""
    while True:
        try:
            return DBTaskResult.objects.get(pk=task_id).status
        except OperationalError:
            time.sleep(0.05)


@pytest.mark.django_db(transaction=True)  # the sweeper thread has its own connection: it sees committed rows
def test_running_worker_sweeps_again_and_again(settings):
    """A worker that is already running notices a task another worker died on, later."""
    settings.TASKS_STALE_AFTER = 0.2
    sweeper = StaleTaskSweeper(worker_id="live-worker")
    sweeper.start()
    try:
        result = deliver.enqueue(MESSAGE)
        claimed(result.id, "dead-worker", started_ago=timedelta(seconds=0))
        deadline = time.monotonic() + 30
        while status_of(result.id) == "RUNNING" and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        sweeper.stop()
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"
    assert not sweeper.is_alive()
