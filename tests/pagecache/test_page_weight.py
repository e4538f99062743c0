"""The article page with 50 comments stays light: HTML, CSS and JavaScript at most 20 KB on the wire
(gzip, which every browser takes; Brotli is smaller still) in at most 4 requests, and no script
blocks rendering."""

import gzip
import re

import pytest
from django.test import Client

from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db

BUDGET_BYTES = 20 * 1024
BUDGET_REQUESTS = 4


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def article_with_fifty_comments():
    article = make_article(
        headline="Ferry timetable changes again", body="<p>The port said on Monday…</p>" * 12
    )
    threads = [
        make_comment(article, body="Does the early boat still run on Sundays? " * 3) for _ in range(30)
    ]
    for thread in threads[:20]:
        make_comment(
            article, parent=thread, body="It does, from the north pier, see https://example.org/timetable"
        )
    return article


def test_the_article_page_with_fifty_comments_fits_the_budget(article_with_fifty_comments):
    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    page = client.get(article_with_fifty_comments.get_absolute_url())
    assert page.headers["Content-Encoding"] == "gzip"
    html = gzip.decompress(page.content)
    assert html.count(b'<li id="comment-') == 50  # every comment on the one page
    assets = re.findall(rb'<(?:link[^>]+href|script[^>]+src)="(/static/[^"]+\.(?:css|js))"', html)
    sizes = {"page": len(page.content)}
    for address in assets:
        sizes[address.decode()] = len(gzip.compress(body(client.get(address.decode()))))
    assert 1 + len(assets) <= BUDGET_REQUESTS, sizes
    assert sum(sizes.values()) <= BUDGET_BYTES, sizes


def test_no_script_blocks_rendering(article_with_fifty_comments):
    html = Client().get(article_with_fifty_comments.get_absolute_url()).content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        assert (
            'type="application/ld+json"' in tag
            or " defer" in tag
            or " async" in tag
            or 'type="module"' in tag
        ), tag
