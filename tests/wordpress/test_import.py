from datetime import UTC, datetime
from io import StringIO

import pytest
from django.contrib.redirects.models import Redirect
from django.core.management import CommandError, call_command
from PIL import ExifTags
from PIL import Image as PillowImage

from articles.models import Article, Author, Image, Section, Tag
from comments.models import Comment
from pages.models import Page
from tests.wordpress.conftest import UPLOADS, run_import, wxr_path
from wordpress import wxr
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

# Our own exports; tests/fixtures/README.md lists what each holds.
GAZETTE = "gazette-1.2.xml"  # WXR 1.2: every kind of record and status, attachments, edge cases
ISLAND = "island-news-1.1.xml"  # WXR 1.1, with WordPress's default ?p= permalinks
ISLAND_1_0 = "island-news-1.0.xml"  # WXR 1.0: no <wp:author> blocks

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


def test_wxr_1_1_counts(import_wxr):
    import_wxr(ISLAND)
    assert Author.objects.count() == 3
    assert Article.objects.count() == 5
    assert Article.objects.published().count() == 4
    assert (
        Article.objects.filter(status=Article.Status.DRAFT).get().headline
        == "Harbour fees, for the committee"
    )
    assert Page.objects.count() == 3
    assert Page.objects.published().count() == 2
    assert Section.objects.count() == 5  # one of them used by no post
    assert Tag.objects.count() == 3


def test_wxr_1_0_creates_authors_from_dc_creator(import_wxr):
    output = import_wxr(ISLAND_1_0)
    assert Article.objects.published().count() == 3
    assert Page.objects.count() == 1
    # Categories repeated without a domain, and a tag without a nicename, add nothing.
    assert Section.objects.count() == 4
    assert Tag.objects.count() == 2
    assert set(Author.objects.values_list("slug", flat=True)) == {"admin", "reporter"}
    assert "post 1: author 'admin' is not in the export; created from dc:creator" in output


def test_wxr_1_2_counts(import_wxr):
    output = import_wxr(GAZETTE)
    # Post 19's dc:creator reads ">harbourdesk": matched, not made a fifth author.
    names = {"Ines Calder", "Harbour Desk", "Tomas Rell", "佐藤 海斗"}
    assert set(Author.objects.values_list("name", flat=True)) == names
    assert "post 19: author '>harbourdesk' read as 'harbourdesk'" in output
    assert Article.objects.count() == 9
    assert Article.objects.published().count() == 5
    assert Article.objects.get(slug="summer-timetable").is_scheduled()
    assert Article.objects.get(slug="letters-pier-steel").status == Article.Status.PENDING
    drafts = set(Article.objects.filter(status=Article.Status.DRAFT).values_list("slug", flat=True))
    assert drafts == {"council-weighs-a-new-tram-route", "harbour-board-budget"}  # a draft, a private post
    assert "skipped 1 post: status 'trash' is not imported (ids 16)" in output
    assert "skipped 1 post: status 'auto-draft' is not imported (ids 17)" in output
    assert Page.objects.count() == 3
    assert Page.objects.published().count() == 2
    # 6 wp:category, plus 2 categories as wp:term, one of which repeats a wp:category.
    assert Section.objects.count() == 7
    # 3 wp:tag, 1 tag as wp:term, and 1 that a post uses without declaring it.
    assert Tag.objects.count() == 5
    assert "tag lighthouses: used by a post but not declared" in output
    assert "skipped 1 term: taxonomy 'nav_menu' is not imported (ids 40)" in output
    assert "skipped 4 attachment: no --media-dir given" in output
    assert "skipped 2 nav_menu_item" in output


def test_category_without_a_latin_slug_gets_one_of_its_own(import_wxr):
    import_wxr(GAZETTE)
    assert Section.objects.get(name="港口").slug == "category-7"


def test_entity_encoded_term_names_are_stored_as_text(import_wxr):
    """WordPress stores term names HTML-escaped ("Culture &amp; Arts"), as it does commenters' names."""
    import_wxr(GAZETTE)
    assert Section.objects.get(slug="culture").name == "Culture & Arts"
    assert Tag.objects.get(slug="wind-weather").name == "Wind & Weather"


def test_sticky_post_is_featured_and_closed_comments_are_kept(import_wxr):
    import_wxr(GAZETTE)
    storm = Article.objects.get(slug="storm-closes-the-northern-pier")
    assert storm.is_featured
    assert not storm.comments_open
    assert list(Comment.objects.filter(article=storm).values_list("name", flat=True)) == ["Annika Holm"]
    assert Article.objects.filter(is_featured=True).count() == 1


def test_captions_become_figures(import_wxr):
    import_wxr(GAZETTE)
    body = Article.objects.get(slug="storm-closes-the-northern-pier").body
    assert "[caption" not in body
    assert "<p><figure>" not in body
    assert (
        "<figcaption>The northern pier the morning after – a crack ran its whole length.</figcaption>" in body
    )
    assert '<figure><a href="https://gazette.example/wp-content/uploads/2024/03/ferry-pier.jpg"' in body
    assert "<figcaption>The last ferry before the closure.</figcaption>" in body
    # The old form, with the caption in an attribute.
    assert "<figcaption>The lighthouse keeper's cottage &amp; store</figcaption>" in body


def test_plain_content_gets_paragraphs(import_wxr):
    import_wxr(GAZETTE)
    assert Article.objects.get(slug="ferry-line-to-reopen-in-may").body == (
        "<p>The ferry between Port Ellery and Skarholm returns in the first week of May, "
        "the harbour board said.</p>\n"
        "<p>Four return crossings a day are planned for the summer.<br>\nTwo a day in winter.</p>"
    )


def test_cdata_entities_and_non_latin_text_come_through(import_wxr):
    import_wxr(GAZETTE)
    article = Article.objects.get(slug="cafe-owners-ferry-effect")
    assert article.headline == "Café owners & the “ferry effect”"
    assert article.standfirst == "Trade at the slip café fell by half – until now."
    # "]]>" in the content is written as two CDATA sections; the text reads on across the join.
    assert "<code>a[b[1]]&gt;</code> on the wall, which is why nobody can log in." in article.body
    assert "coffee, кофе, コーヒー, قهوة." in article.body
    assert "Prices&nbsp;rose by 10&nbsp;% &amp; nobody complained." in article.body
    assert [author.name for author in article.byline_authors] == ["佐藤 海斗"]


def test_shortcodes_are_removed_and_their_text_kept(import_wxr):
    import_wxr(GAZETTE)
    assert Article.objects.get(slug="tide-tables-explained").body == (
        "<p>High water at Port Ellery comes about fifty minutes later each day. "
        "Spring tides follow the full and the new moon.</p>\n"
        "<p>Readers who keep their own tables write the times as [hh:mm], and we print them as sent.</p>"
    )


def test_serialized_php_meta_is_read_whole():
    """A "]]>" inside serialized PHP is split across CDATA sections; rejoined, its byte counts still hold."""
    items = {
        record.get("wp:post_id"): record for kind, record in wxr.read(wxr_path(GAZETTE)) if kind == "item"
    }
    assert items["19"].meta["_seo_meta"] == (
        'a:2:{s:5:"title";s:19:"Tide tables ]]> SEO";s:4:"tags";a:2:{i:0;s:5:"tides";i:1;s:4:"moon";}}'
    )
    assert items["50"].meta["_wp_attachment_metadata"].endswith('s:5:"title";s:16:"Färja vid piren";}}')
    spam = next(comment for comment in items["10"].comments if comment["wp:comment_id"] == "103")
    assert spam["meta"]["akismet_history"].startswith('a:3:{s:4:"time";d:1710410000.25;')


def test_old_permalinks_redirect_to_the_new_article(client, tmp_path):
    post = item(1).replace("http://old.example/2020/05/01/post-1/", "http://old.example/news/post-1.html")
    run_import(write_wxr(tmp_path, post))
    response = client.get("/news/post-1.html")
    assert response.status_code == 301
    assert response["Location"] == Article.objects.get().get_absolute_url()


def test_permalinks_in_our_own_format_keep_working(client, import_wxr):
    import_wxr(GAZETTE)
    response = client.get("/2024/03/14/ferry-line-to-reopen-in-may/")
    assert response.status_code == 200
    assert response.context["article"].headline == "Ferry line to reopen in May"


def test_old_permalinks_in_an_export_redirect(client, import_wxr):
    import_wxr(GAZETTE)
    response = client.get("/news/storm-closes-the-northern-pier.html")
    assert response.status_code == 301
    assert (
        response["Location"] == Article.objects.get(slug="storm-closes-the-northern-pier").get_absolute_url()
    )


def test_query_string_links_redirect(client, import_wxr):
    import_wxr(ISLAND)
    welcome = Article.objects.get(slug="welcome")
    assert client.get("/?p=1")["Location"] == welcome.get_absolute_url()
    page = Page.objects.get(slug="about")
    assert client.get("/?page_id=6").status_code == 301
    assert client.get("/?page_id=6")["Location"] == page.get_absolute_url()
    assert client.get("/?page_id=8").status_code == 200  # a draft page: the front page instead
    assert client.get("/?cat=3")["Location"] == Section.objects.get(slug="island").get_absolute_url()
    assert client.get("/?tag=weather")["Location"] == Tag.objects.get(slug="weather").get_absolute_url()
    assert client.get("/?author=2")["Location"] == Author.objects.get(slug="editor").get_absolute_url()


def test_private_post_is_never_redirected_to(client, import_wxr):
    import_wxr(ISLAND)
    private = WordPressObject.objects.get(kind="post", extra__status="private")
    response = client.get(f"/?p={private.wp_id}")
    assert response.status_code == 200  # the front page, not the draft
    assert not Redirect.objects.filter(new_path__contains="harbour-fees").exists()


def test_category_and_author_archives_redirect(client, import_wxr):
    import_wxr(GAZETTE)
    response = client.get("/category/news/harbour/")
    assert response.status_code == 301
    assert response["Location"] == Section.objects.get(slug="harbour").get_absolute_url()
    # A login that is not a slug ("kaito.sato"): its old archive points at the new author page.
    response = client.get("/author/kaito.sato/")
    assert response.status_code == 301
    assert response["Location"] == Author.objects.get(name="佐藤 海斗").get_absolute_url()


def test_second_import_changes_nothing(import_wxr):
    import_wxr(GAZETTE, "--media-dir", str(UPLOADS))

    def counts():
        models = (Article, Section, Tag, Author, Page, Image, Comment, Redirect, WordPressObject)
        return [model.objects.count() for model in models]

    before = counts()
    output = import_wxr(GAZETTE, "--media-dir", str(UPLOADS))
    assert counts() == before
    rows = [line.split() for line in output.splitlines() if not line.startswith("…")]
    table = {row[0]: row[1:3] for row in rows if len(row) == 5 and row[1].replace(",", "").isdigit()}
    assert {"author", "category", "post", "page", "tag", "comment", "attachment"} <= set(table)
    for kind, (created, updated) in table.items():
        assert (created, updated) == ("0", "0"), kind


def test_a_newer_export_updates_what_changed(tmp_path):
    run_import(write_wxr(tmp_path, item(1, title="First title")))
    output = run_import(write_wxr(tmp_path, item(1, title="Better title")))
    assert Article.objects.get().headline == "Better title"
    assert "post                  0          1          0" in output


def test_dry_run_writes_nothing(import_wxr):
    output = import_wxr(ISLAND, "--dry-run")
    assert "Dry run: nothing was written." in output
    assert "post                  5" in output
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


@pytest.mark.parametrize("name", ["malformed/entity-bomb.xml", "malformed/external-entity.xml"])
def test_exports_declaring_entities_are_refused(import_wxr, name):
    with pytest.raises(CommandError, match="declares XML entities or a DTD, which are refused for safety"):
        import_wxr(name)
    assert not Article.objects.exists()


def test_a_truncated_export_is_refused_and_nothing_is_kept(import_wxr):
    records = []
    with pytest.raises(wxr.WXRError, match="not well-formed XML"):
        records.extend(wxr.read(wxr_path("malformed/truncated.xml")))
    # Posts are read (and so imported) before the cut is reached; the one transaction undoes them.
    assert sum(kind == "item" for kind, _ in records) == 30
    with pytest.raises(CommandError, match=r"not well-formed XML .*Nothing was changed"):
        import_wxr("malformed/truncated.xml")
    assert not Article.objects.exists()
    assert not Author.objects.exists()


def test_unreadable_dates_are_reported_and_the_import_goes_on(import_wxr):
    output = import_wxr("malformed/bad-dates.xml")
    assert "post 2: no usable date; imported as a draft" in output
    assert "page 3: no usable date; imported as a draft" in output
    assert "comment 1: no usable date; dated now" in output
    fog = Article.objects.get(slug="fog")
    assert (fog.status, fog.published_at) == (Article.Status.DRAFT, None)
    assert Article.objects.get(slug="harbour-lights").is_published()
    assert not Page.objects.get(slug="opening-hours").is_published()
    assert Comment.objects.get().created_at is not None


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


def test_attachments_in_an_export_become_lead_images(import_wxr):
    with PillowImage.open(UPLOADS / "2024" / "03" / "ferry-pier.jpg") as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    output = import_wxr(GAZETTE, "--media-dir", str(UPLOADS))
    ferry = Article.objects.get(slug="ferry-line-to-reopen-in-may").lead_image
    assert (ferry.alt_text, ferry.caption) == (
        "The ferry moored at the new pier",
        "Photo: Port Ellery harbour board",
    )
    assert (ferry.width, ferry.height) == (64, 48)
    with PillowImage.open(ferry.file.path) as imported:  # re-encoded: camera make and GPS position gone
        assert not imported.getexif()
    storm = Article.objects.get(slug="storm-closes-the-northern-pier").lead_image
    assert (storm.alt_text, storm.width) == ("Storm damage on the northern pier", 40)  # no alt: the title
    assert Article.objects.get(slug="tide-tables-explained").lead_image is None
    assert Image.objects.count() == 2
    assert "skipped 1 attachment: file not found under --media-dir (ids 52)" in output
    assert "skipped 1 attachment: file path points outside --media-dir (ids 53)" in output


def test_published_time_comes_from_post_date_gmt(tmp_path):
    run_import(write_wxr(tmp_path, item(1, date="2020-05-01 10:00:00")))
    assert Article.objects.get().published_at == datetime(2020, 5, 1, 10, tzinfo=UTC)


def test_progress_and_summary_are_printed(tmp_path):
    out = StringIO()
    call_command("import_wordpress", str(write_wxr(tmp_path, item(1))), stdout=out)
    assert out.getvalue().splitlines()[0].split() == ["kind", "created", "updated", "unchanged", "skipped"]
