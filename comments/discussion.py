"""The Discussion settings as the code reads them: `current()`, and nothing else.

Editors change them in the admin (WordPress's Settings → Discussion; `comments.models.DiscussionSettings`).
`current()` answers from the shared cache (Redis in production), so a saved change applies from the
next request on every app server, without a restart. A save replaces the cached copy once its
transaction commits; readers only ever *add* a copy, so one that read the row just before the commit
cannot put the old values back. While the shared cache is unreachable, each process reads the row
itself at most once every `LOCAL_SECONDS`, so pages keep working without waiting on the cache.
"""

import dataclasses
import logging
import os
import time

from django.core import checks
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext

from comments.models import DiscussionSettings, word_list

logger = logging.getLogger(__name__)

CACHE_KEY = "comments.discussion"
# A safety net only: every save replaces the cached copy at once.
CACHE_SECONDS = 60 * 60
LOCAL_SECONDS = 10


@dataclasses.dataclass(frozen=True)
class Discussion:
    """Every Discussion setting, as the row held it when it was read (field names as on the model)."""

    moderation: str
    hold_links: int
    moderation_words: tuple[str, ...]
    blocked_words: tuple[str, ...]
    min_form_seconds: int
    form_expiry_hours: int
    flood_seconds: int
    close_after_days: int | None
    thread_depth: int
    per_page: int
    newest_first: bool
    notify_moderators: bool
    notify_authors: bool
    ip_retention_days: int
    preview_hours: int

    @classmethod
    def from_row(cls, row):
        values = {field.name: getattr(row, field.name) for field in dataclasses.fields(cls)}
        return cls(
            **values
            | {
                "moderation_words": word_list(row.moderation_words),
                "blocked_words": word_list(row.blocked_words),
            }
        )

    @property
    def form_max_age(self):
        """Seconds a comment form stays valid."""
        return self.form_expiry_hours * 60 * 60

    @property
    def preview_max_age(self):
        """Seconds a commenter's browser sees its own held comments."""
        return self.preview_hours * 60 * 60


# (values, until): the process's own copy while the shared cache is unreachable.
_local = (None, 0.0)


def current():
    """The Discussion settings in force now: from the shared cache, else the database (then cached)."""
    values, until = _local
    if values is not None and time.monotonic() < until:
        return values
    try:
        cached = cache.get(CACHE_KEY)
    except Exception:  # a shared cache that is down must not take the article pages with it
        logger.warning("The cache is unreachable; reading the Discussion settings from the database.")
        return remember_locally(load())
    if cached is not None:
        try:
            return Discussion(**cached)
        except TypeError:
            pass  # cached by a release with other fields; replaced below
    values = load()
    try:
        cache.add(CACHE_KEY, dataclasses.asdict(values), CACHE_SECONDS)
    except Exception:
        logger.warning("The cache is unreachable; reading the Discussion settings from the database.")
        return remember_locally(values)
    return values


def load():
    """The settings straight from the database (one query once the row exists)."""
    return Discussion.from_row(DiscussionSettings.load())


def remember_locally(values):
    global _local
    _local = (values, time.monotonic() + LOCAL_SECONDS)
    return values


def publish():
    """Put the saved row in the shared cache, for every app server's next request."""
    global _local
    _local = (None, 0.0)
    cache.set(CACHE_KEY, dataclasses.asdict(load()), CACHE_SECONDS)


def forget():
    """Drop every cached copy (tests do this between tests; the next read goes to the database)."""
    global _local
    _local = (None, 0.0)
    cache.delete(CACHE_KEY)


def settings_saved(sender, **kwargs):
    """post_save receiver (connected in comments/apps.py): publish once the transaction commits."""
    transaction.on_commit(publish, robust=True)


def settings_deleted(sender, **kwargs):
    """post_delete receiver: the next read recreates the row with the defaults."""
    transaction.on_commit(forget, robust=True)


# The environment variables these settings used to be; migration 0004 copied their values once.
FORMER_VARIABLES = [
    "COMMENTS_MODERATION",
    "COMMENTS_HOLD_LINKS",
    "COMMENTS_MODERATION_WORDS",
    "COMMENTS_BLOCKED_WORDS",
    "COMMENTS_MIN_FORM_SECONDS",
    "COMMENTS_MAX_FORM_AGE",
    "COMMENTS_FLOOD_SECONDS",
    "COMMENTS_CLOSE_AFTER_DAYS",
    "COMMENTS_THREAD_DEPTH",
    "COMMENTS_PER_PAGE",
    "COMMENTS_NEWEST_FIRST",
    "COMMENTS_IP_RETENTION_DAYS",
    "COMMENTS_NOTIFY_MODERATORS",
    "COMMENTS_NOTIFY_AUTHORS",
]


@checks.register()
def former_variables_are_ignored(app_configs, **kwargs):
    """An operator who still sets a former variable is told it has no effect, and where the setting is now."""
    return [
        checks.Warning(
            gettext("%(name)s is set, but it is no longer read.") % {"name": name},
            hint=gettext("Discussion settings are changed in the admin: Comments › Discussion settings."),
            id="comments.W001",
        )
        for name in FORMER_VARIABLES
        if os.environ.get(name)
    ]
