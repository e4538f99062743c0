"""Compressed copies of a cached page, made once when the page is stored instead of on every hit.

Only the pages the page cache keeps are compressed: they are the same for every anonymous reader.
A page holding a secret (a CSRF token, a signed link) beside text an attacker can choose would leak
the secret byte by byte once compressed (BREACH); such pages are never cached, so never compressed.
WhiteNoise compresses static files itself.
"""

import gzip

import brotli
from django.utils.cache import patch_vary_headers

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
    for part in request.headers.get("Accept-Encoding", "").split(","):
        name, _, parameters = part.partition(";")
        try:
            quality = float(parameters.replace(" ", "").lower().removeprefix("q=") or 1)
        except ValueError:
            quality = 1
        if quality > 0:
            names.add(name.strip().lower())
    return names


def encode(request, response, variants):
    """Send the best compressed copy the client accepts (the page varies by it either way)."""
    patch_vary_headers(response, ["Accept-Encoding"])
    if response.has_header("Content-Encoding"):
        return response
    wanted = accepted(request)
    for name in PREFERRED:
        if name in wanted and name in variants:
            response.content = variants[name]
            response.headers["Content-Encoding"] = name
            response.headers["Content-Length"] = str(len(variants[name]))
            if (etag := response.get("ETag", "")).startswith('"'):
                response.headers["ETag"] = f"W/{etag}"  # the same page, in other bytes
            break
    return response
