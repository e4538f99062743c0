"""Compressed copies of a cached page, made once when the page is stored instead of on every hit.

Only the pages the page cache keeps are compressed: they are the same for every anonymous reader.
A page holding a secret (a CSRF token, a signed link) beside text an attacker can choose would leak
the secret byte by byte once compressed (BREACH); such pages are never cached, so never compressed.
WhiteNoise compresses static files itself.
"""

import gzip

import brotli

PREFERRED = ("br", "gzip")
# As Django's GZipMiddleware: smaller bodies grow when compressed.
MIN_LENGTH = 200


def compressed(content):
    """The page's body in each encoding, or none when it is too small to gain."""
    if len(content) < MIN_LENGTH:
        return {}
    return {
        "br": brotli.compress(content, quality=5),
        "gzip": gzip.compress(content, compresslevel=6, mtime=0),
    }


def accepted(request):
    """The content codings the client accepts (any with q=0 refused)."""
    names = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, parameters = part.partition(";")
        try:
            quality = float(parameters.replace(" ", "").lower().removeprefix("q=") or 1)
        except ValueError:
            quality = 1
        if quality > 0:
            names.add(name.strip().lower())
    return names


def preferred(request, bodies):
    """The best of the copies in `bodies` the client accepts; "identity", the plain body, otherwise."""
    wanted = accepted(request)
    return next((name for name in PREFERRED if name in wanted and name in bodies), "identity")
