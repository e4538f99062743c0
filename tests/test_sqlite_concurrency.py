"""SQLite is the default database, so several processes writing at once must queue, not fail
with "database is locked" (WAL mode plus BEGIN IMMEDIATE, configured in settings)."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from tests.processes import manage

BASE_DIR = Path(settings.BASE_DIR)

# Each transaction reads before it writes: with SQLite's default deferred transactions two such
# writers deadlock and one fails at once; with immediate transactions they take turns.
WRITER = """
from django.db import transaction
from articles.models import Tag
for n in range(40):
    with transaction.atomic():
        Tag.objects.count()
        Tag.objects.create(name=f"w{WORKER}-{n}", slug=f"w{WORKER}-{n}")
"""


def run(code, env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_concurrent_writers_wait_for_each_other(tmp_path):
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    manage("migrate", "--noinput", env=env)
    writers = [run(WRITER.replace("WORKER", str(worker)), env) for worker in range(4)]
    for writer in writers:
        _, stderr = writer.communicate(timeout=120)
        assert writer.returncode == 0, stderr
    count = run("from articles.models import Tag; print(Tag.objects.count())", env).communicate(timeout=60)[0]
    assert count.strip() == "160"
    journal_mode = run(
        "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode');"
        " print(c.fetchone()[0])",
        env,
    ).communicate(timeout=60)[0]
    assert journal_mode.strip() == "wal"
