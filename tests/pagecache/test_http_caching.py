"""What browsers and shared caches get on top of the page cache: compression and 304 Not Modified."""

import gzip

import brotli
import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


DECOMPRESS = {"gzip": gzip.decompress, "br": brotli.decompress}


@pytest.mark.parametrize("visit", ["miss", "hit"])
@pytest.mark.parametrize(
    ("accept", "encoding"), [("gzip, deflate, br", "br"), ("gzip, deflate", "gzip"), ("br;q=0, gzip", "gzip")]
)
def test_public_pages_are_compressed_for_browsers_that_accept_it(visit, accept, encoding):
    article = make_article(headline="Harbour reopens after the storm")
    if visit == "hit":
        Client().get(article.get_absolute_url())
    response = Client().get(article.get_absolute_url(), HTTP_ACCEPT_ENCODING=accept)
    assert response.headers["X-Page-Cache"] == visit
    assert response.headers["Content-Encoding"] == encoding
    assert response.headers["Content-Length"] == str(len(response.content))
    assert "Accept-Encoding" in response.headers["Vary"]
    assert "Harbour reopens after the storm" in DECOMPRESS[encoding](response.content).decode()


@pytest.mark.parametrize("accept", [None, "identity", "gzip;q=0, br;q=0.0"])
def test_a_client_that_takes_no_compression_gets_the_plain_page(accept):
    article = make_article(headline="Harbour reopens after the storm")
    Client().get(article.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
    headers = {"HTTP_ACCEPT_ENCODING": accept} if accept else {}
    response = Client().get(article.get_absolute_url(), **headers)
    assert response.headers["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in response.headers
    assert "Accept-Encoding" in response.headers["Vary"]
    assert "Harbour reopens after the storm" in response.content.decode()


def test_a_compressed_page_answers_304_to_its_own_etag():
    article = make_article()
    first = Client().get(article.get_absolute_url(), HTTP_ACCEPT_ENCODING="br")
    again = Client().get(
        article.get_absolute_url(), HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=first.headers["ETag"]
    )
    assert first.headers["ETag"].startswith('W/"')
    assert again.status_code == 304


def test_pages_with_a_csrf_token_are_never_compressed(client):
    """BREACH: a compressed page leaks its secrets to whoever can add text to it."""
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:articles_article_add"), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content
    assert "Content-Encoding" not in response.headers


@pytest.mark.parametrize("path", ["article", "/", "/feed/"])
def test_an_unchanged_page_answers_304_not_modified(path):
    article = make_article()
    path = article.get_absolute_url() if path == "article" else path
    first = Client().get(path)
    etag = first.headers["ETag"]
    again = Client().get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""


def test_a_changed_page_is_sent_again_in_full():
    article = make_article(headline="Ferry fares rise")
    etag = Client().get(article.get_absolute_url()).headers["ETag"]
    article.headline = "Ferry fares rise by a fifth"
    article.save()
    response = Client().get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and "Ferry fares rise by a fifth" in response.content.decode()
