"""Whole pages from the cache for anonymous readers, and never a stale or personal one.

Each change a newsroom makes shows on the very next request: the page cache is invalidated by what
pages show (pagecache/store.py), not by waiting for a timeout.
"""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from articles.models import Article
from comments.models import Comment
from tests.factories import comment_form_data, make_article, make_comment, make_section, make_user

pytestmark = pytest.mark.django_db

HOME = "/"


def cached(client, path):
    """The page as a reader gets it, after another reader's visit has had the chance to cache it."""
    Client().get(path)
    response = client.get(path)
    return response, response.content.decode()


def test_an_anonymous_reader_gets_the_page_from_the_cache_headers_and_all(client):
    article = make_article(headline="Harbour reopens after the storm")
    first = client.get(article.get_absolute_url())
    second = client.get(article.get_absolute_url())
    assert (first.headers["X-Page-Cache"], second.headers["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "script-src 'self'" in second.headers["Content-Security-Policy"]
    assert not second.cookies


def test_signed_in_editors_always_get_fresh_pages(client):
    article = make_article(headline="Harbour reopens after the storm")
    cached(Client(), article.get_absolute_url())
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response.headers
    assert "Harbour reopens after the storm" in response.content.decode()


def test_a_commenters_held_comment_preview_is_theirs_alone(discussion):
    discussion(moderation="all")
    article = make_article()
    url = article.get_absolute_url()
    cached(Client(), url)
    commenter = Client()
    data = comment_form_data(article, body="Is the night ferry running again?", email="ines@example.org")
    create = reverse("comments:create", kwargs={"article_id": article.pk})
    commenter.post(create, data, REMOTE_ADDR="192.0.2.40")
    own = commenter.get(url)
    assert "Is the night ferry running again?" in own.content.decode()
    assert "X-Page-Cache" not in own.headers
    others, html = cached(Client(), url)
    assert others.headers["X-Page-Cache"] == "hit"
    assert "Is the night ferry running again?" not in html and "ines@example.org" not in html


def test_publishing_shows_on_the_front_page_the_list_and_the_feed_at_once(client):
    make_article(headline="Older story")
    draft = make_article(headline="Council approves the harbour budget", status=Article.Status.DRAFT)
    for path in [HOME, reverse("articles:latest"), reverse("articles:feed")]:
        assert "Council approves the harbour budget" not in cached(client, path)[1]
    draft.status = Article.Status.PUBLISHED
    draft.save()
    for path in [HOME, reverse("articles:latest"), reverse("articles:feed")]:
        response = client.get(path)
        assert response.headers["X-Page-Cache"] == "miss", path
        assert "Council approves the harbour budget" in response.content.decode()


def test_editing_and_unpublishing_show_at_once(client):
    article = make_article(headline="Ferry fares rise")
    url = article.get_absolute_url()
    cached(client, url), cached(client, HOME)
    article.headline = "Ferry fares rise by a fifth"
    article.save()
    assert "Ferry fares rise by a fifth" in client.get(url).content.decode()
    assert "Ferry fares rise by a fifth" in client.get(HOME).content.decode()
    article.status = Article.Status.UNPUBLISHED
    article.save()
    assert client.get(url).status_code == 404
    assert "Ferry fares rise" not in client.get(HOME).content.decode()


def test_a_deleted_article_leaves_every_page(client):
    article = make_article(headline="Lighthouse sold")
    url = article.get_absolute_url()
    cached(client, url), cached(client, HOME)
    article.delete()
    assert client.get(url).status_code == 404
    assert "Lighthouse sold" not in client.get(HOME).content.decode()


def test_a_scheduled_article_appears_when_its_time_comes_without_a_cron(client, clock, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    make_article(headline="Evening edition", published_at=timezone.now() + timedelta(minutes=30))
    assert "Evening edition" not in cached(client, HOME)[1]
    clock.advance(minutes=20)
    response = client.get(HOME)
    assert response.headers["X-Page-Cache"] == "hit" and "Evening edition" not in response.content.decode()
    clock.advance(minutes=11)
    assert "Evening edition" in client.get(HOME).content.decode()


def test_approving_and_removing_comments_in_the_admin_show_at_once(client):
    article = make_article()
    held = make_comment(article, body="The pier lights are back on.", status=Comment.Status.PENDING)
    url = article.get_absolute_url()
    assert "The pier lights are back on." not in cached(client, url)[1]
    moderator = Client()
    moderator.force_login(make_user(is_staff=True, is_superuser=True))
    changelist = reverse("admin:comments_comment_changelist")
    moderator.post(changelist, {"action": "approve", ACTION_CHECKBOX_NAME: [held.pk]})
    response = client.get(url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "The pier lights are back on." in response.content.decode()
    cached(client, url)
    moderator.post(changelist, {"action": "trash", ACTION_CHECKBOX_NAME: [held.pk]})
    assert "The pier lights are back on." not in client.get(url).content.decode()


def test_a_comment_changes_its_article_page_but_not_an_unrelated_one(client):
    story, other = make_article(), make_article(section=make_section(name="Sport"))
    cached(client, story.get_absolute_url()), cached(client, other.get_absolute_url())
    make_comment(story, body="Finally some good news.")
    assert "Finally some good news." in client.get(story.get_absolute_url()).content.decode()
    assert client.get(other.get_absolute_url()).headers["X-Page-Cache"] == "hit"


def test_renaming_a_section_shows_on_its_stories(client):
    article = make_article(section=make_section(name="Harbour"))
    cached(client, article.get_absolute_url())
    section = article.section
    section.name = "Harbour and coast"
    section.save()
    assert "Harbour and coast" in client.get(article.get_absolute_url()).content.decode()


def test_the_page_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE = False
    article = make_article()
    response, _ = cached(client, article.get_absolute_url())
    assert "X-Page-Cache" not in response.headers


def test_emails_never_reach_a_cached_page(client):
    article = make_article()
    make_comment(article, email="reader@example.org", name="A reader")
    response, html = cached(client, article.get_absolute_url())
    assert response.headers["X-Page-Cache"] == "hit"
    assert "reader@example.org" not in html and "A reader" in html


def test_editors_can_save_and_readers_can_read_while_the_cache_is_down(client, monkeypatch):
    from pagecache import store

    article = make_article(headline="Ferry fares rise")

    def unreachable(*args, **kwargs):
        raise ConnectionError("cache down")

    for method in ["get", "get_many", "get_or_set", "set", "set_many", "add", "incr", "delete", "touch"]:
        monkeypatch.setattr(store.stamps, method, unreachable)
    article.headline = "Ferry fares rise by a fifth"
    article.save()
    make_comment(article, body="Too dear for commuters.")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Ferry fares rise by a fifth" in response.content.decode()


def test_a_server_holding_an_old_copy_serves_the_one_another_server_rebuilt(client):
    """Each process keeps the pages it served last as objects (store._recent); a change makes its copy
    stale, and the copy another process rebuilt since is served from the shared cache."""
    from pagecache import store

    article = make_article(headline="Harbour reopens after the storm")
    url = article.get_absolute_url()
    client.get(url)
    old_copies = dict(store._recent)
    article.headline = "Harbour reopens after the great storm"
    article.save()
    store._recent.clear()  # another server: it rebuilds the page and keeps it in the shared cache
    assert client.get(url).headers["X-Page-Cache"] == "miss"
    store._recent.update(old_copies)  # this server again, with its copy from before the change
    response = client.get(url)
    assert response.headers["X-Page-Cache"] == "hit"
    assert "the great storm" in response.content.decode()
