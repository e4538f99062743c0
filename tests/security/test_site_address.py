"""Absolute links come from NEWSROOM_SITE_URL, never from what a request claims (issue #18).

A request may carry any allowed Host, a port, or an X-Forwarded-Proto it made up; none of it may end
up in an email, a feed, a sitemap, robots.txt or a canonical link that others will follow.
"""

import re

import pytest
from django.urls import reverse

from comments.models import Subscription
from tests.factories import comment_form_data, make_article, make_author, make_user

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"
FORGED = {"HTTP_HOST": "localhost:6666", "HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture(autouse=True)
def configured_site(settings):
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["localhost", "testserver", "news.example.org"]


def absolute_links(text):
    return set(re.findall(r"https?://[^\s\"'<>]+", text))


def own_links(text):
    """The absolute links that point at this site (not at schema.org or an XML namespace)."""
    return {link for link in absolute_links(text) if "localhost" in link or "example.org" in link}


@pytest.mark.parametrize(
    "path",
    [
        reverse("articles:feed"),
        reverse("articles:feed_atom"),
        reverse("comments:feed"),
        reverse("articles:sitemap_index"),
        reverse("articles:sitemap", kwargs={"section": "articles"}),
        reverse("publishing:robots_txt"),
        reverse("articles:home"),
    ],
)
def test_feeds_sitemaps_robots_and_pages_link_to_the_configured_site(client, path):
    make_article(authors=[make_author(name="Ines Duarte")])
    body = client.get(path, **FORGED).content.decode()
    links = own_links(body)
    assert links, "the response has absolute links to check"
    assert all(link.startswith(SITE + "/") for link in links), links


def test_comment_emails_link_to_the_configured_site(client, mailoutbox, django_capture_on_commit_callbacks):
    moderator = make_user(is_staff=True, is_superuser=True, email="mod@example.org")
    article = make_article(authors=[make_author(user=moderator)])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("comments:create", kwargs={"article_id": article.pk}),
            comment_form_data(article, notify="on", email="reader@example.net"),
            REMOTE_ADDR="192.0.2.80",
            **FORGED,
        )
    assert Subscription.objects.exists() and len(mailoutbox) == 2  # the moderator's notice, the opt-in
    for message in mailoutbox:
        links = absolute_links(message.body) | absolute_links(str(message.extra_headers))
        assert links and all(link.startswith(SITE + "/") for link in links), links


def test_admin_view_on_site_opens_the_configured_site(client):
    article = make_article()
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:articles_article_change", args=[article.pk]), **FORGED)
    assert f'href="{SITE}{article.get_absolute_url()}"' in response.content.decode()
