"""Absolute links, always on the site's configured address (NEWSROOM_SITE_URL).

Never from the request: a `Host` header, a port or an `X-Forwarded-Proto` that a client chose must
not end up in an email, a feed, a sitemap or robots.txt.
"""

from django.conf import settings


def absolute_url(location):
    """`location`, a path such as reverse() returns, as an address on the site."""
    if location.startswith(("http://", "https://")):
        return location
    return settings.SITE_URL + "/" + location.lstrip("/")
