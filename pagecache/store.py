"""Whole public pages kept in Django's cache, each valid until something it shows changes.

Every page depends on keys: names for what it shows (`article-12`, `articles`, `site`…). A change
bumps its keys: it stamps them with the next tick of one shared clock (a counter in the cache, so
every app server sharing Redis agrees). A stored page remembers the clock's tick when its request
began, before any data was read, and is served only while none of its keys has been bumped since.
A key whose stamp the cache has lost counts as bumped now: nothing stale is ever served.
"""

import hashlib
import time
from collections import OrderedDict
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache, caches
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import get_language

from articles.models import Article
from live.models import Banner
from pages.models import Page

CLOCK = "pagecache:clock"
NEXT_PUBLICATION = "pagecache:next-publication"
NOTHING_SCHEDULED = "nothing"
MODELS = (Article, Page)  # what can be scheduled to appear
# Every cached page depends on these: the site's furniture (sections, tags, authors, static
# pages, discussion settings) and which articles are published.
SITE = "site"
ARTICLES = "articles"
# Comments shown anywhere other than on a page that names its articles (the site's comment feed).
COMMENTS = "comments"
# (began, until, keys, pagecache.pages.CachedPage)
ENTRY_FORMAT = 3


# Where the clock and the stamps live: shared by every process that serves the site.
stamps = caches["page-stamps"]
# The pages this process served last, kept as objects: a hit on one is not read from the cache and
# unpickled again. Every hit still asks the shared stamps whether its page is current.
RECENT_PAGES = 32
_recent = OrderedDict()


def article_key(pk):
    return f"article-{pk}"


def stamp_key(key):
    return f"pagecache:stamp:{key}"


def page_key(request):
    # Hashed: an address can be far longer than a cache key may be. The site's one language is part of
    # the key, so pages kept in a shared cache before DJANGO_LANGUAGE_CODE changed are never served after.
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    # The entry's shape is in the key: pages a previous release stored are simply not found.
    # A HEAD request is answered from the GET's page, without its body (pagecache/pages.py).
    return f"pagecache:page:{ENTRY_FORMAT}:{get_language()}:{address}"


def clock_start():
    # Milliseconds since 1970: a clock the cache lost and restarts begins past every stamp it gave
    # (unless it ticked more than a thousand times a second), so old pages stay invalid, new ones not.
    return int(time.time() * 1000)


def now():
    """The shared clock's current tick."""
    return stamps.get_or_set(CLOCK, clock_start, timeout=None)


def tick():
    try:
        stamp = stamps.incr(CLOCK)
    except ValueError:
        stamps.add(CLOCK, clock_start(), timeout=None)
        stamp = stamps.incr(CLOCK)
    stamps.touch(CLOCK, timeout=None)  # incr() on some backends re-sets the key with the default timeout
    return stamp


def unchanged_since(began):
    """True when the clock has not ticked since `began`: then no key can have been bumped since,
    and one read answers for all of a page's keys (the usual case while a story is read, not edited)."""
    clock = stamps.get(CLOCK)
    return clock is not None and clock <= began


def bump(*keys):
    """Every cached page that depends on one of `keys` is stale from now on."""
    stamp = tick()
    stamps.set_many({stamp_key(key): stamp for key in keys}, timeout=None)


def depends_on(request, *keys):
    """Called by views: the page being built shows what `keys` name."""
    if hasattr(request, "page_cache_keys"):
        request.page_cache_keys.update(keys)


def lookup(request):
    """The stored (page, keys, until) for this request if nothing it shows has changed since."""
    key = page_key(request)
    if (kept := _recent.get(key)) is not None:
        if (found := still_valid(kept)) is not None:
            _recent.move_to_end(key)
            return found
        del _recent[key]  # another process may have kept a newer copy: ask the cache
    entry = cache.get(key)
    if entry is None:
        return None
    if (found := still_valid(entry)) is not None:
        _recent[key] = entry
        if len(_recent) > RECENT_PAGES:
            _recent.popitem(last=False)
    return found


def still_valid(entry):
    """(page, keys, until) if nothing `entry`'s page shows has changed since it was built."""
    began, until, keys, page = entry
    # The site's own clock decides, not the cache server's expiry: a scheduled article appears at
    # its time whatever clock Redis keeps.
    if timezone.now() >= until:
        return None
    if unchanged_since(began):
        return page, keys, until
    found = stamps.get_many([stamp_key(key) for key in keys])
    if len(found) < len(keys):
        bump(*(key for key in keys if stamp_key(key) not in found))
        return None
    if max(found.values(), default=0) > began:
        return None
    return page, keys, until


def store(request, page, began, now_time):
    """Keep the page until PAGE_CACHE_SECONDS have passed or the next scheduled article appears.

    Returns when it will be rebuilt, or None if it is not kept."""
    until = now_time + timedelta(seconds=settings.PAGE_CACHE_SECONDS)
    if (scheduled := next_publication()) is not None:
        until = min(until, scheduled)
    seconds = int((until - now_time).total_seconds())
    if seconds <= 0:
        return None
    keys = sorted(request.page_cache_keys)
    for key in keys:  # a key never bumped yet gets its first stamp, older than every page
        stamps.add(stamp_key(key), 0, timeout=None)
    cache.set(page_key(request), (began, until, keys, page), timeout=seconds)
    return until


def next_publication():
    """When the next scheduled article or page appears, or a banner goes up or comes down (or None);
    kept in the cache until one is saved."""
    when = stamps.get(NEXT_PUBLICATION)
    if when is None or (when != NOTHING_SCHEDULED and when <= timezone.now()):
        times = [model.objects.scheduled().aggregate(first=Min("published_at"))["first"] for model in MODELS]
        times.append(Banner.objects.next_change())  # a breaking-news banner going up or coming down
        when = min((time for time in times if time is not None), default=NOTHING_SCHEDULED)
        stamps.set(NEXT_PUBLICATION, when, timeout=None)
    return None if when == NOTHING_SCHEDULED else when


def forget_next_publication():
    stamps.delete(NEXT_PUBLICATION)
