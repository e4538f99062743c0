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


def test_seed_article_is_imported_with_all_its_parts(seed_article_path):
    output = import_article(seed_article_path, "--date", "2021-02-25", "--section", "World")
    article = Article.objects.get()
    assert article.headline == "Belarus said it will continue to strengthen relations with Russia"
    assert article.slug == "belarus-said-it-will-continue-to-strengthen-relations-with-russia"
    assert (article.dateline_place, article.source_credit) == ("MINSK", "RIA Novosti")
    assert [author.name for author in article.byline_authors] == ["wedocount"]
    assert article.body.count("<p>") == 7
    assert "“collective West”" in article.body
    assert article.section.name == "World"
    assert article.is_published()
    assert article.get_absolute_url() in output


def test_seed_article_body_has_no_page_boilerplate(seed_article_path):
    import_article(seed_article_path)
    body = Article.objects.get().body
    for boilerplate in ["Leave a Reply", "will not be published", "Required fields", "Author:", "MINSK,"]:
        assert boilerplate not in body


def test_dateline_date_becomes_the_publication_date(seed_article_path):
    import_article(seed_article_path)
    published = Article.objects.get().published_at
    assert (published.month, published.day) == (2, 25)


def test_imported_seed_article_page_shows_everything(client, seed_article_path):
    import_article(seed_article_path, "--date", "2021-02-25")
    article = Article.objects.get()
    html = client.get(article.get_absolute_url()).content.decode()
    seed_paragraphs = [p for p in seed_article_path.read_text().split("\n\n") if p.strip()]
    assert "Belarus said it will continue to strengthen relations with Russia</h1>" in html
    assert '<span class="dateline">MINSK, February 25 – RIA Novosti.</span> Under the pressure' in html
    assert 'rel="author"' in html and ">wedocount</a>" in html
    for paragraph in seed_paragraphs[2:8]:  # every paragraph after the dateline's, whole
        assert paragraph.strip() in unescape(html)
    assert "Leave a Reply" not in html.split('id="comments"')[0]


def test_importing_twice_updates_instead_of_duplicating(seed_article_path):
    import_article(seed_article_path)
    import_article(seed_article_path, "--status", "draft")
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
