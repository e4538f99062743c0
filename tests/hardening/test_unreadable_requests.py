"""Requests whose form data cannot be read get the site's 400 page, not a 500 (issue #18).

Django raises for an undecodable charset while building the request, before any middleware runs,
so those requests go through the real WSGI application (newsroom/wsgi.py), as gunicorn sends them.
"""

import io
import logging
from contextlib import contextmanager
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client

from newsroom.wsgi import application
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@contextmanager
def connections_kept_open():
    """The test's transaction must outlive the request, as Django's own test client arranges."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def call(method, path, content_type="", body=b""):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "QUERY_STRING": "a=1",
        "wsgi.input": io.BytesIO(body),
        "HTTP_HOST": "testserver",
    }
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    with connections_kept_open():
        chunks = application(environ, start_response)
        answer["body"] = b"".join(chunks).decode()
        getattr(chunks, "close", lambda: None)()
    return answer


@pytest.mark.parametrize(
    "content_type",
    [
        "multipart/form-data; boundary=x; charset=base64",  # a bytes-to-bytes codec
        "multipart/form-data; boundary=x; charset=undefined",  # raises on every use
        "application/x-www-form-urlencoded; charset=punycode",  # cannot replace a bad byte
        "text/plain; charset=x-no-such-charset",
        "application/x-www-form-urlencoded; charset=latin-1",  # Django's rule: form posts are UTF-8
    ],
)
def test_a_post_in_an_unreadable_charset_gets_the_bad_request_page(content_type, caplog):
    article = make_article()
    with caplog.at_level(logging.WARNING, logger="django.request"):
        answer = call("POST", article.get_absolute_url(), content_type, b"--x--\r\n")
    assert answer["status"] == "400 Bad Request"
    assert "We couldn’t read that request" in answer["body"]
    assert "script-src 'self'" in answer["headers"]["Content-Security-Policy"]
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert article.get_absolute_url() in caplog.records[0].getMessage()


def test_a_get_declaring_an_unreadable_charset_is_refused_too():
    assert call("GET", "/search/", "text/plain; charset=base64")["status"] == "400 Bad Request"


def test_readable_requests_reach_the_site():
    article = make_article(headline="Harbour reopens after the storm")
    answer = call("GET", article.get_absolute_url(), "text/plain; charset=latin-1")
    assert answer["status"] == "200 OK"
    assert "Harbour reopens after the storm" in answer["body"]


@pytest.mark.parametrize(
    "content_type",
    ["multipart/form-data; boundary", "multipart/form-data; boundary=", "multipart/form-data"],
)
def test_a_post_with_a_broken_multipart_body_gets_the_bad_request_page(content_type, caplog):
    article = make_article()
    client = Client(enforce_csrf_checks=True)
    with caplog.at_level(logging.WARNING):
        response = client.generic("POST", article.get_absolute_url(), b"--x--\r\n", CONTENT_TYPE=content_type)
    assert response.status_code == 400
    assert "We couldn’t read that request" in response.content.decode()
    # Why, then the request line; no traceback.
    assert [(record.name, record.levelname) for record in caplog.records] == [
        ("newsroom.middleware", "WARNING"),
        ("newsroom.requests", "WARNING"),
    ]
    assert "boundary" in caplog.records[0].getMessage().lower()
