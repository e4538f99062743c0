"""Refuse, before Django builds a request, form data Django cannot decode.

A declared charset that is not a text codec (``base64``, ``undefined``, ``punycode``…) makes
Django's ``WSGIRequest`` raise while it is being built, before any middleware or error page
can run: the server would answer with its own bare 500 page and log a traceback per attempt.
This runs in front of Django, in newsroom/wsgi.py.
"""

import logging

from django.http import HttpResponseBadRequest
from django.template import loader
from django.utils.http import parse_header_parameters

from newsroom.middleware import CONTENT_SECURITY_POLICY

logger = logging.getLogger("django.request")


def decodes(charset):
    """Whether Django can read text in `charset`: a text codec that replaces the bytes it cannot decode."""
    try:
        # `codecs.lookup` alone also passes base64 and zlib (bytes to bytes), and idna and punycode,
        # which cannot replace a bad byte: Django would raise on every read of the data.
        str(b"\xff", charset, "replace")
    except (LookupError, UnicodeError, ValueError):
        return False
    return True


def unreadable(environ):
    """Why Django could not read this request's query string or form data, or "" if it can."""
    content_type, params = parse_header_parameters(environ.get("CONTENT_TYPE", ""))
    charset = params.get("charset")
    if charset is None:
        return ""
    if not decodes(charset):
        return f"undecodable charset {charset!r}"
    # Django's own rule, spelling included (it refuses "utf8" too). Django answers it with a 400 whose
    # CSRF check reads the form again and raises again, so the 400 would become a 500.
    posted = environ.get("REQUEST_METHOD") == "POST" and content_type == "application/x-www-form-urlencoded"
    if posted and charset.lower() != "utf-8":
        return f"a form post in {charset!r}, not UTF-8"
    return ""


def refusal(environ):
    """The site's own 400 page for a request Django cannot decode, logged in one line; else None."""
    reason = unreadable(environ)
    if not reason:
        return None
    logger.warning("Bad Request (%s): %s", reason, environ.get("PATH_INFO", ""))
    # Rendered without a request: there is no session, user or CSRF token yet.
    response = HttpResponseBadRequest(loader.render_to_string("400.html"))
    # The headers the middleware would have added, had the request reached it.
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


class RefuseUndecodableRequests:
    """WSGI middleware in front of Django: `refusal()` answers what Django itself would crash on."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        response = refusal(environ)
        if response is None:
            return self.application(environ, start_response)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return [response.content]
