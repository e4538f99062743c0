import pytest
from django.core import signing
from django.urls import reverse

from articles.models import Article
from articles.preview import preview_url
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return make_article(status=Article.Status.DRAFT, headline="Embargoed budget story", published_at=None)


def test_unpublished_article_is_404_without_a_link(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_preview_link_shows_the_article_to_anyone(client, draft):
    response = client.get(preview_url(draft))
    assert response.status_code == 200
    assert response.context["article"] == draft
    assert "Embargoed budget story" in response.content.decode()
    assert "Preview:" in response.content.decode()


def test_preview_responses_are_never_cached_or_indexed(client, draft):
    response = client.get(preview_url(draft))
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_expired_preview_link_is_404(client, draft, settings):
    url = preview_url(draft)
    settings.ARTICLE_PREVIEW_MAX_AGE = -1
    assert client.get(url).status_code == 404


def test_tampered_preview_link_is_404(client, draft):
    other = make_article(status=Article.Status.DRAFT, published_at=None)
    forged = signing.dumps({"article": other.pk}, salt="some.other.salt")
    assert client.get(reverse("articles:preview", kwargs={"token": forged})).status_code == 404
    assert client.get(preview_url(draft)[:-3] + "xyz/").status_code == 404


def test_admin_shows_the_preview_link(client, editor_user, draft):
    client.force_login(editor_user)
    response = client.get(reverse("admin:articles_article_change", args=[draft.pk]))
    assert reverse("articles:preview", kwargs={"token": "x"})[:-2] in response.content.decode()
