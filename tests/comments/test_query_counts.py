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


def article_page_queries(client, article):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(queries), response


def comment_section_queries(client, article):
    """The queries reading the comments table itself (not the count subquery in article queries)."""
    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url())
    return [
        q["sql"] for q in queries.captured_queries if re.search(r'FROM "comments_comment"(?! U\d)', q["sql"])
    ]


def test_article_page_queries_do_not_grow_with_comments(client):
    few = add_threads(make_article(), 1)
    many = add_threads(make_article(), 500)
    few_count, _ = article_page_queries(client, few)
    many_count, response = article_page_queries(client, many)
    assert few_count == many_count
    assert len(response.context["comments"]) == 50
    assert response.content.decode().count('class="comment comment--level-') == 250
    # The count of top-level comments, one page of them, and every reply in those threads.
    assert len(comment_section_queries(client, many)) == 3
    assert len(comment_section_queries(client, few)) == 3


def test_held_preview_adds_one_query(client):
    article = add_threads(make_article(), 20)
    before, _ = article_page_queries(client, article)
    held = make_comment(article, status="pending")
    client.cookies[COOKIE] = signing.get_cookie_signer(salt=COOKIE + SALT).sign(str(held.pk))
    after, response = article_page_queries(client, article)
    assert after == before + 1
    assert held.body in response.content.decode()


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
