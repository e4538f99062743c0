"""Each story and static page may be written in a language of its own; readers' browsers, screen
readers, search engines and feed readers are told which."""

import feedparser
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from pages.models import Page
from tests.discovery.test_meta import head
from tests.factories import make_article, make_comment, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def news_article(parser):
    return next(data for data in parser.json_ld if data["@type"].endswith("NewsArticle"))


def test_a_story_is_in_the_sites_language_unless_it_says_otherwise(client):
    page = client.get(make_article().get_absolute_url()).content.decode()
    assert '<html lang="en-gb" dir="ltr">' in page
    assert '<article class="story" lang="en-gb" dir="ltr">' in page


@pytest.fixture
def russian_site(settings):
    settings.LANGUAGE_CODE = "ru"
    with translation.override("ru"):
        yield


@pytest.mark.usefixtures("russian_site")
def test_an_english_story_on_a_russian_site_says_so_everywhere(client):
    article = make_article(headline="Ferry line to reopen in May", language="en")
    make_comment(article, body="Good news for the island.")
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<html lang="ru" dir="ltr">' in page  # the interface
    assert '<article class="story" lang="en" dir="ltr">' in page  # the story
    assert news_article(head(client, article.get_absolute_url()))["inLanguage"] == "en"
    feed = feedparser.parse(client.get(article.get_absolute_url() + "feed/").content)
    assert feed.feed.language == "en"


def test_a_story_in_arabic_runs_right_to_left(client):
    article = make_article(headline="عودة العبّارة إلى الجزيرة", language="ar")
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<article class="story" lang="ar" dir="rtl">' in page
    assert news_article(head(client, article.get_absolute_url()))["inLanguage"] == "ar"


def test_a_static_page_has_its_language_too(client):
    about = Page.objects.create(title="О нас", body="<p>Кто мы.</p>", is_live=True, language="ru")
    assert (
        '<article class="story" lang="ru" dir="ltr">' in client.get(about.get_absolute_url()).content.decode()
    )


def test_editors_choose_the_language_in_the_article_form():
    client = Client()
    client.force_login(make_user(is_staff=True, is_superuser=True))
    form = client.get(reverse("admin:articles_article_add")).content.decode()
    assert '<select name="language"' in form and '<option value="ar">' in form
