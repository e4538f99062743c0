"""A cached page as the bytes and headers it is sent with, and the answer it gives each request.

A page is kept as it leaves every middleware that adds headers (security headers, the content
security policy, the ETag), with a copy of its body in each encoding, so a hit only chooses: which
encoding the client takes, whether it already has the page (304), and how long an edge cache may
keep it. The same answer goes out through Django (pagecache/middleware.py) and, for page-cache hits
under a WSGI server, straight from pagecache/wsgi.py without building a Django response.
"""

from typing import NamedTuple

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from pagecache import edges, encodings

IDENTITY = "identity"
# Chosen for each answer, never kept with the page.
PER_ANSWER = {"content-length", "content-encoding", "etag", "vary", "x-page-cache", "xkey"}
# What a 304 drops: it has no body to describe.
BODY_HEADERS = {"content-type", "content-length", "content-encoding", "content-language"}
CONDITIONAL_HEADERS = [
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
]


class CachedPage(NamedTuple):
    headers: list  # (name, value) pairs, as the response had them, less PER_ANSWER
    bodies: dict  # encoding → bytes; IDENTITY is always there
    etag: str  # the strong ETag of the uncompressed body
    vary: str  # what the page varied on before Accept-Encoding was added


def cached_page(response):
    """The page to keep for `response`, which has its ETag and every outer middleware's headers."""
    vary = ", ".join(value for name, value in response.items() if name.lower() == "vary")
    headers = [(name, value) for name, value in response.items() if name.lower() not in PER_ANSWER]
    bodies = {IDENTITY: response.content, **encodings.compressed(response.content)}
    return CachedPage(headers, bodies, response["ETag"], vary)


def answer(request, page, keys, until, state):
    """(status, headers, body) for `request`: the best encoding it accepts, or 304 if it has it."""
    encoding = encodings.preferred(request, page.bodies)
    body = page.bodies[encoding]
    etag = page.etag if encoding == IDENTITY else f"W/{page.etag}"  # the same page, in other bytes
    headers = [
        *page.headers,
        ("ETag", etag),
        ("Vary", ", ".join(filter(None, [page.vary, "Accept-Encoding"]))),
    ]
    if settings.EDGE_PURGE_URLS:  # edge caches may keep the page as long as this cache does
        seconds = (until - timezone.now()).total_seconds()
        headers = [(name, value) for name, value in headers if name.lower() != "cache-control"]
        headers += edges.edge_headers(keys, seconds)
    if not_modified(request, etag, page.headers):
        return 304, [(name, value) for name, value in headers if name.lower() not in BODY_HEADERS], b""
    if encoding != IDENTITY:
        headers.append(("Content-Encoding", encoding))
    headers += [("Content-Length", str(len(body))), ("X-Page-Cache", state)]
    return 200, headers, b"" if request.method == "HEAD" else body


def not_modified(request, etag, headers):
    if not any(name in request.META for name in CONDITIONAL_HEADERS):
        return False  # the usual case, decided without parsing anything
    last_modified = next((value for name, value in headers if name.lower() == "last-modified"), None)
    timestamp = parse_http_date_safe(last_modified) if last_modified else None
    conditional = get_conditional_response(request, etag=etag, last_modified=timestamp)
    return conditional is not None and conditional.status_code == 304


def as_response(status, headers, body):
    """The answer as a Django response, for the middleware."""
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response
