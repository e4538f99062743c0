import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_max_age, set_response_etag

from comments import preview
from pagecache import pages, store

logger = logging.getLogger(__name__)

# Set for a signed-in user, a commenter's held-comment preview, and a flash message: their pages
# show one person's data and are built fresh every time.
PERSONAL_COOKIES = [settings.SESSION_COOKIE_NAME, preview.COOKIE, "messages"]
# What a page may vary on and still be one page for every anonymous reader without these cookies.
SHARED_VARY = {"cookie", "accept-encoding"}


def cacheable_request(request):
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(settings.STATIC_URL):  # WhiteNoise's, answered from its own files
        return False
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():  # SecurityMiddleware redirects it
        return False
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return False
    try:
        request.get_host()
    except DisallowedHost:  # CommonMiddleware answers it with a 400
        return False
    return True


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


# Set by pagecache/wsgi.py on a request it found no page for, so Django does not look again.
LOOKED_UP = "newsroom.page_cache_looked_up"


def answer_from_cache(request):
    """(status, headers, body) from the page cache for this cacheable request, or None: build the page."""
    try:
        found = store.lookup(request)
        return None if found is None else pages.answer(request, *found, state="hit")
    except Exception:  # the cache is down, or kept something unreadable: the page is built instead
        logger.warning("Page cache unavailable", exc_info=True)
        return None


class PageCacheMiddleware:
    """Whole pages for anonymous readers from Django's cache (Redis with REDIS_URL), see pagecache/store.py.

    Signed-in users, commenters with a held-comment preview and pages marked private always get
    fresh pages; NEWSROOM_PAGE_CACHE=0 turns it off. It comes before every middleware that only adds
    headers, so a page is kept with theirs and a hit skips them; under a WSGI server hits skip Django
    altogether (pagecache/wsgi.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        if not request.META.get(LOOKED_UP) and (answered := answer_from_cache(request)) is not None:
            return pages.as_response(*answered)
        try:
            began = store.now()
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        request.page_cache_keys = {store.SITE, store.ARTICLES}
        response = self.get_response(request)
        if cacheable_response(request, response):
            return self.keep(request, response, began) or response
        return response

    def keep(self, request, response, began):
        """The answer from the page just kept, or None if it was not kept."""
        if not any(key.startswith("article-") for key in request.page_cache_keys):
            request.page_cache_keys.add(store.COMMENTS)  # it may show comments of any article
        if not response.has_header("ETag"):
            set_response_etag(response)  # once, not hashed again on every hit
        page = pages.cached_page(response)
        try:
            until = store.store(request, page, began, timezone.now())
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return None
        if until is None:
            return None
        keys = sorted(request.page_cache_keys)
        return pages.as_response(*pages.answer(request, page, keys, until, state="miss"))
