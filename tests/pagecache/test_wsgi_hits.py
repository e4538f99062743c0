"""Page-cache hits answered by the WSGI application in front of Django (pagecache/wsgi.py).

These requests go through `newsroom.wsgi.application`, as gunicorn sends them, not through the
test client: a hit must look exactly like the page Django sent, and everything that is not a hit
for an anonymous reader must still reach Django.
"""

import io
import ipaddress
import logging

import brotli
import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

from newsroom.wsgi import in_front_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

# Headers that differ between two answers of the same page.
PER_REQUEST = {"x-request-id", "x-page-cache"}


class Answer:
    def __init__(self, status, headers, body):
        self.status = int(status.split()[0])
        self.headers = {name.lower(): value for name, value in headers}
        self.body = body


@pytest.fixture
def wsgi():
    """Calls the WSGI application; like the test client, it keeps the test's database connection open."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    built = []

    def call(path, method="GET", scheme="http", **headers):
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "203.0.113.9",
            "HTTP_HOST": "testserver",
            "wsgi.url_scheme": scheme,
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": io.StringIO(),
        } | {f"HTTP_{name.upper()}": value for name, value in headers.items()}
        if not built:  # at the first request, so its middleware reads the test's settings
            built.append(in_front_of(WSGIHandler()))
        started = {}
        body = built[0](environ, lambda status, headers, exc_info=None: started.update(s=status, h=headers))
        try:
            content = b"".join(body)
        finally:
            getattr(body, "close", lambda: None)()
        return Answer(started["s"], started["h"], content)

    yield call
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def story(settings):
    settings.PAGE_CACHE = True
    return make_article(headline="Harbour reopens after the storm").get_absolute_url()


def test_a_hit_is_the_page_django_sent_with_every_header(wsgi, story):
    built, hit = wsgi(story), wsgi(story)
    assert (built.headers["x-page-cache"], hit.headers["x-page-cache"]) == ("miss", "hit")
    assert hit.body == built.body and b"Harbour reopens after the storm" in hit.body
    shared = {name: value for name, value in built.headers.items() if name not in PER_REQUEST}
    assert {name: value for name, value in hit.headers.items() if name not in PER_REQUEST} == shared
    for header in ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"):
        assert hit.headers[header]
    assert "set-cookie" not in hit.headers


def test_every_hit_has_its_own_request_id_and_log_line(wsgi, story, caplog):
    wsgi(story)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="newsroom.requests"):
        first, second = wsgi(story), wsgi(story)
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    lines = [record.getMessage() for record in caplog.records if record.name == "newsroom.requests"]
    assert len(lines) == 2 and all(line.startswith(f"GET {story} 200 ") for line in lines)


def test_a_hit_is_compressed_for_a_browser_that_takes_brotli(wsgi, story):
    wsgi(story)
    hit = wsgi(story, accept_encoding="gzip, deflate, br")
    assert hit.headers["content-encoding"] == "br"
    assert hit.headers["content-length"] == str(len(hit.body))
    assert b"Harbour reopens after the storm" in brotli.decompress(hit.body)


def test_a_reader_who_has_the_page_gets_304_without_a_body(wsgi, story):
    etag = wsgi(story).headers["etag"]
    again = wsgi(story, if_none_match=etag)
    assert again.status == 304 and again.body == b""
    assert again.headers["etag"] == etag and "content-length" not in again.headers


def test_a_head_request_gets_the_headers_without_the_body(wsgi, story):
    length = wsgi(story).headers["content-length"]
    head = wsgi(story, method="HEAD")
    assert head.headers["x-page-cache"] == "hit" and head.headers["content-length"] == length
    assert head.body == b""


def test_a_signed_in_reader_is_never_answered_from_the_cache(wsgi, story, settings):
    wsgi(story)
    fresh = wsgi(story, cookie=f"{settings.SESSION_COOKIE_NAME}=whatever")
    assert fresh.status == 200 and "x-page-cache" not in fresh.headers


def test_a_forged_host_gets_400_not_the_cached_page(wsgi, story):
    wsgi(story)
    forged = wsgi(story, host="attacker.example")
    assert forged.status == 400 and b"Harbour" not in forged.body


def test_plain_http_is_still_redirected_to_https_when_the_site_requires_it(wsgi, story, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("203.0.113.9/32")]
    assert wsgi(story, scheme="https").status == 200
    assert wsgi(story, scheme="https").headers["x-page-cache"] == "hit"
    assert wsgi(story).status == 301
    assert wsgi(story, x_forwarded_proto="https").headers["x-page-cache"] == "hit"


def test_a_forwarded_scheme_from_an_untrusted_peer_is_not_believed(wsgi, story, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    wsgi(story, scheme="https")
    assert wsgi(story, x_forwarded_proto="https").status == 301


def test_an_unreadable_cached_page_is_built_again_not_a_500(wsgi, story):
    from django.core.cache import cache

    from pagecache import store

    wsgi(story)
    key = next(reversed(store._recent))  # the page just served
    began, until, keys, page = store._recent[key]
    broken = (began, until, keys, page._replace(bodies={}))  # as if a release had kept another shape
    store._recent[key] = broken
    cache.set(key, broken)
    answer = wsgi(story)
    assert answer.status == 200 and b"Harbour reopens after the storm" in answer.body
