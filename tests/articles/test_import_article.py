from html import unescape
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = pytest.mark.django_db


def import_article(*args):
    output = StringIO()
    call_command("import_article", *map(str, args), stdout=output)
    return output.getvalue()


HEADLINE = "Port Ellery ferry line to reopen after two winters of repairs"
COMMENT_FORM = [
    "Leave a Reply",
    "will not be published",
    "Required fields",
    "Comment *",
    "Name *",
    "Email *",
    "Website",
    "Save my name",
    "Post Comment",
]


def test_wire_story_is_imported_with_all_its_parts(wire_story_path):
    output = import_article(wire_story_path, "--date", "2024-03-14", "--section", "Harbour")
    article = Article.objects.get()
    assert article.headline == HEADLINE
    assert article.slug == "port-ellery-ferry-line-to-reopen-after-two-winters-of-repairs"
    assert (article.dateline_place, article.source_credit) == ("PORT ELLERY", "Harbour Wire Service")
    assert [author.name for author in article.byline_authors] == ["Ines Calder"]
    assert article.body.count("<p>") == 6
    assert "“We had a choice" in article.body
    assert "steel &amp; concrete" in article.body
    assert article.section.name == "Harbour"
    assert article.is_published()
    assert article.get_absolute_url() in output
    assert "Dropped:    8 lines of page boilerplate (comment form)" in output


def test_wire_story_body_has_no_page_boilerplate(wire_story_path):
    import_article(wire_story_path)
    body = Article.objects.get().body
    for boilerplate in [*COMMENT_FORM, "Author:", "PORT ELLERY,"]:
        assert boilerplate not in body


def test_comment_form_labels_on_their_own_blocks_are_dropped(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Pier opens\n\nTALLINN, June 2 – Baltic Wire. The pier opened.\n\n"
        "Leave a Reply\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n"
    )
    import_article(story)
    assert Article.objects.get().body == "<p>The pier opened.</p>"


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_dateline_is_read_with_any_dash(tmp_path, dash):
    story = tmp_path / "story.txt"
    story.write_text(f"Pier opens\n\nPORT ELLERY, March 14 {dash} Harbour Wire Service. The pier opened.\n")
    import_article(story, "--date", "2024-03-14")
    article = Article.objects.get()
    assert (article.dateline_place, article.source_credit) == ("PORT ELLERY", "Harbour Wire Service")
    assert article.dateline == "PORT ELLERY, March 14 – Harbour Wire Service."
    assert article.body == "<p>The pier opened.</p>"


def test_dateline_date_becomes_the_publication_date(wire_story_path):
    import_article(wire_story_path)
    published = Article.objects.get().published_at
    assert (published.month, published.day) == (3, 14)


def test_imported_wire_story_page_shows_everything(client, wire_story_path):
    import_article(wire_story_path, "--date", "2024-03-14")
    article = Article.objects.get()
    html = client.get(article.get_absolute_url()).content.decode()
    story_paragraphs = [p for p in wire_story_path.read_text().split("\n\n") if p.strip()]
    assert f"{HEADLINE}</h1>" in html
    assert (
        '<span class="dateline">PORT ELLERY, March 14 – Harbour Wire Service.</span> The ferry between'
        in html
    )
    assert 'rel="author"' in html and ">Ines Calder</a>" in html
    for paragraph in story_paragraphs[2:7]:  # every paragraph after the dateline's, whole
        assert paragraph.strip() in unescape(html)
    assert "Leave a Reply" not in html.split('id="comments"')[0]


def test_importing_twice_updates_instead_of_duplicating(wire_story_path):
    import_article(wire_story_path)
    import_article(wire_story_path, "--status", "draft")
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\xfa not utf-8", "UTF-8"),
        (b"Just a headline\n", "no body"),
        (b"x" * 400 + b"\n\nBody.", "headline"),
    ],
)
def test_bad_files_get_a_clear_error_and_create_nothing(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        import_article(path)
    assert not Article.objects.exists()


def test_missing_file_gets_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        import_article(tmp_path / "nope.txt")


@pytest.fixture
def cyrillic_story_path(wire_story_path):
    return wire_story_path.parent / "cyrillic-wire-story.txt"


def test_a_cyrillic_story_gets_a_transliterated_address_and_its_russian_dateline(cyrillic_story_path):
    import_article(cyrillic_story_path, "--date", "2024-03-14")
    article = Article.objects.get()
    assert article.slug == "paromnaya-liniya-v-zareche-vozobnovit-rabotu-posle-remonta-prichala"
    assert (article.dateline_place, article.source_credit) == ("ЗАРЕЧЬЕ", "Агентство «Северный берег»")
    assert article.published_at.date().isoformat() == "2024-03-14"
    assert article.body.startswith("<p>Паром между Заречьем")


def test_importing_a_cyrillic_story_twice_updates_it(cyrillic_story_path):
    import_article(cyrillic_story_path)
    import_article(cyrillic_story_path, "--status", "draft")
    assert Article.objects.get().status == Article.Status.DRAFT
