"""The breaking-news banner as pages read it: `showing()`, and nothing else.

Every page shows it, so it is read from the shared cache (no query once warm): the banners that are
switched on and have not ended, with their times, so one that goes up or comes down at its time
does so with no save and no cron. A save replaces the cached copy once its transaction commits.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from live.models import Banner

logger = logging.getLogger(__name__)

CACHE_KEY = "live.banners"
# A safety net only: every save replaces the cached copy.
CACHE_SECONDS = 60 * 60
FIELDS = ("text", "link", "starts_at", "ends_at")


def load():
    return [dict(zip(FIELDS, row, strict=True)) for row in Banner.objects.upcoming().values_list(*FIELDS)]


def upcoming():
    try:
        cached = cache.get(CACHE_KEY)
    except Exception:  # a cache that is down must not take every page with it
        logger.warning("The cache is unreachable; reading the breaking-news banners from the database.")
        return load()
    if cached is None:
        cached = load()
        try:
            cache.add(CACHE_KEY, cached, CACHE_SECONDS)
        except Exception:
            logger.warning("The cache is unreachable; the banners are read again next time.")
    return cached


def showing(now=None):
    """The banner shown now (the newest up, if several are), as {text, link, …}, or None."""
    now = now or timezone.now()
    return next(
        (
            banner
            for banner in upcoming()
            if banner["starts_at"] <= now and (banner["ends_at"] is None or banner["ends_at"] > now)
        ),
        None,
    )


def publish():
    cache.set(CACHE_KEY, load(), CACHE_SECONDS)


def forget():
    cache.delete(CACHE_KEY)


def changed(sender, **kwargs):
    """post_save and post_delete receiver for banners (live/apps.py): read afresh from now on, and kept
    for every app server once the change has committed."""
    forget()
    transaction.on_commit(publish, robust=True)
