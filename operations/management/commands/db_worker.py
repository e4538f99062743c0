"""`manage.py db_worker`: django-tasks-db's worker, which also retries the tasks of workers that died.

It takes the library's command name because `operations` comes before `django_tasks_db` in
INSTALLED_APPS, so `make run`, `make serve` and process managers start it unchanged.
"""

import logging
import os
import threading

from django.db import DatabaseError, close_old_connections, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django.utils.translation import gettext
from django_tasks_db.management.commands import db_worker

from operations.tasks_recovery import recover_stale_tasks, stale_after

logger = logging.getLogger(__name__)


class StaleTaskSweeper(threading.Thread):
    """Looks for stale tasks now and then, beside the worker's loop (which offers no hook to do it in)."""

    def __init__(self, worker_id):
        super().__init__(name="stale-task-sweeper", daemon=True)
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def run(self):
        # Often enough that a stale task is retried soon after it turns stale, and at least once a minute.
        period = min(stale_after().total_seconds() / 2, 60)
        try:
            while not self.stopping.wait(period):
                self.sweep()
        finally:
            connections.close_all()

    def sweep(self):
        close_old_connections()
        try:
            recover_stale_tasks(worker_id=self.worker_id)
        except DatabaseError:
            logger.warning("Could not look for stale tasks; trying again later.", exc_info=True)

    def stop(self):
        self.stopping.set()
        if self.is_alive():
            self.join(timeout=10)


class Command(db_worker.Command):
    help = gettext("Run a database background worker; it also retries tasks whose worker died mid-run.")

    def handle(self, *args, **options):
        if options["reload"] and not options["batch"] and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            # This process only restarts its child on code changes; the child runs tasks (and sweeps).
            return super().handle(*args, **options)
        sweeper = StaleTaskSweeper(options["worker_id"])
        sweeper.sweep()  # before the first task, so a restarted worker retries what the last one left
        if not options["batch"]:
            sweeper.start()
        try:
            return super().handle(*args, **options)
        finally:
            sweeper.stop()
