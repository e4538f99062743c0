"""Edge caches are told exactly what changed: PURGE with the changed keys, to every configured edge.

The edges here are real HTTP servers on loopback that record what they are sent (the `edges` fixture
of tests/pagecache/conftest.py); Varnish itself is tested in tests/stack/.
"""

import pytest
from django.test import Client

from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db


def test_pages_tell_edges_their_keys_and_how_long_to_keep_them(edges):
    article = make_article()
    response = Client().get(article.get_absolute_url())
    assert f"article-{article.pk}" in response.headers["xkey"].split()
    assert {"site", "articles"} <= set(response.headers["xkey"].split())
    control = response.headers["Cache-Control"]
    assert control.startswith("public, max-age=0, s-maxage=") and control.endswith(
        ", stale-while-revalidate=10"
    )


def test_personal_pages_carry_no_keys(edges, client):
    from tests.factories import make_user

    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(make_article().get_absolute_url())
    assert "xkey" not in response.headers


def test_approving_a_comment_purges_its_article_on_every_edge(edges, django_capture_on_commit_callbacks):
    article = make_article()
    comment = make_comment(article, status=Comment.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        comment.status = Comment.Status.APPROVED
        comment.save()
    for edge in edges:
        assert {"comments", f"article-{article.pk}"} in edge.purged


def test_a_held_comment_purges_nothing(edges, django_capture_on_commit_callbacks):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(article, status=Comment.Status.PENDING)
    assert [edge.purged for edge in edges] == [[], []]


def test_an_edge_that_is_down_does_not_stop_the_others_or_the_save(
    edges, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EDGE_PURGE_URLS = ["http://127.0.0.1:9/", edges[0].url]  # port 9 (discard): nothing listens
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        article.headline = "Harbour reopens"
        article.save()
    assert {"articles", f"article-{article.pk}"} in edges[0].purged
    assert "http://127.0.0.1:9/" in caplog.text
