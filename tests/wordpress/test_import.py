from datetime import UTC, datetime
from io import StringIO

import pytest
from django.contrib.redirects.models import Redirect
from django.core.management import CommandError, call_command
from PIL import Image as PillowImage

from articles.models import Article, Author, Image, Section, Tag
from pages.models import Page
from tests.wordpress.conftest import run_import
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Test</title><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_id>7</wp:author_id><wp:author_login>jo</wp:author_login>
<wp:author_email>jo@example.com</wp:author_email><wp:author_display_name>Jo Reporter</wp:author_display_name>
</wp:author>
{items}
</channel></rss>
"""


def item(post_id, title="A post", creator="jo", date="2020-05-01 10:00:00", extra="", post_type="post"):
    return f"""<item><title>{title}</title><link>http://old.example/2020/05/01/post-{post_id}/</link>
<dc:creator>{creator}</dc:creator><content:encoded><![CDATA[Body of {post_id}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{post_id}</wp:post_id>
<wp:post_date_gmt>{date}</wp:post_date_gmt><wp:post_name>post-{post_id}</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>{post_type}</wp:post_type><wp:comment_status>open</wp:comment_status>
{extra}</item>"""


def write_wxr(tmp_path, *items, name="export.xml"):
    path = tmp_path / name
    path.write_text(WXR.format(items="\n".join(items)), encoding="utf-8")
    return path


def test_small_export_counts(import_wxr):
    import_wxr("small-export.xml")
    assert Author.objects.count() == 3
    assert Article.objects.count() == 6
    assert Article.objects.published().count() == 5
    assert Article.objects.filter(status=Article.Status.DRAFT).get().headline == "Private Post"
    assert Page.objects.count() == 5
    assert Page.objects.published().count() == 4
    assert Section.objects.count() == 30
    assert Tag.objects.count() == 3


def test_wxr_1_0_creates_authors_from_dc_creator(import_wxr):
    output = import_wxr("valid-wxr-1.0.xml")
    assert Article.objects.published().count() == 3
    assert Page.objects.count() == 3
    assert Section.objects.count() == 5
    assert Tag.objects.count() == 4
    assert Author.objects.filter(slug="admin").exists()
    assert "not in the export; created from dc:creator" in output


def test_theme_unit_test_data_counts(import_wxr):
    output = import_wxr("themeunittestdata.wordpress.xml")
    # One post's dc:creator reads ">themereviewteam": matched, not made a third author.
    assert set(Author.objects.values_list("name", flat=True)) == {"Theme Buster", "Theme Reviewer"}
    assert Article.objects.count() == 58
    assert Article.objects.published().count() == 56
    scheduled = Article.objects.get(slug="scheduled")
    assert scheduled.is_scheduled()
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 1
    assert Page.objects.count() == 21
    assert Section.objects.count() == 68
    # 110 declared, plus 4 that posts use without declaring them (columns, content, sample, test-tag).
    assert Tag.objects.count() == 114
    assert "tag sample: used by a post but not declared" in output
    assert "skipped 37 attachment: no --media-dir given" in output
    assert "skipped 70 nav_menu_item" in output


def test_sticky_post_is_featured_and_closed_comments_are_kept(import_wxr):
    import_wxr("themeunittestdata.wordpress.xml")
    assert Article.objects.get(slug="template-sticky").is_featured
    assert not Article.objects.get(slug="scheduled").comments_open


def test_captions_become_figures(import_wxr):
    import_wxr("themeunittestdata.wordpress.xml")
    body = Article.objects.get(slug="markup-image-alignment").body
    assert "[caption" not in body
    assert "<figcaption>Bigger caption than the image usually is.</figcaption>" in body
    linked = Article.objects.get(slug="post-format-image-linked").body
    assert "<figure><a" in linked
    assert "<figcaption>Chunk of resinous blackboy husk" in linked


def test_plain_content_gets_paragraphs(import_wxr):
    import_wxr("small-export.xml")
    body = Article.objects.get(slug="hello-world").body
    assert (
        body
        == "<p>Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!</p>"
    )


def test_old_permalinks_redirect_to_the_new_article(client, tmp_path):
    post = item(1).replace("http://old.example/2020/05/01/post-1/", "http://old.example/news/post-1.html")
    run_import(write_wxr(tmp_path, post))
    response = client.get("/news/post-1.html")
    assert response.status_code == 301
    assert response["Location"] == Article.objects.get().get_absolute_url()


def test_permalinks_in_our_own_format_keep_working(client, import_wxr):
    import_wxr("themeunittestdata.wordpress.xml")
    response = client.get("/2012/01/07/template-sticky/")
    assert response.status_code == 200
    assert response.context["article"].headline == "Template: Sticky"


def test_query_string_links_redirect(client, import_wxr):
    import_wxr("small-export.xml")
    hello = Article.objects.get(slug="hello-world")
    assert client.get("/?p=1")["Location"] == hello.get_absolute_url()
    page = Page.objects.get(slug="sample-page")
    assert client.get("/?page_id=2").status_code == 301
    assert client.get("/?page_id=2")["Location"] == page.get_absolute_url()
    assert client.get("/?cat=3")["Location"] == Section.objects.get(slug="foo").get_absolute_url()
    assert client.get("/?tag=tag1")["Location"] == Tag.objects.get(slug="tag1").get_absolute_url()
    assert client.get("/?author=2")["Location"] == Author.objects.get(slug="editor").get_absolute_url()


def test_private_post_is_never_redirected_to(client, import_wxr):
    import_wxr("small-export.xml")
    private = WordPressObject.objects.get(kind="post", extra__status="private")
    response = client.get(f"/?p={private.wp_id}")
    assert response.status_code == 200  # the front page, not the draft
    assert not Redirect.objects.filter(new_path__contains="private-post").exists()


def test_category_and_author_archives_redirect(client, import_wxr):
    import_wxr("small-export.xml")
    response = client.get("/category/bar/foo-bar/")
    assert response.status_code == 301
    assert response["Location"] == Section.objects.get(slug="foo-bar").get_absolute_url()


def test_second_import_changes_nothing(import_wxr):
    import_wxr("themeunittestdata.wordpress.xml")
    counts = (Article.objects.count(), Section.objects.count(), Tag.objects.count(), Redirect.objects.count())
    output = import_wxr("themeunittestdata.wordpress.xml")
    assert counts == (
        Article.objects.count(),
        Section.objects.count(),
        Tag.objects.count(),
        Redirect.objects.count(),
    )
    rows = [line.split() for line in output.splitlines() if not line.startswith("…")]
    table = {row[0]: row[1:3] for row in rows if len(row) == 5 and row[1].replace(",", "").isdigit()}
    assert {"author", "category", "post", "page", "tag", "comment"} <= set(table)
    for kind, (created, updated) in table.items():
        assert (created, updated) == ("0", "0"), kind


def test_a_newer_export_updates_what_changed(tmp_path):
    run_import(write_wxr(tmp_path, item(1, title="First title")))
    output = run_import(write_wxr(tmp_path, item(1, title="Better title")))
    assert Article.objects.get().headline == "Better title"
    assert "post                  0          1          0" in output


def test_dry_run_writes_nothing(import_wxr):
    output = import_wxr("small-export.xml", "--dry-run")
    assert "Dry run: nothing was written." in output
    assert "post                  6" in output
    assert not Article.objects.exists()
    assert not WordPressObject.objects.exists()
    assert not Redirect.objects.exists()


def test_a_file_that_is_not_wxr_is_refused(tmp_path):
    html = tmp_path / "page.html"
    html.write_text("<!doctype html><p>Hello")
    with pytest.raises(CommandError, match="cannot be imported: it is not well-formed XML"):
        run_import(html)
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss version="2.0"><channel><title>x</title><item><title>y</title></item></channel></rss>'
    )
    with pytest.raises(CommandError, match="no <wp:wxr_version>"):
        run_import(feed)


def test_xml_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<rss><channel><title>&lol2;</title></channel></rss>"
    )
    with pytest.raises(CommandError, match="declares XML entities"):
        run_import(bomb)


def test_bad_records_are_reported_and_the_import_goes_on(tmp_path):
    path = write_wxr(
        tmp_path,
        item(1, title=""),
        item(2, creator="ghost"),
        item(3, date="0000-00-00 00:00:00"),
        item(4, post_type="nav_menu_item"),
        item(5),
    )
    output = run_import(path, "--default-author", "Desk")
    assert "post 1: missing title" in output
    assert "post 2: author 'ghost' unknown; credited to 'Desk'" in output
    assert "post 3: no usable date; imported as a draft" in output
    assert "skipped 1 nav_menu_item" in output
    assert Article.objects.count() == 4
    assert Article.objects.get(slug="post-2").byline_authors[0].name == "Desk"


def test_attachments_are_imported_from_the_media_dir_and_become_lead_images(tmp_path):
    uploads = tmp_path / "uploads" / "2020" / "05"
    uploads.mkdir(parents=True)
    PillowImage.new("RGB", (40, 30), "red").save(uploads / "photo.jpg")
    attachment = item(
        9,
        title="A photo",
        post_type="attachment",
        extra="<wp:attachment_url>http://old.example/wp-content/uploads/2020/05/photo.jpg</wp:attachment_url>"
        "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Red</wp:meta_value>"
        "</wp:postmeta>",
    ).replace("<excerpt:encoded><![CDATA[]]>", "<excerpt:encoded><![CDATA[The caption]]>")
    post = item(
        1,
        extra="<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>",
    )
    missing = item(
        10,
        post_type="attachment",
        extra="<wp:attachment_url>http://x/wp-content/uploads/nope.jpg</wp:attachment_url>",
    )
    output = run_import(
        write_wxr(tmp_path, post, attachment, missing), "--media-dir", str(tmp_path / "uploads")
    )
    image = Image.objects.get()
    assert (image.alt_text, image.caption, image.width) == ("Red", "The caption", 40)
    assert Article.objects.get().lead_image == image
    assert "skipped 1 attachment: file not found under --media-dir (ids 10)" in output


def test_published_time_comes_from_post_date_gmt(tmp_path):
    run_import(write_wxr(tmp_path, item(1, date="2020-05-01 10:00:00")))
    assert Article.objects.get().published_at == datetime(2020, 5, 1, 10, tzinfo=UTC)


def test_progress_and_summary_are_printed(tmp_path):
    out = StringIO()
    call_command("import_wordpress", str(write_wxr(tmp_path, item(1))), stdout=out)
    assert out.getvalue().splitlines()[0].split() == ["kind", "created", "updated", "unchanged", "skipped"]
