import logging

from django.conf import settings
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_max_age

from comments import preview
from pagecache import edges, encodings, store

logger = logging.getLogger(__name__)

# Set for a signed-in user, a commenter's held-comment preview, and a flash message: their pages
# show one person's data and are built fresh every time.
PERSONAL_COOKIES = [settings.SESSION_COOKIE_NAME, preview.COOKIE, "messages"]
# What a page may vary on and still be one page for every anonymous reader without these cookies.
SHARED_VARY = {"cookie", "accept-encoding"}


def cacheable_request(request):
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return False
    return not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def cacheable_response(request, response):
    if response.status_code != 200 or response.cookies or getattr(request, "comments_private", False):
        return False
    if response.streaming or get_max_age(response) == 0:
        return False
    control = response.headers.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-cache", "no-store")):
        return False
    varies = {value.strip().lower() for value in cc_delim_re.split(response.headers.get("Vary", ""))}
    return varies <= SHARED_VARY | {""}


def for_edges(response, keys, until):
    """With edge caches configured, they may keep the page as long as this cache does."""
    if settings.EDGE_PURGE_URLS:
        edges.edge_headers(response, keys, (until - timezone.now()).total_seconds())
    return response


class PageCacheMiddleware:
    """Whole pages for anonymous readers from Django's cache (Redis with REDIS_URL), see pagecache/store.py.

    Signed-in users, commenters with a held-comment preview and pages marked private always get
    fresh pages; NEWSROOM_PAGE_CACHE=0 turns it off.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        try:
            found = store.lookup(request)
            began = store.now() if found is None else None
        except Exception:  # the cache is down: pages are built as if there were none
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        if found is not None:
            response, keys, until, variants = found
            response.headers["X-Page-Cache"] = "hit"
            return encodings.encode(request, for_edges(response, keys, until), variants)
        request.page_cache_keys = {store.SITE, store.ARTICLES}
        response = self.get_response(request)
        if cacheable_response(request, response):
            self.keep(request, response, began)
        return response

    def keep(self, request, response, began):
        if not any(key.startswith("article-") for key in request.page_cache_keys):
            request.page_cache_keys.add(store.COMMENTS)  # it may show comments of any article
        variants = encodings.compressed(response.content)
        try:
            until = store.store(request, response, began, timezone.now(), variants)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return
        if until is not None:
            response.headers["X-Page-Cache"] = "miss"
            for_edges(response, request.page_cache_keys, until)
            encodings.encode(request, response, variants)
