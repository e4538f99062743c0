"""Slugs are unique per publication day: the same headline on two days keeps the same address."""

from datetime import timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.editorial.conftest import article_form_data
from tests.factories import make_article, make_comment, make_section

pytestmark = pytest.mark.django_db

MESSAGE = "Another article published that day already has this address (slug). Change the slug."


def noon(days_ago):
    """Midday in the site's time zone, `days_ago` days back: never near a day boundary."""
    today = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days_ago)


def publish(headline, when, text="", **fields):
    fields = {"status": Article.Status.PUBLISHED} | fields
    return Article.objects.create(
        headline=headline,
        body=f"<p>{text or headline}</p>",
        section=make_section(),
        published_at=when,
        **fields,
    )


def test_the_same_headline_on_two_days_keeps_its_slug_and_both_pages_answer(client):
    monday = publish("Council meets", noon(2), text="Monday's meeting.")
    tuesday = publish("Council meets", noon(1), text="Tuesday's meeting.")
    assert (monday.slug, tuesday.slug) == ("council-meets", "council-meets")
    assert (monday.published_on, tuesday.published_on) == (noon(2).date(), noon(1).date())
    for article, text in [(monday, "Monday's meeting."), (tuesday, "Tuesday's meeting.")]:
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200
        assert response.context["article"] == article
        assert text in response.content.decode()


def test_the_same_headline_on_one_day_gets_a_number():
    first = publish("Council meets", noon(1))
    second = publish("Council meets", noon(1) + timedelta(hours=3))
    assert (first.slug, second.slug) == ("council-meets", "council-meets-2")


def test_publishing_a_draft_onto_a_day_that_has_its_slug_numbers_it():
    publish("Council meets", timezone.now() - timedelta(minutes=5))
    draft = Article.objects.create(headline="Council meets", body="<p>x</p>", section=make_section())
    assert draft.slug == "council-meets" and draft.published_on is None  # undated: no clash yet

    draft.status = Article.Status.PUBLISHED
    draft.save()

    draft.refresh_from_db()
    assert draft.published_on == timezone.localdate(draft.published_at)
    assert draft.slug == "council-meets-2"
    assert draft.is_published()


def test_the_admin_refuses_a_slug_taken_that_day_with_a_clear_message(client, editor_user, section):
    taken = publish("Council meets", noon(1))
    client.force_login(editor_user)
    data = article_form_data(
        section,
        slug=taken.slug,
        status="published",
        published_at_0=f"{noon(1):%Y-%m-%d}",
        published_at_1="15:00:00",
    )
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200
    assert MESSAGE in response.context["adminform"].form.errors.get("__all__", [])
    assert MESSAGE in response.content.decode()
    assert Article.objects.count() == 1

    # Another day is fine with the same slug.
    data |= {"published_at_0": f"{noon(2):%Y-%m-%d}"}
    assert client.post(reverse("admin:articles_article_add"), data).status_code == 302
    assert Article.objects.filter(slug=taken.slug).count() == 2


def test_a_wrong_date_redirects_to_the_newest_article_with_the_slug(client):
    publish("Council meets", noon(3))
    newest = publish("Council meets", noon(1))
    response = client.get(f"/2001/01/01/{newest.slug}/")
    assert response.status_code == 301
    assert response["Location"] == newest.get_absolute_url()
    assert client.get("/2001/02/30/council-meets/").status_code == 301  # no such day: still found


def test_a_stale_publication_day_shows_the_article_instead_of_looping(client):
    article = publish("Council meets", noon(1))
    Article.objects.filter(pk=article.pk).update(published_on=noon(5).date())  # as after a TIME_ZONE change
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.context["article"] == article


def test_unpublished_articles_with_the_slug_stay_hidden(client):
    draft = publish("Council meets", noon(1), status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/2001/01/01/council-meets/").status_code == 404


def test_comment_feeds_of_articles_sharing_a_slug_across_days(client):
    monday = make_article(headline="Council meets", slug="council-meets", published_at=noon(2))
    tuesday = make_article(headline="Council meets", slug="council-meets", published_at=noon(1))
    make_comment(monday, body="About Monday.")
    make_comment(tuesday, body="About Tuesday.")
    for article, body in [(monday, "About Monday."), (tuesday, "About Tuesday.")]:
        response = client.get(article.get_absolute_url() + "feed/")
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert [entry.description for entry in feed.entries] == [f"<p>{body}</p>"]

    response = client.get("/2001/01/01/council-meets/feed/")
    assert response.status_code == 301
    assert response["Location"] == tuesday.get_absolute_url() + "feed/"
