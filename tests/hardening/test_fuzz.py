"""Thousands of malformed requests from a fixed seed: every one is answered, none with a 5xx (issue #18).

Each target (comment posts, search, archives…) is its own test, so a crash points at one part of the
site. Failures are collected and reported together, grouped by cause, with the requests that caused
them. FUZZ_SEED=<n> explores another seed; the report names the seed that reproduces it.
"""

import dataclasses
import logging
import os
import random
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote_from_bytes

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.test.client import ClientHandler
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from comments.forms import form_token
from newsroom.unreadable import refusal
from pages.models import Page
from tests.factories import make_article, make_author, make_comment, make_section, make_tag
from tests.hardening.malformed import DATES, NUMBERS, URL_PART, encode, form_body, query_string, text, value
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

SEED = int(os.environ.get("FUZZ_SEED", "18"))
CSRF_SECRET = "fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz"  # 32 characters: a well-formed CSRF cookie and token
# Far ends of the calendar fall outside datetime once moved to UTC: east of Greenwich for year 1,
# west of it for 9999 (and the local mean times zoneinfo uses for year 1 differ from today's offsets).
ZONES = ["UTC", "Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT-14", "America/New_York", "Etc/GMT+12"]
DATE_PARTS = [
    "0", "00", "0000", "0001", "1", "01", "02", "12", "13", "28", "29", "30", "31", "32", "99", "2024",
    "9999", "10000", "99999999999999999999", str(2**63), str(2**64), "1" * 40,
]  # fmt: skip
COMMENT_FIELDS = [
    "body",
    "name",
    "email",
    "website",
    "homepage",
    "form_token",
    "reply_to",
    "remember",
    "notify",
]
WORDPRESS_PARAMETERS = [
    "p", "page_id", "cat", "tag", "author", "m", "s", "feed", "paged", "cpage", "year", "monthnum", "day",
    "name", "attachment_id", "preview", "replytocom",
]  # fmt: skip
PROJECT = Path(settings.BASE_DIR)
# gunicorn answers a longer request line ("GET <path> HTTP/1.1") with its own 400 (limit_request_line),
# so no longer path reaches Django in production. Longer ones cost Django quadratic time to re-encode
# their broken UTF-8 (django.utils.encoding.repercent_broken_unicode): minutes for one megabyte.
REQUEST_LINE_LIMIT = 4094 - len("OPTIONS  HTTP/1.1")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    content_type: str = ""
    body: bytes = b""
    csrf: str = "off"  # off: the test client's default; cookie: enforced, with a cookie; missing: no cookie
    zone: str = "UTC"

    def __str__(self):
        shown = f"{self.method} {self.path[:240]}  [csrf={self.csrf}, TIME_ZONE={self.zone}]"
        if self.content_type or self.body:
            shown += (
                f"\n      Content-Type: {self.content_type!r}, {len(self.body)} bytes: {self.body[:200]!r}"
            )
        return shown


@pytest.fixture
def site():
    section, tag, author = make_section(), make_tag(), make_author()
    article = make_article(section=section, tags=[tag], authors=[author])
    closed = make_article(comments_open=False)
    draft = make_article(status=Article.Status.DRAFT)
    comment = make_comment(article)
    reply = make_comment(article, parent=comment)
    other = make_comment(closed)
    page = Page.objects.create(title="About us", slug="about", body="<p>Us.</p>", is_live=True)
    for kind, wp_id, target, extra in [
        (WordPressObject.Kind.POST, "1", article, {}),
        (WordPressObject.Kind.POST, "2", draft, {}),
        (WordPressObject.Kind.PAGE, "3", page, {}),
        (WordPressObject.Kind.CATEGORY, "4", section, {}),
        (WordPressObject.Kind.TAG, "5", tag, {}),
        (WordPressObject.Kind.AUTHOR, "alice", author, {"author_id": 6}),
    ]:
        WordPressObject.objects.create(
            kind=kind,
            wp_id=wp_id,
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
            checksum="fuzz",
            extra=extra,
        )
    local = timezone.localdate(article.published_at)
    return SimpleNamespace(
        article=article,
        articles=[article, closed, draft],
        comment_ids=[str(c.pk) for c in (comment, reply, other)],
        slugs=[article.slug, closed.slug, draft.slug, "no-such-story"],
        date_parts=[f"{local.year:04d}", f"{local.month:02d}", f"{local.day:02d}"],
        section=section.slug,
        tag=tag.slug,
        author=author.slug,
        page=page.slug,
        wp_ids=["1", "2", "3", "4", "5", "6", "alice"],
    )


def path_segment(rng, plausible):
    """A path segment: usually a plausible one, otherwise anything at all, percent-encoded."""
    if rng.random() < 0.8:
        return rng.choice(plausible)
    return quote_from_bytes(encode(rng, value(rng)[:URL_PART]), safe="") or "x"


def with_query(rng, path, names, extra=()):
    if rng.random() < 0.4:
        return path
    return (
        path
        + "?"
        + query_string(rng, [(rng.choice(names), value(rng, extra)) for _ in range(rng.randint(1, 3))])
    )


def date_path(rng, site, depth):
    parts = [path_segment(rng, DATE_PARTS + [site.date_parts[i]] * 8) for i in range(depth)]
    return "/" + "/".join(parts) + "/"


def archive(rng, site):
    path = date_path(rng, site, rng.randint(1, 3))
    return Request("GET", with_query(rng, path, ["page"], NUMBERS), zone=rng.choice(ZONES))


def permalink(rng, site):
    path = date_path(rng, site, 3) + path_segment(rng, site.slugs) + "/"
    path = with_query(rng, path, ["cpage", "page", "preview", "replytocom"], NUMBERS)
    return Request(rng.choice(["GET"] * 9 + ["HEAD"]), path, zone=rng.choice(ZONES))


def feed(rng, site):
    path = rng.choice(
        [
            "/feed/",
            "/feed/atom/",
            "/comments/feed/",
            f"/section/{path_segment(rng, [site.section, 'none'])}/feed/",
            f"/tag/{path_segment(rng, [site.tag, 'none'])}/feed/atom/",
            f"/author/{path_segment(rng, [site.author, 'none'])}/feed/",
            date_path(rng, site, 3) + path_segment(rng, site.slugs) + "/feed/",
            date_path(rng, site, 3) + path_segment(rng, site.slugs) + "/feed/",
        ]
    )
    return Request("GET", with_query(rng, path, ["page", "cpage", "format"], NUMBERS), zone=rng.choice(ZONES))


def comment_permalink(rng, site):
    path = f"/comments/{path_segment(rng, DATE_PARTS + site.comment_ids * 4)}/"
    return Request("GET", with_query(rng, path, ["cpage"], NUMBERS), zone=rng.choice(ZONES))


def listing(rng, site):
    path = rng.choice(
        [
            "/",
            "/latest/",
            f"/section/{site.section}/",
            f"/tag/{site.tag}/",
            f"/author/{site.author}/",
            f"/page/{path_segment(rng, [site.page, 'none'])}/",
        ]
    )
    return Request("GET", with_query(rng, path, ["page"], NUMBERS), zone=rng.choice(ZONES))


def search(rng, site):
    plausible = {
        "q": ["story", "number", "comment", "the"],
        "section": [site.section],
        "author": [site.author],
        "page": NUMBERS,
    } | dict.fromkeys(["start", "end", "date_from", "date_to"], DATES)
    fields = [(name, value(rng, extra)) for name, extra in plausible.items() if rng.random() < 0.6]
    return Request("GET", "/search/?" + query_string(rng, fields), zone=rng.choice(ZONES))


def wordpress(rng, site):
    names = rng.sample(WORDPRESS_PARAMETERS, rng.randint(1, 3))
    fields = [(name, value(rng, site.wp_ids + DATE_PARTS)) for name in names]
    return Request(rng.choice(["GET"] * 9 + ["HEAD"]), "/?" + query_string(rng, fields))


def comment_field(rng, name, site, article):
    if rng.random() < 0.5:
        return value(rng)
    return {
        "body": "A comment about the story. " + text(rng, 10),
        "name": "Reader " + text(rng, 3),
        "email": rng.choice(["reader@example.org", "a@b", text(rng, 5) + "@example.org"]),
        "website": rng.choice(["", "https://example.org/", "example.org", "http://" + text(rng, 4)]),
        "homepage": "",
        "form_token": form_token(rng.choice(site.articles[:1] * 4 + [article]), served_at=time.time() - 60),
        "reply_to": rng.choice([*site.comment_ids, "", "0"]),
        "remember": rng.choice(["on", "1", ""]),
        "notify": rng.choice(["on", "1", ""]),
    }[name]


def comment_post(rng, site):
    article_id = rng.choice([site.article.pk] * 6 + [a.pk for a in site.articles] + [0, 2**63, 10**20])
    fields = [
        (name, comment_field(rng, name, site, site.article)) for name in COMMENT_FIELDS if rng.random() < 0.85
    ]
    fields += [(value(rng), value(rng)) for _ in range(rng.choice([0, 0, 0, 1, 3]))]
    csrf = rng.choice(["off", "off", "cookie", "missing"])
    if csrf == "cookie" and rng.random() < 0.7:
        fields.append(("csrfmiddlewaretoken", CSRF_SECRET))
    content_type, body = form_body(rng, fields)
    method = "POST" if rng.random() < 0.95 else rng.choice(["GET", "PUT", "PATCH", "DELETE", "OPTIONS"])
    path = reverse("comments:create", args=[article_id])
    return Request(method, path, content_type, body, csrf, rng.choice(ZONES))


def body(rng, site):
    """A form post (or PUT) of junk to any of the addresses above, which mostly take only GET."""
    address = rng.choice([archive, permalink, feed, comment_permalink, listing, search, wordpress])(rng, site)
    fields = [(value(rng), value(rng)) for _ in range(rng.randint(0, 4))]
    csrf = rng.choice(["off", "cookie", "cookie", "missing"])
    if csrf == "cookie" and rng.random() < 0.5:
        fields.append(("csrfmiddlewaretoken", CSRF_SECRET))
    content_type, data = form_body(rng, fields)
    if rng.random() < 0.1:
        data = b""  # a GET, say, that only declares a charset
    method = rng.choice(["POST"] * 8 + ["PUT", "GET"])
    return Request(method, address.path, content_type, data, csrf, address.zone)


TARGETS = {
    "comments": (comment_post, 500),
    "bodies": (body, 500),
    "search": (search, 300),
    "archives": (archive, 400),
    "permalinks": (permalink, 400),
    "feeds": (feed, 250),
    "comment_permalinks": (comment_permalink, 150),
    "listings": (listing, 200),
    "wordpress": (wordpress, 250),
}


@contextmanager
def quiet_logs():
    """Thousands of "Not Found" warnings would cost more time than the requests themselves."""
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


class FrontedClientHandler(ClientHandler):
    """The test client's handler behind the guard that newsroom/wsgi.py puts in front of Django."""

    def __call__(self, environ):
        refused = refusal(environ)
        if refused is None:
            return super().__call__(environ)
        refused.wsgi_request = None  # the client reads its urlconf; Django never built a request
        return refused


def fronted_client(enforce_csrf_checks=False):
    client = Client(enforce_csrf_checks=enforce_csrf_checks, raise_request_exception=False)
    client.handler = FrontedClientHandler(enforce_csrf_checks)
    return client


def clients():
    return {"off": fronted_client(), "cookie": fronted_client(True), "missing": fronted_client(True)}


def send(clients, request):
    client = clients[request.csrf]
    client.cookies.clear()  # what an earlier response set (the CSRF cookie too) must not carry over
    if request.csrf == "cookie":
        client.cookies[settings.CSRF_COOKIE_NAME] = CSRF_SECRET
    extra = {"CONTENT_TYPE": request.content_type} if request.content_type else {}
    with timezone.override(request.zone):
        return client.generic(request.method, request.path, request.body, **extra)


def cause(error):
    """The exception and where it was raised: the innermost frame in our own code, and the last one."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(PROJECT)) and ".venv" not in f.filename]
    where = [f"{Path(f.filename).relative_to(PROJECT)}:{f.lineno} {f.name}" for f in ours[-1:]]
    if frames and (not ours or frames[-1] is not ours[-1]):
        where.append(f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}")
    return f"{type(error).__name__}: {str(error)[:160]}  at {' → '.join(where)}"


def report(target, failures, count):
    by_cause = {}
    for request, why in failures:
        by_cause.setdefault(why, []).append(request)
    lines = [f"{len(failures)} of {count} {target} requests got a server error (FUZZ_SEED={SEED}):"]
    for why, requests in by_cause.items():
        lines.append(f"\n  {len(requests)} × {why}")
        lines.extend(f"    {request}" for request in requests[:3])
    return "\n".join(lines)


@pytest.mark.parametrize("target", list(TARGETS))
def test_no_malformed_request_gets_a_server_error(target, site):
    generate, count = TARGETS[target]
    rng = random.Random(f"{SEED}:{target}")
    senders, failures = clients(), []
    with quiet_logs():
        for _ in range(count):
            request = generate(rng, site)
            request = dataclasses.replace(request, path=request.path[:REQUEST_LINE_LIMIT])
            try:
                response = send(senders, request)
            except Exception as error:  # escaped Django's handler: the server's own bare 500 page
                failures.append((request, "escaped the handler, " + cause(error)))
                continue
            if response.status_code >= 500:
                exc_info = getattr(response, "exc_info", None)
                failures.append(
                    (request, cause(exc_info[1]) if exc_info else f"status {response.status_code}")
                )
    assert not failures, report(target, failures, count)
