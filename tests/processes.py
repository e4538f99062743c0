"""Helpers for tests that run the project's commands in processes of their own, as an operator would."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def manage(*arguments, env):
    """Run `manage.py <arguments>` to the end; fails the test, with its errors, if the command fails."""
    finished = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    return finished
