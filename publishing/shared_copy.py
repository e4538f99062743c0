"""A small value read on nearly every request and changed rarely, in the admin (the Discussion settings,
the organisation behind the site): one shared copy for every app server.

`current()` answers from the shared cache (Redis in production), filled from the database by the first
reader that misses it. A save replaces the copy once its transaction commits; readers only ever *add* a
copy, so one that read the rows just before the commit cannot put the old values back. While the shared
cache is unreachable, each process reads the database itself at most once every `LOCAL_SECONDS`, so
pages keep working without waiting on the cache.
"""

import dataclasses
import logging
import time

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

LOCAL_SECONDS = 10


class SharedCopy:
    def __init__(self, key, kind, load, seconds, what):
        """`load()` reads the value, a `kind` (a dataclass), from the database; `seconds(value)` is how
        long a copy may be kept at most; `what` names it in log messages."""
        self.key = key
        self.kind = kind
        self.load = load
        self.seconds = seconds
        self.what = what
        self._local = (None, 0.0)  # (value, until): this process's copy while the cache is unreachable

    def current(self):
        """The value in force now: from the shared cache, else the database (then cached)."""
        value, until = self._local
        if value is not None and time.monotonic() < until:
            return value
        try:
            cached = cache.get(self.key)
        except Exception:  # a shared cache that is down must not take every page with it
            logger.warning("The cache is unreachable; reading %s from the database.", self.what)
            return self._remember_locally(self.load())
        if cached is not None:
            try:
                return self.kind(**cached)
            except TypeError:
                pass  # cached by a release with other fields; replaced below
        value = self.load()
        try:
            cache.add(self.key, dataclasses.asdict(value), self.seconds(value))
        except Exception:
            logger.warning("The cache is unreachable; reading %s from the database.", self.what)
            return self._remember_locally(value)
        return value

    def publish(self):
        """Put what was just saved in the shared cache, for every app server's next request."""
        self._local = (None, 0.0)
        value = self.load()
        cache.set(self.key, dataclasses.asdict(value), self.seconds(value))

    def forget(self):
        """Drop every copy: the next read goes to the database."""
        self._local = (None, 0.0)
        try:
            cache.delete(self.key)
        except Exception:  # unreachable: it holds no copy to serve either, and pages must still answer
            logger.warning("The cache is unreachable; %s is read from the database.", self.what)

    def changed(self, sender, **kwargs):
        """post_save and post_delete receiver: every app server reads the saved state once it has
        committed. Not before: a copy read from rows that are then rolled back would outlive them."""
        transaction.on_commit(self.publish, robust=True)

    def _remember_locally(self, value):
        self._local = (value, time.monotonic() + LOCAL_SECONDS)
        return value
