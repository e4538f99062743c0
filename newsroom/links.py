"""Absolute links, always on the site's configured address (NEWSROOM_SITE_URL).

Never from the request: a `Host` header, a port or an `X-Forwarded-Proto` that a client chose must
not end up in an email, a feed, a sitemap or robots.txt.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(location):
    """`location`, a path such as reverse() returns, as an address on the site."""
    if location.startswith(("http://", "https://")):
        return location
    return settings.SITE_URL + "/" + location.lstrip("/")


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def posted_from_this_site(request):
    """Whether a browser sent this form from one of the site's own pages: its `Origin`, else its `Referer`.

    The cross-site forgery check for forms on pages every reader shares from the page cache, which
    cannot carry a per-reader CSRF token. Browsers name the origin of every cross-site POST, and a
    forged post has none of ours; a request naming neither comes from no browser's page.
    """
    if getattr(request, "_dont_enforce_csrf_checks", False):  # Django's test client, as its CSRF check allows
        return True
    ours = {origin_of(settings.SITE_URL), origin_of(request.build_absolute_uri("/"))}
    ours.update(settings.CSRF_TRUSTED_ORIGINS)
    sender = request.headers.get("Origin") or request.headers.get("Referer")
    return sender is not None and origin_of(sender) in ours
