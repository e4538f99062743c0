"""The Discussion settings as the code reads them: `current()`, and nothing else.

Editors change them in the admin (WordPress's Settings → Discussion; `comments.models.DiscussionSettings`).
`current()` answers from one copy shared by every app server (publishing/shared_copy.py), so a saved
change applies from the next request everywhere, without a restart.
"""

import dataclasses
import os

from django.core import checks
from django.utils.translation import gettext

from comments.models import DiscussionSettings, word_list
from publishing.shared_copy import SharedCopy

CACHE_KEY = "comments.discussion"
# A safety net only: every save replaces the cached copy at once.
CACHE_SECONDS = 60 * 60


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
    reports_to_hide: int

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


def load():
    """The settings straight from the database (one query once the row exists)."""
    return Discussion.from_row(DiscussionSettings.load())


_shared = SharedCopy(CACHE_KEY, Discussion, load, lambda values: CACHE_SECONDS, "the Discussion settings")
current = _shared.current  # the Discussion settings in force now
publish = _shared.publish
forget = _shared.forget
# post_save and post_delete receiver (comments/apps.py); after a delete the next read recreates the
# row with the defaults.
changed = _shared.changed


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
