import json
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Correction
from tests.factories import make_article, make_author, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    """Collects <meta>, <link> and JSON-LD blocks the way a crawler reads them."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self._in_json = {}, [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs["content"])
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True

    def handle_data(self, data):
        if self._in_json:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in_json = False


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def canonical(parser):
    return [link["href"] for link in parser.links if link.get("rel") == "canonical"]


@pytest.fixture
def article():
    return make_article(
        headline="Minsk talks </script><script>alert(1)</script> resume",
        standfirst="Talks resume after a week.",
        dateline_place="MINSK",
        source_credit="RIA Novosti",
        published_at=timezone.now() - timedelta(days=1),
        section=make_section(name="World"),
        authors=[make_author(name="Olga Petrova", slug="olga-petrova")],
        tags=[make_tag(name="Diplomacy"), make_tag(name="Belarus")],
    )


def test_article_json_ld_news_article(client, article):
    Correction.objects.create(article=article, note="An earlier version misnamed the venue.")
    parser = head(client, article.get_absolute_url())
    news, crumbs = parser.json_ld
    url = "http://testserver" + article.get_absolute_url()
    assert news["@context"] == "https://schema.org"
    assert news["@type"] == "ReportageNewsArticle"  # a news report: a story with no other type of work
    assert news["headline"] == article.headline
    assert news["description"] == "Talks resume after a week."
    assert news["datePublished"] == timezone.localtime(article.published_at).isoformat(timespec="seconds")
    assert news["dateModified"] >= news["datePublished"]
    assert news["author"] == [
        {"@type": "Person", "name": "Olga Petrova", "url": "http://testserver/author/olga-petrova/"}
    ]
    assert news["publisher"]["@type"] == "NewsMediaOrganization"
    assert news["publisher"]["name"] == "The Newsroom"
    assert (
        news["publisher"]["logo"]["url"] == "http://testserver/static/img/logo.png"
    )  # raster, as Google asks
    assert news["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert news["articleSection"] == "World"
    assert sorted(news["keywords"]) == ["Belarus", "Diplomacy"]
    day = timezone.localtime(article.published_at)
    assert news["dateline"] == f"MINSK, {day:%B} {day.day} – RIA Novosti."
    assert news["correction"][0]["text"] == "An earlier version misnamed the venue."
    assert "image" not in news
    assert [item["name"] for item in crumbs["itemListElement"]] == ["The Newsroom", "World", article.headline]
    assert crumbs["itemListElement"][2]["item"] == url


def test_json_ld_cannot_close_its_script_element(client, article):
    content = client.get(article.get_absolute_url()).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(scripts) == 2
    assert "<script>alert(1)" not in content


def strings(value):
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return [value] if isinstance(value, str) else []


def test_json_ld_has_no_email_address(client, article):
    author = article.byline_authors[0]
    author.user = make_user(email="olga@example.com")
    author.save()
    assert not [text for text in strings(head(client, article.get_absolute_url()).json_ld) if "@" in text]


def test_article_open_graph_and_twitter(client, article):
    parser = head(client, article.get_absolute_url())
    url = "http://testserver" + article.get_absolute_url()
    assert canonical(parser) == [url]
    assert parser.meta["og:type"] == ["article"]
    assert parser.meta["og:title"] == [article.headline]
    assert parser.meta["og:url"] == [url]
    assert parser.meta["og:description"] == ["Talks resume after a week."]
    assert parser.meta["article:section"] == ["World"]
    assert sorted(parser.meta["article:tag"]) == ["Belarus", "Diplomacy"]
    assert parser.meta["twitter:card"] == ["summary"]
    assert "og:image" not in parser.meta


@pytest.mark.parametrize("kind", ["home", "latest", "section", "tag", "author", "search"])
def test_every_page_has_canonical_and_open_graph(client, article, kind):
    url = {
        "home": reverse("articles:home"),
        "latest": reverse("articles:latest"),
        "section": article.section.get_absolute_url(),
        "tag": article.tags.first().get_absolute_url(),
        "author": article.byline_authors[0].get_absolute_url(),
        "search": reverse("search:search"),
    }[kind]
    parser = head(client, url)
    assert canonical(parser) == ["http://testserver" + url]
    assert parser.meta["og:type"] == ["website"]
    assert parser.meta["og:url"] == ["http://testserver" + url]
    assert parser.meta["og:site_name"] == ["The Newsroom"]
    assert parser.meta["twitter:card"] == ["summary"]
    # An author's page says what it is about, the Person (tests/articles/test_author_profiles.py), and the
    # front page the site; lists carry none.
    described = {"author": ["ProfilePage"], "home": ["WebSite"]}
    assert [data["@type"] for data in parser.json_ld] == described.get(kind, [])


def test_section_page_uses_its_name_and_description(client, article):
    article.section.description = "News from abroad."
    article.section.save()
    parser = head(client, article.section.get_absolute_url())
    assert parser.meta["og:title"] == ["World"]
    assert parser.meta["og:description"] == ["News from abroad."]


def test_paginated_list_canonical_keeps_the_page(client, settings, article):
    for _ in range(settings.ARTICLES_PER_PAGE):
        make_article()
    parser = head(client, reverse("articles:latest") + "?page=2")
    assert canonical(parser) == ["http://testserver/latest/?page=2"]


def test_front_page_gets_the_site_defaults_and_describes_the_site(client):
    response = client.get(reverse("articles:home"))
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert canonical(parser) == ["http://testserver/"]
    assert parser.meta["og:title"] == ["The Newsroom"]
    assert parser.meta["og:description"] == ["Independent news, reported carefully"]
    assert parser.meta["og:type"] == ["website"]
    feeds = [link["href"] for link in parser.links if link.get("rel") == "alternate"]
    assert feeds == ["http://testserver/feed/", "http://testserver/feed/atom/"]
    assert [data["@type"] for data in parser.json_ld] == ["WebSite"]
    assert parser.json_ld[0]["publisher"]["@type"] == "NewsMediaOrganization"


def test_not_found_page_gets_the_site_defaults(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert parser.meta["og:site_name"] == ["The Newsroom"]
    assert parser.meta["og:title"] == ["The Newsroom"]
    assert parser.json_ld == []
