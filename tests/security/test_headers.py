"""Every response carries the security headers: public pages (built and from the page cache),
feeds, sitemaps, errors, the admin, the health check and static files."""

import pytest
from django.urls import reverse

from pages.models import Page
from tests.factories import (
    comment_form_data,
    make_article,
    make_author,
    make_comment,
    make_section,
    make_tag,
    make_user,
)

pytestmark = pytest.mark.django_db

EVERYWHERE = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), browsing-topics=()",
}


@pytest.fixture
def site():
    section, tag, author = make_section(), make_tag(), make_author()
    article = make_article(section=section, tags=[tag], authors=[author])
    make_comment(article)
    page = Page.objects.create(title="About us", body="<p>Who we are.</p>", is_live=True)
    day = article.published_at
    return {
        "front": "/",
        "article": article.get_absolute_url(),
        "section": section.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "author": author.get_absolute_url(),
        "year": f"/{day:%Y}/",
        "month": f"/{day:%Y/%m}/",
        "day": f"/{day:%Y/%m/%d}/",
        "search": "/search/?q=comment",
        "static-page": page.get_absolute_url(),
        "feed": reverse("articles:feed"),
        "atom-feed": reverse("articles:feed_atom"),
        "comments-feed": article.get_absolute_url() + "feed/",
        "sitemap": reverse("articles:sitemap_index"),
        "robots": "/robots.txt",
        "not-found": "/no-such-page/",
        "health": reverse("operations:healthz"),
        "stylesheet": "/static/css/site.css",
        "admin-sign-in": reverse("admin:login"),
    }


def assert_security_headers(response, where):
    for header, value in EVERYWHERE.items():
        assert response.headers.get(header) == value, f"{where}: {header} is {response.headers.get(header)!r}"
    policy = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in policy, f"{where}: no Content-Security-Policy"
    assert "frame-ancestors 'none'" in policy, where
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, f"{where}: {policy}"


@pytest.mark.parametrize(
    "page",
    [
        "front", "article", "section", "tag", "author", "year", "month", "day", "search", "static-page",
        "feed", "atom-feed", "comments-feed", "sitemap", "robots", "not-found", "health", "stylesheet",
        "admin-sign-in",
    ],
)  # fmt: skip
def test_every_public_response_carries_the_security_headers_built_and_cached(client, site, page):
    first, second = client.get(site[page]), client.get(site[page])
    assert first.status_code in {200, 404}, page
    assert_security_headers(first, page)
    assert_security_headers(second, f"{page}, asked again")
    if first.headers["Content-Type"].startswith("text/html"):
        assert first.headers["X-Frame-Options"] == "DENY"


def test_a_cached_page_is_served_with_the_headers_it_was_built_with(client, site):
    client.get(site["article"])
    cached = client.get(site["article"])
    assert cached.headers["X-Page-Cache"] == "hit"
    assert_security_headers(cached, "the cached article")


@pytest.mark.parametrize(
    "name", ["admin:index", "admin:articles_article_changelist", "admin:articles_article_add"]
)
def test_the_admin_carries_the_security_headers(client, name):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert_security_headers(response, name)
    assert response.headers["X-Frame-Options"] == "DENY"


def test_a_comment_post_and_its_redirect_carry_them(client, site, discussion):
    discussion(moderation="none")
    article = make_article()

    response = client.post(reverse("comments:create", args=[article.pk]), comment_form_data(article))
    assert response.status_code == 302
    assert_security_headers(response, "the redirect after posting")
