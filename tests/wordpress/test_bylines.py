from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Author
from tests.factories import make_article, make_author
from tests.wordpress.conftest import run_import, wxr_path
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

COURIER = "valley-courier-1.2.xml"  # Co-Authors Plus bylines, one guest author as an item, one only as a term


def byline(headline):
    return [author.name for author in Article.objects.get(headline=headline).byline_authors]


def test_co_authored_post_keeps_every_author_in_order(import_wxr):
    import_wxr(COURIER)
    assert byline("Council votes to rebuild the river bridge") == ["Teo Brandt", "Ines Okafor", "Mara Lind"]


def test_guest_author_item_after_the_post_names_the_byline(import_wxr):
    import_wxr(COURIER)
    ines = Author.objects.get(name="Ines Okafor")
    assert WordPressObject.objects.get(kind="author", wp_id="ines-okafor").extra["email"] == (
        "ines@freelance.example"
    )
    assert ines.get_absolute_url()  # a public profile, like any author's


def test_guest_author_only_as_a_term_is_created_and_reported(import_wxr):
    output = import_wxr(COURIER)
    assert byline("Ferry timetable changes for the summer") == ["Mara Lind", "pat-quill"]
    assert "author 'pat-quill' is not in the export" in output


def test_post_without_author_terms_keeps_its_dc_creator(import_wxr):
    import_wxr(COURIER)
    assert byline("Draft: the quarry inquiry") == ["Mara Lind"]


def test_second_import_of_co_authored_export_changes_nothing(import_wxr):
    import_wxr(COURIER)
    output = import_wxr(COURIER)
    author_row = next(line for line in output.splitlines() if line.startswith("author "))
    # Mara, Teo and the guest Ines are records of the file; pat-quill, only a term, is found again.
    assert author_row.split()[1:] == ["0", "0", "3", "0"]
    assert byline("Council votes to rebuild the river bridge") == ["Teo Brandt", "Ines Okafor", "Mara Lind"]


def test_reordered_byline_in_a_newer_export_is_reordered(tmp_path, import_wxr):
    import_wxr(COURIER)
    source = tmp_path / "newer.xml"
    text = wxr_path(COURIER).read_text()
    text = text.replace(
        '<category domain="author" nicename="cap-teo"><![CDATA[teo]]></category>\n'
        '\t\t<category domain="author" nicename="cap-ines-okafor"><![CDATA[ines-okafor]]></category>',
        '<category domain="author" nicename="cap-ines-okafor"><![CDATA[ines-okafor]]></category>',
    )
    source.write_text(text)
    run_import(source)
    assert byline("Council votes to rebuild the river bridge") == ["Ines Okafor", "Mara Lind"]


def test_export_round_trip_keeps_every_byline(tmp_path):
    first, second, third = (
        make_author(name="Ann Desk"),
        make_author(name="Bo Field"),
        make_author(name="Cy Lens"),
    )
    make_article(headline="Shared story", authors=[second, third, first])
    make_article(headline="Solo story", authors=[third])
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO())
    Article.objects.all().delete()
    Author.objects.all().delete()

    run_import(out)

    assert byline("Shared story") == ["Bo Field", "Cy Lens", "Ann Desk"]
    assert byline("Solo story") == ["Cy Lens"]
