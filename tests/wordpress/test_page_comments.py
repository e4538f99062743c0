"""Comments on WordPress pages: pages show none here, so the import keeps them with the page's import
record (nothing lost) and export_wordpress writes them back."""

from io import StringIO

import pytest
from defusedxml import ElementTree
from django.core.management import call_command

from comments.models import Comment
from pages.models import Page
from tests.factories import make_article, make_comment
from tests.wordpress.conftest import run_import, wxr_path
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

COURIER = "valley-courier-1.2.xml"  # "About the Courier" has a comment, a reply to it and a pingback
WP = "{http://wordpress.org/export/1.2/}"


def kept_comments():
    return WordPressObject.objects.get(kind="page", wp_id="20").extra["comments"]


def test_page_comments_are_kept_and_reported(import_wxr):
    output = import_wxr(COURIER)
    assert not Comment.objects.exists()
    assert [c["wp:comment_author"] for c in kept_comments()] == [
        "Olle Hansen",
        "Mara Lind",
        "Upper Valley Notes",
    ]
    assert "page 20: 3 comments kept with the page for export_wordpress" in output


def test_kept_page_comments_are_never_shown(client, import_wxr):
    import_wxr(COURIER)
    page = client.get(Page.objects.get(slug="about").get_absolute_url()).content.decode()
    assert "Is the print edition" not in page
    assert "olle@reader.example" not in page


def test_changed_page_comments_in_a_newer_export_are_kept(tmp_path, import_wxr):
    import_wxr(COURIER)
    newer = tmp_path / "newer.xml"
    newer.write_text(wxr_path(COURIER).read_text().replace("still on Thursdays?", "still on Fridays?"))
    run_import(newer)
    assert kept_comments()[0]["wp:comment_content"] == "Is the print edition still on Fridays?"


def test_export_writes_page_comments_back_with_their_threads(tmp_path, import_wxr):
    import_wxr(COURIER)
    make_comment(article=make_article(), body="On an article")
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO(), stderr=StringIO())
    items = ElementTree.parse(out).getroot().find("channel").findall("item")
    about = next(item for item in items if item.findtext(f"{WP}post_name") == "about")
    comments = about.findall(f"{WP}comment")
    assert [c.findtext(f"{WP}comment_author") for c in comments] == [
        "Olle Hansen",
        "Mara Lind",
        "Upper Valley Notes",
    ]
    first, reply, ping = comments
    assert reply.findtext(f"{WP}comment_parent") == first.findtext(f"{WP}comment_id")
    assert ping.findtext(f"{WP}comment_type") == "pingback"
    assert ping.findtext(f"{WP}comment_approved") == "0"
    assert first.findtext(f"{WP}comment_author_email") == "olle@reader.example"
    assert about.findtext(f"{WP}comment_status") == "open"
    every_id = [c.findtext(f"{WP}comment_id") for item in items for c in item.findall(f"{WP}comment")]
    assert len(every_id) == len(set(every_id)) == 4  # renumbered after ours: one id space in WordPress

    WordPressObject.objects.all().delete()
    Page.objects.filter(parent__parent__isnull=False).delete()
    Page.objects.filter(parent__isnull=False).delete()
    Page.objects.all().delete()
    run_import(out)
    mapping = WordPressObject.objects.get(kind="page", object_id=Page.objects.get(slug="about").pk)
    assert [c["wp:comment_author"] for c in mapping.extra["comments"]] == [
        "Olle Hansen",
        "Mara Lind",
        "Upper Valley Notes",
    ]
