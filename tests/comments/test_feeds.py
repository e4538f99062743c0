"""RSS feeds of approved comments: per published article and for the whole site."""

import hashlib
from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db

EMAIL = "Private.Reader@feeds.example"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.fixture
def article():
    article = make_article(headline="Harbour cranes return")
    make_comment(
        article, name="Ana <Writer>", email=EMAIL, body="First line & <b>bold</b>\n\nSecond paragraph"
    )
    make_comment(article, name="Held Reader", body="Pending words", status=Comment.Status.PENDING)
    make_comment(article, name="Spam Reader", body="Spam words", status=Comment.Status.SPAM)
    make_comment(article, name="Trash Reader", body="Trash words", status=Comment.Status.TRASH)
    make_comment(article, name="Some Blog", body="Pinged", kind=Comment.Kind.PINGBACK)
    return article


def test_article_feed_lists_only_approved_comments(client, article):
    response, feed = parse(client, article.get_absolute_url() + "feed/")
    assert feed.feed.title == "Comments on: Harbour cranes return"
    assert feed.feed.link == "http://testserver" + article.get_absolute_url()
    [item] = feed.entries
    assert item.title == "By: Ana <Writer>"
    assert item.author == "Ana <Writer>"
    comment = Comment.objects.get(name="Ana <Writer>")
    assert item.link == f"http://testserver/comments/{comment.pk}/"
    assert item.id == f"tag:testserver,{comment.created_at:%Y-%m-%d}:comment:{comment.pk}"
    assert item.guidislink is False
    assert item.published_parsed is not None
    # The text is escaped as typed, in paragraphs: the <b> is text, never markup.
    assert item.description == "<p>First line &amp; &lt;b&gt;bold&lt;/b&gt;</p>\n<p>Second paragraph</p>"
    body = response.content.decode()
    for absent in ["Pending words", "Spam words", "Trash words", "Pinged"]:
        assert absent not in body


def test_comment_link_in_the_feed_finds_the_comment(client, article):
    _, feed = parse(client, article.get_absolute_url() + "feed/")
    comment = Comment.objects.get(name="Ana <Writer>")
    response = client.get(feed.entries[0].link.removeprefix("http://testserver"))
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"


def test_site_feed_has_the_newest_comments_of_published_articles_only(client, article):
    draft = make_article(headline="Secret draft", status=Article.Status.DRAFT)
    make_comment(draft, name="Draft Reader", body="Draft words")
    scheduled = make_article(headline="Tomorrow", published_at=timezone.now() + timedelta(days=1))
    make_comment(scheduled, name="Early Reader", body="Scheduled words")
    other = make_article(headline="Quiet week")
    make_comment(
        other, name="Later Reader", body="Later words", created_at=timezone.now() + timedelta(minutes=1)
    )
    response, feed = parse(client, "/comments/feed/")
    assert [entry.title for entry in feed.entries] == [
        "Comment on Quiet week by Later Reader",
        "Comment on Harbour cranes return by Ana <Writer>",
    ]
    body = response.content.decode()
    for absent in ["Draft words", "Scheduled words", "Secret draft", "Pending words", "Spam words", "Pinged"]:
        assert absent not in body


def test_feeds_never_carry_the_email_or_its_hashes(client, article):
    forms = {EMAIL, EMAIL.lower()}
    forms |= {hashlib.new(name, EMAIL.lower().encode()).hexdigest() for name in ["md5", "sha1", "sha256"]}
    forms.add(Comment.objects.get(name="Ana <Writer>").avatar_key)
    for url in [article.get_absolute_url() + "feed/", "/comments/feed/"]:
        body = client.get(url).content.decode().lower()
        for form in forms:
            assert form.lower() not in body, f"{url} leaks the email as {form!r}"


@pytest.mark.parametrize(
    "overrides", [{"status": Article.Status.DRAFT}, {"published_at": timezone.now() + timedelta(days=1)}]
)
def test_feed_of_an_unpublished_article_is_not_found(client, overrides):
    article = make_article(**overrides)
    make_comment(article, body="Not yet public")
    local = timezone.localtime(article.published_at or timezone.now())
    url = f"/{local:%Y/%m/%d}/{article.slug}/feed/"
    response = client.get(url)
    assert response.status_code == 404
    assert b"Not yet public" not in response.content


def test_feed_of_an_unknown_article_is_not_found(client):
    assert client.get("/2021/02/25/no-such-story/feed/").status_code == 404


def test_feed_under_an_old_date_moves_to_the_article_address(client, article):
    response = client.get(f"/1999/01/01/{article.slug}/feed/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url() + "feed/"


def test_article_page_links_to_its_comments_feed(client, article):
    body = client.get(article.get_absolute_url()).content.decode()
    expected = (
        '<link rel="alternate" type="application/rss+xml" title="Comments on: Harbour cranes return" '
        f'href="http://testserver{article.get_absolute_url()}feed/">'
    )
    assert expected in body


def test_empty_feed_is_still_valid(client):
    article = make_article()
    _, feed = parse(client, article.get_absolute_url() + "feed/")
    assert feed.entries == []
