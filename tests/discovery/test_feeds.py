from datetime import timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.fixture
def story():
    author = make_author(name="Ana Horvat", user=None)
    return make_article(
        headline="Tram <line> & depot",
        standfirst="A short summary.",
        body='<p>Read <a href="/section/x/">more</a> and see <img src="/media/x.jpg" alt="x">.</p>',
        authors=[author, make_author(name="Ivo Kos")],
        tags=[make_tag(name="Transport")],
        section=make_section(name="City"),
    )


@pytest.mark.parametrize("name", ["articles:feed", "articles:feed_atom"])
def test_site_feed_item_fields(client, story, name):
    _, feed = parse(client, reverse(name))
    (entry,) = feed.entries
    assert entry.title == "Tram <line> & depot"
    assert entry.link == "http://testserver" + story.get_absolute_url()
    assert entry.id == f"tag:testserver,{story.created_at:%Y-%m-%d}:article:{story.pk}"
    assert entry.published_parsed[:5] == story.published_at.utctimetuple()[:5]
    assert entry.updated_parsed is not None
    assert [author.name for author in entry.authors] == ["Ana Horvat", "Ivo Kos"]
    assert {tag.term for tag in entry.tags} == {"City", "Transport"}
    assert entry.summary == "A short summary."
    content = entry.content[0].value
    assert 'href="http://testserver/section/x/"' in content
    assert 'src="http://testserver/media/x.jpg"' in content


def test_feeds_never_contain_email_addresses(client, story):
    author = story.byline_authors[0]
    author.user = make_user(email="secret@example.com")
    author.save()
    for name in ["articles:feed", "articles:feed_atom"]:
        assert b"@" not in client.get(reverse(name)).content


def test_feeds_show_only_published_articles(client, story):
    make_article(headline="Draft one", status=Article.Status.DRAFT)
    make_article(headline="Scheduled one", published_at=timezone.now() + timedelta(hours=1))
    for name in ["articles:feed", "articles:feed_atom"]:
        _, feed = parse(client, reverse(name))
        assert [entry.title for entry in feed.entries] == [story.headline]


@pytest.mark.parametrize("kind", ["section", "tag", "author"])
def test_section_tag_and_author_feeds(client, story, kind):
    other = make_article(headline="Elsewhere")
    subject = {"section": story.section, "tag": story.tags.get(), "author": story.byline_authors[0]}[kind]
    for suffix in ["", "_atom"]:
        _, feed = parse(client, reverse(f"articles:{kind}_feed{suffix}", kwargs={"slug": subject.slug}))
        assert [entry.title for entry in feed.entries] == [story.headline], other
        assert subject.name in feed.feed.title


def test_unknown_section_feed_is_404(client):
    assert client.get(reverse("articles:section_feed", kwargs={"slug": "nope"})).status_code == 404


def test_pages_link_their_feeds(client, story):
    content = client.get(story.section.get_absolute_url()).content.decode()
    assert 'type="application/rss+xml" title="The Newsroom (RSS)" href="http://testserver/feed/"' in content
    section_feed = reverse("articles:section_feed", kwargs={"slug": story.section.slug})
    assert f'href="http://testserver{section_feed}"' in content
