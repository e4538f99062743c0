import re
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Author, Section, Tag
from pages.models import Page
from tests.factories import make_article, make_author, make_section, make_tag
from tests.wordpress.conftest import run_import
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db


def snapshot():
    articles = {
        (
            article.headline,
            article.slug,
            article.status,
            # WXR keeps whole seconds; wpautop may add newlines between block tags.
            article.published_at and article.published_at.replace(microsecond=0),
            article.section.slug,
            re.sub(r">\s+<", "><", article.body),
            article.standfirst,
            article.comments_open,
            article.is_featured,
            tuple(author.name for author in article.byline_authors),
            tuple(sorted(tag.slug for tag in article.tags.all())),
        )
        for article in Article.objects.all()
    }
    pages = {
        (page.title, page.slug, page.body, page.is_live, page.published_at.replace(microsecond=0))
        for page in Page.objects.exclude(published_at=None)
    } | set(Page.objects.filter(published_at=None).values_list("title", "slug", "body", "is_live"))
    sections = set(Section.objects.values_list("name", "slug"))
    tags = set(Tag.objects.values_list("name", "slug"))
    return articles, pages, sections, tags


def empty_the_site():
    Article.objects.all().delete()
    Page.objects.all().delete()
    Author.objects.all().delete()
    Section.objects.all().delete()
    Tag.objects.all().delete()
    WordPressObject.objects.all().delete()


def test_export_then_import_into_an_empty_site_gives_the_same_content(tmp_path):
    desk = make_author(name="Ann Desk")
    politics = make_section(name="Politics", slug="politics")
    make_article(headline="Budget passes", authors=[desk], section=politics, tags=[make_tag(name="Money")])
    make_article(headline="A draft", status=Article.Status.DRAFT, published_at=None, is_featured=True)
    make_article(
        body="<p>Line one</p>\n<blockquote><p>Quoted &amp; kept</p></blockquote>", comments_open=False
    )
    Page.objects.create(title="About", slug="about", body="<p>Us.</p>", is_live=True)
    Page.objects.create(title="Hidden", slug="hidden", body="<p>Later.</p>")
    before = snapshot()
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO())

    empty_the_site()
    run_import(out)

    assert snapshot() == before


def test_export_of_an_imported_site_keeps_private_posts_private(tmp_path, import_wxr):
    import_wxr("island-news-1.1.xml")
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO())
    text = out.read_text()
    assert "<wp:status>private</wp:status>" in text
    assert "<wp:author_email><![CDATA[editor@skarholm.example]]></wp:author_email>" in text
