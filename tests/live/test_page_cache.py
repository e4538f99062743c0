"""A live page under a spike: readers' pages and polls come from the page cache, and each new entry
shows on the very next request."""

import pytest
from django.test import Client
from django.urls import reverse

from live.models import Coverage
from tests.factories import make_entry, make_live_article

pytestmark = pytest.mark.django_db


def poll_url(article, after):
    return reverse("live:new_entries", kwargs={"article_id": article.pk}) + f"?after={after}"


def test_an_anonymous_reader_sees_a_new_entry_on_the_next_request(client):
    article = make_live_article()
    make_entry(article, title="Ferries suspended")
    Client().get(article.get_absolute_url())
    assert client.get(article.get_absolute_url()).headers["X-Page-Cache"] == "hit"
    make_entry(article, title="Port closed")
    response = client.get(article.get_absolute_url())
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Port closed" in response.content.decode()


def test_the_poll_answers_304_until_an_entry_is_added_then_its_etag_changes(client):
    article = make_live_article()
    newest = make_entry(article, title="Ferries suspended")
    first = client.get(poll_url(article, newest.pk))
    etag = first.headers["ETag"]
    assert first.headers["X-Page-Cache"] == "miss"  # kept: the next readers' polls are answered from it
    assert client.get(poll_url(article, newest.pk)).headers["X-Page-Cache"] == "hit"
    assert client.get(poll_url(article, newest.pk), HTTP_IF_NONE_MATCH=etag).status_code == 304
    make_entry(article, title="Port closed")
    changed = client.get(poll_url(article, newest.pk), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    assert "Port closed" in changed.content.decode()


def test_editing_deleting_and_ending_show_at_once(client):
    article = make_live_article()
    entry = make_entry(article, title="Gusts of 100 km/h")
    url = article.get_absolute_url()
    Client().get(url)
    entry.title = "Gusts of 130 km/h"
    entry.save()
    assert "Gusts of 130 km/h" in client.get(url).content.decode()
    entry.delete()
    assert "Gusts of 130 km/h" not in client.get(url).content.decode()
    coverage = Coverage.objects.get(article=article)
    coverage.is_closed = True
    coverage.save()
    assert "This live coverage has ended." in client.get(url).content.decode()
    assert 'data-open="0"' in client.get(poll_url(article, 0)).content.decode()
