"""A new edition of the site: what pages are made of besides the database changed at a restart.

A page depends on more than the rows it shows: the site's language, time zone, name and address,
its templates, its translations and its static files' hashed names. When an app server starts with
any of them changed (a new release, DJANGO_LANGUAGE_CODE switched), every page kept so far is
stale, here and on the edge caches, which key pages by address alone. The first server to start a
new edition says so once: the page cache drops every page and the edges are purged.
"""

import hashlib
import logging
from pathlib import Path

from django.conf import settings

from pagecache import invalidation, store

logger = logging.getLogger(__name__)

EDITION = "pagecache:edition"
# Everything in a page that is not data: what it says and how it is built.
PAGE_SETTINGS = ["LANGUAGE_CODE", "TIME_ZONE", "SITE_NAME", "SITE_TAGLINE", "SITE_URL", "UNICODE_SLUGS"]


def page_files():
    """The templates, compiled translations and static manifest pages are built from, in a fixed order."""
    templates = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    files = [path for folder in templates for path in folder.rglob("*.html")]
    files += [path for folder in settings.LOCALE_PATHS for path in Path(folder).rglob("*.mo")]
    if settings.STATIC_ROOT:  # collected with hashed names (not in development)
        files.append(Path(settings.STATIC_ROOT) / "staticfiles.json")
    return sorted(path for path in files if path.is_file())


def current():
    """A short fingerprint of this process's edition."""
    digest = hashlib.sha256()
    for name in PAGE_SETTINGS:
        digest.update(f"{name}={getattr(settings, name)!r}\n".encode())
    for path in page_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def start():
    """Called as an app server starts: a changed edition makes every kept page stale, everywhere.

    Returns True when this server began a new edition."""
    edition = current()
    try:
        if store.stamps.get(EDITION) == edition:
            return False
        store.stamps.set(EDITION, edition, timeout=None)
    except Exception:  # the cache is down: there are no kept pages to drop, and serving goes on
        logger.warning("Page cache unavailable: could not check the site's edition", exc_info=True)
        return False
    logger.info("New edition of the site (%s): every cached page is rebuilt", edition)
    try:
        invalidation.everything_changed()
    except Exception:  # the task queue's database is down: the edges keep pages until they expire
        logger.error("Could not ask the edge caches to drop the last edition's pages", exc_info=True)
    return True
