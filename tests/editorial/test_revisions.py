import pytest
from django.urls import reverse

from articles.models import Article
from tests.editorial.conftest import article_form_data
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_every_admin_save_is_a_revision_with_its_author(client, editor_user, section):
    article = make_article(status=Article.Status.DRAFT, section=section, published_at=None)
    client.force_login(editor_user)
    data = article_form_data(section, headline="Second headline", slug=article.slug)
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    latest = article.history.first()
    assert latest.headline == "Second headline"
    assert latest.history_user == editor_user
    assert article.history.count() == 2


def test_history_page_shows_what_changed(client, editor_user):
    article = make_article(headline="Before")
    article.headline = "After"
    article.save()
    client.force_login(editor_user)
    response = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>Headline:</strong>" in html
    assert "Before" in html and "After" in html


def test_restore_an_older_revision(client, editor_user, section):
    article = make_article(headline="Original", section=section)
    article.headline = "Botched edit"
    article.save()
    original = article.history.last()
    client.force_login(editor_user)
    url = reverse("admin:articles_article_simple_history", args=[article.pk, original.pk])
    form_page = client.get(url)
    assert form_page.status_code == 200
    published = article.published_at
    data = article_form_data(
        section,
        headline="Original",
        slug=article.slug,
        status="published",
        published_at_0=f"{published:%Y-%m-%d}",
        published_at_1=f"{published:%H:%M:%S}",
        change_note_kind="none",  # restoring the old text of a public story: no note, this time
    )
    response = client.post(url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Original"
