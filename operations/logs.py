"""One log line per request, and log records that never carry a person's data.

`RequestLogMiddleware` (first in MIDDLEWARE) gives every request an id — the trusted proxy's
`X-Request-ID`, or a new one — answers with it, and logs method, path, status and duration when
the response leaves. Every record logged meanwhile (a traceback too) carries the same id.

What stays out: query strings (searches are personal), client addresses (kept only as long as
IP retention says, and only in the database), the secret part of tokened addresses (preview
links, follow-up confirmations), and anything that looks like an email address, wherever it
turns up — a database error's detail included.
"""

import contextvars
import itertools
import json
import logging
import os
import re
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime

from newsroom.proxies import is_trusted_proxy, parse_address

logger = logging.getLogger("newsroom.requests")

request_id = contextvars.ContextVar("request_id", default="-")

_PROCESS_ID, _request_count = "", itertools.count(1)


def _begin_process():
    """A fresh random part for each process, a forked server worker too."""
    global _PROCESS_ID, _request_count
    _PROCESS_ID, _request_count = uuid.uuid4().hex[:20], itertools.count(1)


_begin_process()
os.register_at_fork(after_in_child=_begin_process)
REQUEST_ID_FORMAT = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# URL parts that are secrets: logged as their name only.
SECRET_URL_KWARGS = {"token"}
EMAIL_ADDRESS = re.compile(r"[^\s@<>()\[\]\"',;:]+@[^\s@<>()\[\]\"',;:]+\.[^\s@<>()\[\]\"',;:]+")


def incoming_request_id(request):
    """The proxy's id for this request, if a proxy we trust sent a sane one."""
    offered = request.META.get("HTTP_X_REQUEST_ID", "")
    if REQUEST_ID_FORMAT.fullmatch(offered) and is_trusted_proxy(
        parse_address(request.META.get("REMOTE_ADDR", ""))
    ):
        return offered
    return None


def loggable_path(request):
    # Tokened pages are never cached (never_cache), so they are always resolved by the time we log.
    path = request.path
    match = getattr(request, "resolver_match", None)
    for name, value in match.kwargs.items() if match else ():
        if name in SECRET_URL_KWARGS and isinstance(value, str) and value:
            path = path.replace(value, f"<{name}>")
    return path


def new_request_id():
    """Unique across processes and restarts (a random part per process, then a count), without asking
    the system for randomness on every request as uuid4 does: ids tie log lines together, they are
    not secrets."""
    return f"{_PROCESS_ID}{next(_request_count):012x}"


@contextmanager
def identified(request):
    """Everything logged inside carries the request's id; yields when the request began."""
    current = request_id.set(incoming_request_id(request) or new_request_id())
    try:
        yield time.perf_counter()
    finally:
        request_id.reset(current)


def log_request(request, status, started):
    """The request's one line: method, path, status and duration."""
    level = logging.ERROR if status >= 500 else logging.WARNING if status >= 400 else logging.INFO
    if not logger.isEnabledFor(level):  # every request passes here, cache hits too
        return
    duration_ms = round((time.perf_counter() - started) * 1000, 1)
    path = loggable_path(request)
    logger.log(
        level,
        "%s %s %s %sms",
        request.method,
        path,
        status,
        duration_ms,
        extra={
            "http": {"method": request.method, "path": path, "status": status, "duration_ms": duration_ms}
        },
    )


class RequestLogMiddleware:
    """Page-cache hits bypass Django and log the same way (pagecache/wsgi.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with identified(request) as started:
            response = self.get_response(request)
            response.headers["X-Request-ID"] = request_id.get()
            log_request(request, response.status_code, started)
            return response


class RequestIdFilter(logging.Filter):
    """Stamps each record with its request's id; Django's own records about a request (a server
    error's traceback) get the same loggable path as the request line."""

    def filter(self, record):
        record.request_id = request_id.get()
        if (request := getattr(record, "request", None)) is not None and isinstance(record.args, tuple):
            path = getattr(request, "path", None)
            record.args = tuple(loggable_path(request) if arg == path else arg for arg in record.args)
        return True


def without_email_addresses(text):
    return EMAIL_ADDRESS.sub("[email]", text)


class TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")

    def format(self, record):
        record.request_id = getattr(record, "request_id", "-")
        return without_email_addresses(super().format(record))


class JSONFormatter(logging.Formatter):
    """One JSON object a line, for log collectors: time, level, logger, message, request id,
    the request's fields on request lines, the traceback on errors."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if http := getattr(record, "http", None):
            entry |= http
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        elif record.stack_info:
            entry["traceback"] = self.formatStack(record.stack_info)
        return without_email_addresses(json.dumps(entry, ensure_ascii=False, default=str))
