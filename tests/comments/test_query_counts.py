"""The article page and the moderation list do a fixed number of queries, however many comments."""

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.preview import COOKIE, SALT
from comments.threads import page_url
from tests.factories import make_article, make_comment, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def add_threads(article, total):
    """`total` approved comments: a fifth top-level, each with a chain of replies up to five deep."""
    start = timezone.now() - timedelta(days=2)
    tops = Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"Top {n}",
            email=f"top{n}@example.org",
            body=f"Top {n} https://x.example",
            status="approved",
            created_at=start + timedelta(minutes=n),
        )
        for n in range(max(1, total // 5))
    )
    made, parents = len(tops), tops
    while made < total:
        replies = []
        for parent in parents:
            if made + len(replies) >= total:
                break
            root = parent.root_id or parent.pk
            replies.append(
                Comment(
                    article=article,
                    parent=parent,
                    root_id=root,
                    depth=parent.depth + 1,
                    name=f"Reply {made}",
                    email=f"reply{made + len(replies)}@example.org",
                    body="A reply.",
                    status="approved",
                    created_at=parent.created_at + timedelta(seconds=30),
                )
            )
        parents = Comment.objects.bulk_create(replies)
        made += len(parents)
    return article


def queries(client, url, status=200):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status
    return len(captured), response


def comment_section_queries(client, article):
    """The queries reading the comments table itself (not the count subqueries in article queries)."""
    with CaptureQueriesContext(connection) as captured:
        client.get(article.get_absolute_url())
    return [
        q["sql"] for q in captured.captured_queries if re.search(r'FROM "comments_comment"(?! U\d)', q["sql"])
    ]


@pytest.fixture
def threads():
    """Two articles: one with a single comment, one with 500 in threads (two pages of top-level ones)."""
    return add_threads(make_article(), 1), add_threads(make_article(), 500)


def test_article_page_queries_do_not_grow_with_comments(client, threads):
    few, many = threads
    few_count, _ = queries(client, few.get_absolute_url())
    many_count, response = queries(client, many.get_absolute_url())
    # article (with its comment and thread counts); tags; corrections; related stories; the bylines
    # of the story and of the related cards; previous and next; navigation sections; and one query
    # for a page of top-level comments with every reply in their threads and the mentions
    assert few_count == many_count == 8
    assert len(response.context["comments"]) == 50
    assert response.content.decode().count('class="comment comment--level-') == 250
    assert len(comment_section_queries(client, many)) == 1
    assert len(comment_section_queries(client, few)) == 1


def test_later_comment_pages_cost_the_same(client, threads):
    few, many = threads
    first, _ = queries(client, many.get_absolute_url())
    later, response = queries(client, page_url(many, 2))
    assert response.context["page_obj"].number == 2
    assert later == first == queries(client, few.get_absolute_url())[0]


def test_held_preview_adds_no_query(client):
    article = add_threads(make_article(), 20)
    before, _ = queries(client, article.get_absolute_url())
    held = make_comment(article, status="pending")
    client.cookies[COOKIE] = signing.get_cookie_signer(salt=COOKIE + SALT).sign(str(held.pk))
    after, response = queries(client, article.get_absolute_url())
    assert after == before
    assert held.body in response.content.decode()


def test_permalink_queries_do_not_grow_with_comments(client, threads):
    few, many = threads
    deep = Comment.objects.filter(article=many, depth=5).order_by("-created_at").first()
    few_count, _ = queries(client, few.comments.get().get_absolute_url(), status=302)
    many_count, response = queries(client, deep.get_absolute_url(), status=302)
    # the comment with its article; its thread's top-level comment; how many threads come before it
    assert few_count == many_count == 3
    assert response["Location"].endswith(f"?cpage=2#comment-{deep.pk}")


@pytest.mark.parametrize("feed", ["article", "site"])
def test_comment_feed_queries_do_not_grow_with_comments(client, threads, feed):
    few, many = threads
    url = {
        "article": lambda article: reverse("comments:article_feed", kwargs=article.address_kwargs()),
        "site": lambda article: reverse("comments:feed"),
    }[feed]
    client.get(url(few))  # Django reads the Site once per process for the first feed
    few_count, _ = queries(client, url(few))
    many_count, _ = queries(client, url(many))
    # [the article]; the newest comments with their articles
    assert few_count == many_count == {"article": 2, "site": 1}[feed]


def test_moderation_list_queries_stay_flat(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    url = reverse("admin:comments_comment_changelist")
    add_threads(make_article(), 5)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for _ in range(3):
        add_threads(make_article(), 40)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)
