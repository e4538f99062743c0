"""Addresses in any script: transliterated by default, kept in their own letters with
NEWSROOM_UNICODE_SLUGS=1, as WordPress keeps them (publishing/slugs.py)."""

from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from pages.models import Page
from publishing.slugs import slug_for
from tests.editorial.conftest import article_form_data, make_staff
from tests.factories import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db

HEADLINE = "Беларусь продолжит закупки молока"
CYRILLIC_STORY = Path(__file__).parent.parent / "fixtures" / "articles" / "cyrillic-wire-story.txt"


@pytest.fixture
def unicode_slugs(settings):
    settings.UNICODE_SLUGS = True


def test_a_cyrillic_headline_is_transliterated_by_default():
    article = make_article(headline=HEADLINE, slug="")
    assert article.slug == "belarus-prodolzhit-zakupki-moloka"


def test_with_unicode_slugs_a_headline_keeps_its_own_letters(unicode_slugs):
    article = make_article(headline=HEADLINE, slug="")
    assert article.slug == "беларусь-продолжит-закупки-молока"
    assert slug_for("Ελλάδα: νέα μέτρα, 2026!") == "ελλάδα-νέα-μέτρα-2026"
    assert slug_for("北京 港口 news") == "北京-港口-news"


def test_a_unicode_address_is_percent_encoded_and_answers(client, unicode_slugs):
    article = make_article(headline=HEADLINE, slug="")
    url = article.get_absolute_url()
    assert quote("беларусь-продолжит") in url  # what a browser sends and a feed carries
    response = client.get(url)
    assert response.status_code == 200 and HEADLINE in response.content.decode()


def test_sections_tags_authors_and_pages_answer_at_unicode_addresses(client, unicode_slugs):
    section = make_section(name="Экономика", slug="экономика")
    tag = make_tag(name="Молоко", slug="молоко")
    author = make_author(name="Анна Коваль", slug="анна-коваль")
    make_article(section=section, tags=[tag], authors=[author])
    page = Page.objects.create(
        title="О редакции", body="<p>Кто мы.</p>", is_live=True, published_at=timezone.now()
    )
    assert page.slug == "о-редакции"
    for url in [
        section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        page.get_absolute_url(),
        reverse("articles:section_feed", args=[section.slug]),
    ]:
        assert client.get(url).status_code == 200, url


def test_the_admin_refuses_a_unicode_slug_unless_the_site_allows_them(client, settings):
    section = make_section()
    client.force_login(make_staff("Editor"))
    add = reverse("admin:articles_article_add")
    refused = client.post(add, article_form_data(section, headline=HEADLINE, slug="беларусь"))
    assert refused.status_code == 200 and "slug" in refused.context["adminform"].form.errors
    assert not Article.objects.exists()
    settings.UNICODE_SLUGS = True
    accepted = client.post(add, article_form_data(section, headline=HEADLINE, slug="беларусь"))
    assert accepted.status_code == 302
    assert Article.objects.get().slug == "беларусь"


def test_the_admin_prefill_is_told_to_keep_unicode(client, unicode_slugs):
    client.force_login(make_staff("Editor"))
    page = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "&quot;allowUnicode&quot;: true" in page or '"allowUnicode": true' in page


def test_importing_a_cyrillic_story_twice_keeps_one_unicode_address(unicode_slugs):
    for status in ("published", "draft"):
        call_command("import_article", str(CYRILLIC_STORY), "--status", status, stdout=StringIO())
    article = Article.objects.get()
    assert article.slug == "паромная-линия-в-заречье-возобновит-работу-после-ремонта-причала"
    assert article.status == Article.Status.DRAFT
