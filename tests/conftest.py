import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

# Test data written for this project (third-party data: tests/wordpress/test_shared_exports.py).
FIXTURES = Path(__file__).resolve().parent / "fixtures"
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
def clock(monkeypatch):
    """The site's time, moved forward for publish times and cache expiry alike: `clock.advance(hours=2)`."""
    import time
    from datetime import timedelta

    from django.utils import timezone

    class Clock:
        offset = 0.0

        def advance(self, **delta):
            self.offset += timedelta(**delta).total_seconds()

    moved, real_time, real_now = Clock(), time.time, timezone.now
    monkeypatch.setattr(time, "time", lambda: real_time() + moved.offset)
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=moved.offset))
    return moved


@pytest.fixture
def russian(settings):
    """The site in Russian, as DJANGO_LANGUAGE_CODE=ru makes it, with a Russian name and tagline. A live
    server runs in this process, so it serves Russian too."""
    settings.LANGUAGE_CODE = "ru"
    settings.SITE_NAME = "Городские новости"
    settings.SITE_TAGLINE = "Независимые новости, проверенные и точные"
    with translation.override("ru"):
        yield


@pytest.fixture
def uncached_pages(settings):
    """Every page built afresh, as query counts (and the benchmarks) measure them."""
    settings.PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _no_cached_pages():
    """Pages cached by an earlier test (whose database rows are gone) are stale for this one."""
    from pagecache import store

    store.bump(store.SITE)


@pytest.fixture(autouse=True)
def _no_one_left_editing(request):
    """Who has which article's form open lives in the cache, and article ids repeat between tests on
    SQLite: each test forgets the editors it leaves, rather than clearing a cache that the other
    test workers share (on Redis that would empty theirs too)."""
    yield
    from django.db import connection

    uses_database = {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    # A test that ended inside a failed transaction (an IntegrityError it expected) can read nothing more.
    if (request.node.get_closest_marker("django_db") or uses_database) and not connection.needs_rollback:
        from django.core.cache import cache

        from articles import presence
        from articles.models import Article

        cache.delete_many([presence.cache_key(pk) for pk in Article.objects.values_list("pk", flat=True)])


@pytest.fixture(autouse=True)
def _fresh_organisation(request):
    """As the Discussion settings below: the organisation and its policy pages are read fresh by each
    test, from a warm cache in a database test."""
    from pages import organisation

    organisation.forget()
    if request.node.get_closest_marker("django_db"):
        organisation.current()
    yield
    organisation.forget()


@pytest.fixture(autouse=True)
def _fresh_banners(request):
    """As the Discussion settings below: no test sees another's breaking-news banner through the cache."""
    from live import banners

    banners.forget()
    if request.node.get_closest_marker("django_db"):
        banners.upcoming()
    yield
    banners.forget()


@pytest.fixture(autouse=True)
def _fresh_discussion_settings(request):
    """No test sees another's Discussion settings through the cache. A database test starts with the
    cache warm, as on a running site, so query counts do not include reading the settings."""
    from comments import discussion

    discussion.forget()
    if request.node.get_closest_marker("django_db"):
        discussion.current()
    yield
    discussion.forget()


@pytest.fixture
def discussion(db):
    """Change the Discussion settings, as an editor does in the admin: `discussion(moderation="none")`.

    Word lists may be given as lists. Returns the settings now in force (comments.discussion.current()).
    """
    from comments import discussion as reader
    from comments.models import DiscussionSettings

    def change(**values):
        row = DiscussionSettings.load()
        for name, value in values.items():
            DiscussionSettings._meta.get_field(name)  # a misspelt setting fails here, not silently
            setattr(row, name, "\n".join(value) if isinstance(value, list | tuple) else value)
        row.full_clean()
        row.save()
        reader.forget()
        return reader.current()

    return change


@pytest.fixture
def wire_story_path():
    """A wire story as a page copy gives it: headline, dateline, paragraphs, byline, comment form."""
    return FIXTURES / "articles" / "wire-story.txt"


# One member of each of the newsroom's roles (tests/editorial/conftest.py: make_staff), for the admin's tests.


@pytest.fixture
def author_user(db):
    from tests.editorial.conftest import make_staff

    return make_staff("Author")


@pytest.fixture
def editor_user(db):
    from tests.editorial.conftest import make_staff

    return make_staff("Editor")


@pytest.fixture
def moderator_user(db):
    from tests.editorial.conftest import make_staff

    return make_staff("Moderator")
