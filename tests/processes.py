"""Helpers for tests that run the project's commands in processes of their own, as an operator would."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def run_manage(*arguments, env, timeout=120, cwd=BASE_DIR):
    """Run `manage.py <arguments>` to the end and return what it did, failed or not."""
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage(*arguments, env, timeout=None, cwd=BASE_DIR):
    """Run `manage.py <arguments>` to the end; fails the test, with its errors, if the command fails."""
    finished = run_manage(*arguments, env=env, timeout=timeout, cwd=cwd)
    assert finished.returncode == 0, finished.stderr
    return finished


def shell(code, env, timeout=None):
    """What Python `code` prints, run by `manage.py shell` in the environment `env`."""
    return manage("shell", "--no-imports", "-c", code, env=env, timeout=timeout).stdout
