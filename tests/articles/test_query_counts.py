"""Every public page runs the same few queries with the page cache off, at 10 and at 1,000 articles.

The data comes from `bench.data` (bulk inserts), the site measured once small and once grown.
"""

from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Author, Section, Tag
from bench.data import build
from comments import discussion

# The data is built once for the module, outside the tests' transactions (and rolled back after).
pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 1000
MOST = 8

# Queries per page, and what they read. "nav" is the navigation's sections; "cards" the cards'
# bylines, one query for all the cards of a page; lists count their articles for the paginator.
EXPECTED = {
    "front": 5,  # nav; lead story; latest; the newest of each section; cards
    "article": 8,  # article (+ comment and thread counts); tags; corrections; related; bylines of
    # story and cards; previous and next; nav; a page of comments with their replies and mentions
    "latest": 4,  # count; page; cards; nav
    "section": 5,  # the section; count; page; cards; nav
    "tag": 5,
    "author": 5,
    "year": 4,
    "month": 4,
    "day": 4,
    "search": 7,  # matches; page; cards; highlights; nav; the form's sections and authors
    "feed": 3,  # articles; bylines; tags
    "feed_atom": 3,
    "section_feed": 4,  # the section; articles; bylines; tags
    "section_feed_atom": 4,
    "tag_feed": 4,
    "author_feed": 4,
    "sitemap_index": 8,  # per sitemap: its newest change and its page count (articles, news); the
    # sections', tags' and authors' counts; the months
    "sitemap_articles": 2,  # count; the page
    "sitemap_news": 2,
    "sitemap_sections": 2,
    "sitemap_tags": 2,
    "sitemap_authors": 2,
    "sitemap_archives": 1,
}


def page_urls():
    """The pages measured; the same objects at both sizes (new articles are older than the first ten)."""
    article = Article.objects.published().order_by("-published_at")[SMALL // 2]
    section = article.section
    tag, author = (
        Tag.objects.filter(articles=article).first(),
        Author.objects.filter(bylines__article=article)[0],
    )
    day = article.address_kwargs()
    subjects = {"section": section.slug, "tag": tag.slug, "author": author.slug}
    urls = {
        "front": reverse("articles:home"),
        "article": article.get_absolute_url(),
        "latest": reverse("articles:latest"),
        "section": section.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "author": author.get_absolute_url(),
        "year": reverse("articles:year", kwargs={"year": day["year"]}),
        "month": reverse("articles:month", kwargs={"year": day["year"], "month": day["month"]}),
        "day": reverse("articles:day", kwargs={k: day[k] for k in ("year", "month", "day")}),
        "search": reverse("search:search") + "?q=council",
        "feed": reverse("articles:feed"),
        "feed_atom": reverse("articles:feed_atom"),
        "sitemap_index": reverse("articles:sitemap_index"),
    }
    for kind, slug in subjects.items():
        urls[f"{kind}_feed"] = reverse(f"articles:{kind}_feed", kwargs={"slug": slug})
    urls["section_feed_atom"] = reverse("articles:section_feed_atom", kwargs={"slug": section.slug})
    for name in ["articles", "news", "sections", "tags", "authors", "archives"]:
        urls[f"sitemap_{name}"] = reverse("articles:sitemap", kwargs={"section": name})
    return urls


def measure(client, urls):
    counts = {}
    for page, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, f"{page} ({url}) answered {response.status_code}"
        counts[page] = len(queries)
    return counts


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    """Each page's query count at both sizes: {"small": {page: n}, "large": {page: n}}."""
    with django_db_blocker.unblock(), override_settings(PAGE_CACHE=False), transaction.atomic():
        discussion.forget()
        discussion.current()  # warm, as on a running site (see conftest)
        build(articles=SMALL)
        client, urls = Client(), page_urls()
        measure(client, urls)  # the first request of a process reads a few things once
        small = measure(client, urls)
        build(articles=LARGE - SMALL, seed=2)
        assert Article.objects.published().count() == LARGE
        assert Section.objects.count() < LARGE
        large = measure(client, urls)
        transaction.set_rollback(True)
    discussion.forget()
    return SimpleNamespace(small=small, large=large)


@pytest.mark.parametrize("page", EXPECTED)
def test_page_queries_do_not_grow_with_the_archive(counts, page):
    assert (counts.small[page], counts.large[page]) == (EXPECTED[page], EXPECTED[page])


def test_every_public_page_is_measured_and_within_budget(counts):
    assert set(counts.small) == set(EXPECTED)
    assert max(EXPECTED.values()) <= MOST
