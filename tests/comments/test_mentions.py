"""Pingbacks and trackbacks: listed apart as mentions, never threaded, never counted as comments."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment
from tests.comments.test_forms import bound_form
from tests.comments.test_query_counts import add_threads, comment_section_queries
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db


def ping(article, kind=Comment.Kind.PINGBACK, **overrides):
    fields = {
        "name": "Harbour Watch Blog",
        "website": "https://harbour-watch.example/cranes/",
        "body": "[…] the cranes are back, says Newsroom […]",
        "email": "",
        "kind": kind,
    }
    return make_comment(article, **(fields | overrides))


def test_approved_mentions_are_listed_apart_and_not_counted(client):
    article = make_article()
    comment = make_comment(article, name="Reader One")
    pingback = ping(article)
    trackback = ping(article, Comment.Kind.TRACKBACK, name="Port Diary", website="https://diary.example/")
    ping(article, name="Held Ping Site", status=Comment.Status.PENDING)
    ping(article, name="Spam Ping Site", status=Comment.Status.SPAM)
    html = client.get(article.get_absolute_url()).content.decode()

    assert '<h2 id="comments-title" class="comments__title">1 comment</h2>' in html
    threads = html[html.index('<ol class="comment-list') : html.index("</ol>")]
    assert "Reader One" in threads and "Harbour Watch Blog" not in threads
    mentions = html[html.index('<section class="mentions"') :]
    mentions = mentions[: mentions.index("</section>")]
    assert f'<li id="comment-{pingback.pk}" class="mention">' in mentions
    assert f'<li id="comment-{trackback.pk}" class="mention">' in mentions
    assert re.search(
        r'Pingback:</span>\s*<a href="https://harbour-watch.example/cranes/" rel="nofollow ugc noopener">'
        r"Harbour Watch Blog</a>",
        mentions,
    )
    assert "Trackback:" in mentions
    assert "Held Ping Site" not in html and "Spam Ping Site" not in html
    assert f'id="comment-{comment.pk}"' in threads
    assert '#comments">1 comment</a>' in client.get(reverse("articles:latest")).content.decode()


def test_no_mentions_section_without_mentions(client):
    article = make_article()
    make_comment(article)
    assert 'class="mentions"' not in client.get(article.get_absolute_url()).content.decode()


def test_mention_permalink_finds_it(client):
    article = make_article()
    pingback = ping(article)
    response = client.get(reverse("comments:permalink", args=[pingback.pk]))
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{pingback.pk}"


def test_mentions_cannot_be_replied_to(client):
    article = make_article()
    pingback = ping(article)
    html = client.get(article.get_absolute_url() + f"?replytocom={pingback.pk}").content.decode()
    assert ">Leave a Reply</span>" in html  # the form answers the article, not the comment


def test_mentions_add_no_queries(client, uncached_pages):
    plain = add_threads(make_article(), 100)
    mentioned = add_threads(make_article(), 100)
    for number in range(30):
        ping(mentioned, name=f"Blog {number}")
    assert len(comment_section_queries(client, mentioned)) == len(comment_section_queries(client, plain)) == 1
    with CaptureQueriesContext(connection) as few:
        client.get(plain.get_absolute_url())
    with CaptureQueriesContext(connection) as many:
        html = client.get(mentioned.get_absolute_url()).content.decode()
    assert len(many) == len(few)
    assert html.count('class="mention"') == 30


def test_admin_filters_by_kind(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    pingback = ping(make_article())
    make_comment()
    response = client.get(reverse("admin:comments_comment_changelist"), {"kind__exact": "pingback"})
    assert list(response.context["cl"].result_list) == [pingback]
    assert b"Pingback" in response.content


def test_posting_a_reply_to_a_mention_is_refused():
    pingback = ping(make_article())
    form = bound_form(pingback.article, reply_to=str(pingback.pk))
    assert form.errors["reply_to"] == ["Sorry, pingbacks and trackbacks cannot be replied to."]


def test_an_article_with_only_mentions_lists_them(client):
    article = make_article()
    ping(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<h2 id="comments-title" class="comments__title">No comments</h2>' in html
    assert 'class="comment-list' not in html
    assert html.count('class="mention"') == 1
