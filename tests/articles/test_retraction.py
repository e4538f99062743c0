"""Retracting is not deleting: a withdrawn story's address answers 410 Gone with the editors' reasons,
and the story leaves every list, feed, sitemap and search (issue #14)."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests.editorial.conftest import article_edit_data, make_staff
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

REASON = "It relied on a draft plan we could not confirm."


def retract(article, note=REASON):
    article.status, article.retraction_note = Article.Status.RETRACTED, note
    article.save()
    return article


def test_a_retracted_storys_address_answers_410_with_why(client):
    article = retract(make_article(headline="North pier to close"))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 410
    page = response.content.decode()
    assert "North pier to close" in page and REASON in page
    assert article.retracted_at is not None and "Retracted" in page


def test_a_retracted_story_leaves_lists_feeds_sitemaps_and_search(client, settings):
    settings.PAGE_CACHE = False
    section = make_section(name="Business", slug="business")
    article = retract(make_article(headline="North pier to close", section=section))
    for url in [
        reverse("articles:home"),
        section.get_absolute_url(),
        reverse("articles:feed"),
        reverse("articles:latest"),
        "/sitemap-business.xml",
        reverse("search:search") + "?q=pier",
    ]:
        response = client.get(url)
        assert "North pier to close" not in response.content.decode(), url
        assert article.get_absolute_url() not in response.content.decode(), url


def test_its_address_never_becomes_another_story(client):
    retracted = retract(make_article(slug="north-pier", headline="North pier to close"))
    newer = make_article(slug="north-pier", headline="Pier stays open", published_at=retracted.published_at)
    assert newer.slug != "north-pier"
    assert client.get(retracted.get_absolute_url()).status_code == 410


def test_unpublishing_without_retracting_is_a_plain_404(client):
    article = make_article()
    article.status = Article.Status.UNPUBLISHED
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_retraction_shows_at_once_with_the_page_cache_on(settings):
    settings.PAGE_CACHE = True
    article = make_article(headline="North pier to close")
    reader = Client()
    reader.get(article.get_absolute_url())
    retract(article)
    assert reader.get(article.get_absolute_url()).status_code == 410


def test_an_editor_retracts_with_a_reason_and_the_history_says_who(client):
    editor = make_staff("Editor")
    client.force_login(editor)
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    refused = client.post(url, article_edit_data(article, status="retracted"))
    assert refused.context["adminform"].form.errors["retraction_note"] == [
        "Tell readers why the story was retracted."
    ]
    assert (
        client.post(url, article_edit_data(article, status="retracted", retraction_note=REASON)).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.is_retracted
    assert article.history.first().history_user == editor


def test_retracting_is_a_right_of_its_own(client):
    publisher = make_staff("Editor")
    publisher.groups.first().permissions.remove(Permission.objects.get(codename="retract_article"))
    client.force_login(publisher)
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = client.post(url, article_edit_data(article, status="retracted", retraction_note=REASON))
    assert response.status_code == 200 and "status" in response.context["adminform"].form.errors
    assert Article.objects.get().status == Article.Status.PUBLISHED
