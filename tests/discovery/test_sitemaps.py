from datetime import timedelta

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_tag

pytestmark = pytest.mark.django_db
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ElementTree.fromstring(response.content)


def locations(client, section):
    root = xml(client, reverse("articles:sitemap", kwargs={"section": section}))
    return [loc.text for loc in root.findall("s:url/s:loc", NS)]


@pytest.fixture
def site():
    fresh = make_article(published_at=timezone.now() - timedelta(hours=2), tags=[make_tag()])
    old = make_article(published_at=timezone.now() - timedelta(days=5))
    draft = make_article(status=Article.Status.DRAFT, tags=[make_tag()], authors=[make_author()])
    scheduled = make_article(published_at=timezone.now() + timedelta(days=1))
    return fresh, old, draft, scheduled


def test_index_lists_every_sitemap(client, site):
    root = xml(client, reverse("articles:sitemap_index"))
    urls = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert urls == [
        f"http://testserver/sitemap-{name}.xml"
        for name in ["articles", "news", "sections", "tags", "authors", "archives"]
    ]


def test_article_sitemap_has_published_articles_with_lastmod(client, site):
    fresh, old, *_ = site
    root = xml(client, reverse("articles:sitemap", kwargs={"section": "articles"}))
    entries = {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }
    assert set(entries) == {
        "http://testserver" + fresh.get_absolute_url(),
        "http://testserver" + old.get_absolute_url(),
    }
    assert entries["http://testserver" + fresh.get_absolute_url()].startswith(f"{fresh.updated_at:%Y-%m-%d}")


def test_news_sitemap_has_the_last_48_hours(client, site):
    fresh = site[0]
    root = xml(client, reverse("articles:sitemap", kwargs={"section": "news"}))
    (url,) = root.findall("s:url", NS)
    assert url.findtext("s:loc", namespaces=NS) == "http://testserver" + fresh.get_absolute_url()
    assert url.findtext("news:news/news:title", namespaces=NS) == fresh.headline
    assert url.findtext("news:news/news:publication/news:name", namespaces=NS) == "The Newsroom"


def test_tag_and_author_sitemaps_skip_unpublished_only_pages(client, site):
    fresh, _, draft, _ = site
    assert locations(client, "tags") == ["http://testserver" + fresh.tags.get().get_absolute_url()]
    assert "http://testserver" + draft.byline_authors[0].get_absolute_url() not in locations(
        client, "authors"
    )


def test_archive_sitemap_lists_months(client, site):
    fresh = site[0]
    month = timezone.localtime(fresh.published_at)
    expected = "http://testserver" + reverse(
        "articles:month", kwargs={"year": month.year, "month": month.month}
    )
    assert expected in locations(client, "archives")


def test_unknown_sitemap_is_404(client):
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_robots_txt(client):
    response = client.get(reverse("publishing:robots_txt"))
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /preview/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_keeps_search_and_health_check_out(client):
    lines = client.get(reverse("publishing:robots_txt")).content.decode().splitlines()
    assert "Disallow: /search/" in lines
    assert "Disallow: /healthz" in lines


def test_robots_txt_does_not_name_a_relocated_admin(client, settings):
    """robots.txt is public: naming the admin's secret path would advertise it (issue #11)."""
    settings.ADMIN_PATH = "back-office-7f3a/"
    body = client.get(reverse("publishing:robots_txt")).content.decode()
    assert "admin" not in body
    assert "back-office" not in body
    assert "Disallow: /preview/" in body.splitlines()
