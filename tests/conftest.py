import shutil
from pathlib import Path

import pytest
from django.conf import settings

SHARED = Path(settings.BASE_DIR).parent / "shared"
# What the browser tests saw (tests/browser/conftest.py saves them); printed at the end of the run.
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    # Keep only this run's screenshots; under pytest-xdist the controller clears them, not each worker.
    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)


def pytest_terminal_summary(terminalreporter):
    screenshots = list(SCREENSHOTS.glob("*.png"))
    if screenshots:
        terminalreporter.write_sep("-", "browser screenshots")
        terminalreporter.write_line(
            f"{len(screenshots)} screenshots of what the browser tests saw: {SCREENSHOTS}"
        )


@pytest.fixture
def seed_article_path():
    path = SHARED / "seed" / "wordpress-article.txt"
    if not path.exists():
        pytest.fail(f"The shared seed article is missing: {path}")
    return path
