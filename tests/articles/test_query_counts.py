"""Pages do a fixed number of queries, however many articles, authors and tags they show."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_author, make_section, make_tag

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


@pytest.fixture
def busy_site():
    sections = [make_section() for _ in range(4)]
    authors = [make_author() for _ in range(3)]
    tags = [make_tag() for _ in range(3)]
    articles = [
        make_article(
            section=sections[n % 4], authors=authors[: 1 + n % 3], tags=tags[: n % 3], is_featured=n == 5
        )
        for n in range(30)
    ]
    return sections, authors, tags, articles


def test_front_page_queries(client, busy_site, django_assert_num_queries):
    # navigation sections; lead + its bylines; latest + bylines; top per section + bylines
    with django_assert_num_queries(7):
        assert client.get(reverse("articles:home")).status_code == 200


@pytest.mark.parametrize("kind", ["latest", "section", "tag", "author", "year"])
def test_list_page_queries(client, busy_site, django_assert_num_queries, kind):
    sections, authors, tags, articles = busy_site
    url = {
        "latest": reverse("articles:latest"),
        "section": sections[0].get_absolute_url(),
        "tag": tags[0].get_absolute_url(),
        "author": authors[0].get_absolute_url(),
        "year": reverse("articles:year", kwargs={"year": articles[0].published_at.year}),
    }[kind]
    lookup = 0 if kind in {"latest", "year"} else 1
    # [the section, tag or author]; count; page of articles; their bylines; navigation sections
    with django_assert_num_queries(4 + lookup):
        assert client.get(url).status_code == 200


def test_article_page_queries(client, busy_site, django_assert_num_queries):
    article = busy_site[3][10]
    # article; bylines; tags; corrections; previous; next; related stories + their bylines;
    # navigation sections; the count of top-level comments (none here, so no page of comments or
    # replies is read)
    with django_assert_num_queries(10):
        assert client.get(article.get_absolute_url()).status_code == 200
