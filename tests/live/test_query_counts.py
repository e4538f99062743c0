"""A live page and its poll run the same few queries however many entries it has."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_author, make_entry, make_live_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

# The article page's own 8 (tests/articles/test_query_counts.py; the coverage is joined in the article's),
# then the live page's: a page of the running order with its pictures and total; the pinned entries and
# the key events; the authors of every entry shown.
LIVE_PAGE = 8 + 3
# The coverage with its article; the newer entries with their pictures; their authors.
NEW_ENTRIES = 3


def live_page_with(count):
    article = make_live_article()
    authors = [make_author(), make_author()]
    now = timezone.now()
    for number in range(count):
        make_entry(
            article,
            authors=authors[: number % 2 + 1],
            is_key_event=number % 10 == 0,
            is_pinned=number == 1,
            published_at=now - timedelta(minutes=number),
        )
    return article


@pytest.mark.parametrize("count", [3, 60])
def test_a_live_page_costs_the_same_at_3_and_60_entries(client, django_assert_num_queries, count):
    article = live_page_with(count)
    client.get(article.get_absolute_url())  # the first request of a process reads a few things once
    with django_assert_num_queries(LIVE_PAGE):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('data-entry="') == min(count, 51)


@pytest.mark.parametrize("count", [3, 60])
def test_the_poll_for_new_entries_costs_the_same_at_3_and_60(client, django_assert_num_queries, count):
    article = live_page_with(count)
    url = reverse("live:new_entries", kwargs={"article_id": article.pk})
    with django_assert_num_queries(NEW_ENTRIES):
        response = client.get(url, {"after": 0})
    assert response.content.decode().count('data-entry="') == count
