"""The exported file against what WordPress's importer needs, read by a strict XML parser."""

import re
from io import StringIO

import pytest
from defusedxml import ElementTree
from django.core.management import CommandError, call_command

from articles.models import Article, Author, Section, Tag
from comments.models import Comment
from pages.models import Page
from tests.factories import make_article, make_author, make_comment, make_section, make_tag
from tests.wordpress.conftest import run_import
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

WP = "{http://wordpress.org/export/1.2/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# Bodies are cleaned when saved (a bare "]]>" in text comes back as "]]&gt;"); names and titles are not.
TRICKY_BODY = "<p>Code: <code>a[b[0]]&gt;c</code> and a raw ]]&gt; too</p><pre>x]]&gt;y</pre>"
TRICKY_HEADLINE = 'Budget "passes" <narrowly> & fast ]]> and on'


def export(tmp_path, *options):
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), *options, stdout=StringIO(), stderr=StringIO())
    return out


def build_site():
    desk = make_author(name="Ann & Co <Desk>")
    section = make_section(name="Politics & Power", slug="politics")
    article = make_article(
        headline=TRICKY_HEADLINE,
        body=TRICKY_BODY,
        authors=[desk, make_author(name="Bo Field")],
        section=section,
        tags=[make_tag(name="Money ]]> matters")],
    )
    make_comment(article=article, body="Great]]> piece\x0b with a control character", name="Reader ]]>")
    about = Page.objects.create(title="About", slug="about", body="<p>Us ]]> them</p>", is_live=True)
    Page.objects.create(title="Team", slug="team", body="<p>All of us.</p>", is_live=True, parent=about)
    return article


def test_exported_file_parses_strictly_and_has_what_wordpress_requires(tmp_path):
    build_site()
    channel = (
        ElementTree.parse(export(tmp_path, "--site-url", "https://news.example/desk"))
        .getroot()
        .find("channel")
    )
    assert channel.findtext(f"{WP}wxr_version") == "1.2"
    assert channel.findtext(f"{WP}base_site_url") == "https://news.example/desk"
    logins = {author.findtext(f"{WP}author_login") for author in channel.iter(f"{WP}author")}
    assert all(logins)
    assert all(category.findtext(f"{WP}category_nicename") for category in channel.iter(f"{WP}category"))
    assert all(tag.findtext(f"{WP}tag_slug") for tag in channel.iter(f"{WP}tag"))
    items = channel.findall("item")
    ids = [item.findtext(f"{WP}post_id") for item in items]
    assert len(ids) == len(set(ids)) == 3  # the article and the two pages
    for item in items:
        assert item.findtext(f"{WP}post_type") in {"post", "page", "attachment"}
        assert item.findtext(f"{WP}post_id").isdigit()
        assert item.findtext(f"{WP}status") in {"publish", "future", "draft", "pending", "private", "inherit"}
        assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") in logins | {""}
        parent = item.findtext(f"{WP}post_parent")
        assert parent == "0" or parent in ids
    post = next(item for item in items if item.findtext(f"{WP}post_type") == "post")
    assert post.findtext(CONTENT) == TRICKY_BODY
    assert post.findtext("title") == TRICKY_HEADLINE
    comment = post.find(f"{WP}comment")
    assert comment.findtext(f"{WP}comment_author") == "Reader ]]>"
    assert comment.findtext(f"{WP}comment_content") == "Great]]> piece with a control character"


def test_round_trip_of_tricky_content_through_our_importer(tmp_path):
    article = build_site()
    out = export(tmp_path)
    Comment.objects.all().delete()
    Article.objects.all().delete()
    Page.objects.filter(parent__isnull=False).delete()
    Page.objects.all().delete()
    for model in (Author, Section, Tag, WordPressObject):
        model.objects.all().delete()

    run_import(out)

    imported = Article.objects.get()
    assert imported.headline == article.headline
    assert re.sub(r">\s+<", "><", imported.body) == TRICKY_BODY  # the importer's wpautop adds newlines
    assert [author.name for author in imported.byline_authors] == ["Ann & Co <Desk>", "Bo Field"]
    assert Tag.objects.get().name == "Money ]]> matters"
    assert Comment.objects.get().name == "Reader ]]>"
    assert Page.objects.get(slug="team").get_absolute_url() == "/page/about/team/"


@pytest.mark.parametrize(
    "site_url",
    [
        "news.example.org",
        "ftp://news.example.org",
        "javascript:alert(1)",
        "https://news.example.org/?a=1",
        "https://news.example.org/#top",
        'https://news.example.org/"><evil/>',
        "https://news.example.org\n<wp:evil/>",
        "",
    ],
)
def test_site_url_that_is_not_an_http_address_is_refused_in_one_line(tmp_path, site_url):
    with pytest.raises(CommandError) as error:
        export(tmp_path, "--site-url", site_url)
    assert "is not a site address" in str(error.value)
    assert "\n" not in str(error.value).replace(repr(site_url), "")
    assert not (tmp_path / "site.xml").exists()


def test_site_url_with_an_ampersand_in_its_path_is_escaped(tmp_path):
    make_article()
    out = export(tmp_path, "--site-url", "https://news.example.org/a&b")
    channel = ElementTree.parse(out).getroot().find("channel")
    assert channel.findtext("link") == "https://news.example.org/a&b"
    assert channel.find("item").findtext("guid").startswith("https://news.example.org/a&b/?p=")


def test_site_url_defaults_to_the_sites_address(tmp_path, settings):
    settings.SITE_URL = "https://courier.example"
    channel = ElementTree.parse(export(tmp_path)).getroot().find("channel")
    assert channel.findtext(f"{WP}base_site_url") == "https://courier.example"
