"""Workers killed mid-send (SIGKILL: no chance to record anything), for real: `manage.py db_worker`
processes on a SQLite file, and an SMTP server on loopback (aiosmtpd) that hangs instead of answering.

A task its worker died on stays RUNNING; the next worker queues it again once it is TASKS_STALE_AFTER
old, and gives up on it, loudly, after three deaths.
"""

import asyncio
import email
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings

from tests import processes
from tests.processes import manage

BASE_DIR = Path(settings.BASE_DIR)
WAIT = 60  # seconds: the most any step may take on a loaded two-core machine before the test fails


class HangingInbox:
    """aiosmtpd handler: takes each of the first `hangs` messages and never answers; accepts the rest."""

    def __init__(self, hangs):
        self.hangs = hangs
        self.hung = queue.Queue()
        self.accepted = queue.Queue()

    async def handle_DATA(self, server, session, envelope):
        if self.hangs:
            self.hangs -= 1
            self.hung.put(envelope)
            await asyncio.Event().wait()  # until the server stops
        self.accepted.put(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def next_from(events, what):
    try:
        return events.get(timeout=WAIT)
    except queue.Empty:
        pytest.fail(f"Waited {WAIT} s for {what}")


def wait_until(condition, what):
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"Waited {WAIT} s for {what}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """A migrated database, made once: each test works on a copy."""
    folder = tmp_path_factory.mktemp("queue")
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "tests.operations.worker_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
    }
    manage("migrate", "--noinput", env=env)
    return folder


@pytest.fixture
def environment(tmp_path, migrated):
    """What every process of one test shares: its own copy of the database, and the mail server's port."""
    shutil.copytree(migrated, tmp_path / "queue")
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "tests.operations.worker_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'queue' / 'db.sqlite3'}",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(free_port()),
        # A worker gives up on the hung server only after this; the tests kill it long before.
        "EMAIL_TIMEOUT": "120",
        "LOG_LEVEL": "INFO",
    }
    env.pop("TASKS_STALE_AFTER", None)
    return env


@pytest.fixture
def smtp_server(environment, request):
    inbox = HangingInbox(hangs=request.param)
    controller = Controller(inbox, hostname="127.0.0.1", port=int(environment["EMAIL_PORT"]))
    controller.start()
    yield inbox
    controller.stop()


@pytest.fixture
def start_worker(environment, tmp_path):
    """Start `manage.py db_worker` as `make serve` does; whatever a test leaves running is killed."""
    workers = []

    def start(**env):
        log = tmp_path / f"worker-{len(workers) + 1}.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--no-reload",
                    "--no-startup-delay",
                    "--interval=0.1",
                ],
                cwd=BASE_DIR,
                env=environment | env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        process.log = log
        workers.append(process)
        return process

    yield start
    for process in workers:
        process.kill()
        process.wait(timeout=WAIT)


def shell(code, env):
    return processes.shell(code, env, timeout=WAIT)


def enqueue_email(env):
    code = (
        "from comments.tasks import deliver\n"
        "message = {'subject': 'New comment', 'body': 'A reply.', 'to': ['author@example.org']}\n"
        "print(deliver.enqueue(message).id)"
    )
    return shell(code, env).strip()


def task_state(task_id, env):
    code = (
        "import json\n"
        "from django_tasks_db.models import DBTaskResult\n"
        f"task = DBTaskResult.objects.get(pk={task_id!r})\n"
        "print(json.dumps({'status': task.status, 'attempts': len(task.worker_ids),"
        " 'error': task.exception_class_path}))"
    )
    return json.loads(shell(code, env))


def kill(worker):
    worker.kill()  # SIGKILL
    worker.wait(timeout=WAIT)


@pytest.mark.parametrize("smtp_server", [1], indirect=True)
def test_email_a_worker_died_sending_is_delivered_once_by_the_next_worker(
    environment, smtp_server, start_worker
):
    task_id = enqueue_email(environment)
    first = start_worker()
    next_from(smtp_server.hung, "the first worker to send the email")
    kill(first)
    assert task_state(task_id, environment)["status"] == "RUNNING", "the dead worker's task looks alive"

    second = start_worker(TASKS_STALE_AFTER="1")
    delivered = next_from(smtp_server.accepted, "the second worker to deliver the email")
    wait_until(lambda: task_state(task_id, environment)["status"] != "RUNNING", "the task to finish")
    second.terminate()
    assert second.wait(timeout=WAIT) == 0

    assert delivered["To"] == "author@example.org"
    assert smtp_server.accepted.empty(), "delivered exactly once"
    assert task_state(task_id, environment) == {"status": "SUCCESSFUL", "attempts": 2, "error": ""}
    assert f"id={task_id} has run longer than TASKS_STALE_AFTER (1 s)" in second.log.read_text()


@pytest.mark.parametrize("smtp_server", [3], indirect=True)
def test_task_whose_workers_keep_dying_is_failed_and_logged(environment, smtp_server, start_worker):
    task_id = enqueue_email(environment)
    for attempt in range(1, 4):
        worker = start_worker(TASKS_STALE_AFTER="1")
        next_from(smtp_server.hung, f"worker {attempt} to send the email")
        kill(worker)

    last = start_worker(TASKS_STALE_AFTER="1")
    failed = f"Task comments.tasks.deliver id={task_id} failed: its worker died each of the 3 times it ran."
    wait_until(lambda: failed in last.log.read_text(), "the task to be given up")
    last.terminate()
    assert last.wait(timeout=WAIT) == 0

    state = task_state(task_id, environment)
    assert state == {"status": "FAILED", "attempts": 3, "error": "operations.tasks_recovery.WorkerLost"}
    assert smtp_server.accepted.empty()
