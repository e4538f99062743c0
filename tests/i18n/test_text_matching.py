"""Case-insensitive lookups find text in any alphabet, on SQLite as on PostgreSQL: an editor types
"анна" and finds "Анна Петрова"."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Author, Section
from publishing.sqlite import like
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("%анна%", "Анна Петрова", True),
        ("ЁЛКА", "ёлка", True),
        ("%λιμάνι%", "ΛΙΜΆΝΙ του Πειραιά", True),
        ("harbour%", "Harbour lights", True),
        ("г_род", "Город", True),
        ("г_род", "Гоород", False),
        (r"100\%", "100%", True),
        (r"100\%", "1000", False),
        (r"a\_b", "a_b", True),
        (r"a\_b", "axb", False),
        ("%ред%", "Пётр", False),
        ("line%", "line one\nline two", True),
    ],
)
def test_like_folds_case_in_every_alphabet_and_keeps_wildcards(pattern, value, matches):
    assert like(pattern, value, "\\") is matches


def test_like_is_null_when_either_side_is():
    assert like(None, "x") is None and like("x", None) is None


def test_icontains_and_iexact_fold_cyrillic_case():
    anna = make_author(name="Анна Петрова")
    city = make_section(name="Город")
    assert list(Author.objects.filter(name__icontains="анна")) == [anna]
    assert list(Author.objects.filter(name__iexact="АННА ПЕТРОВА")) == [anna]
    assert list(Section.objects.filter(name__istartswith="гор")) == [city]
    assert not Author.objects.filter(name__icontains="иван").exists()


def test_admin_search_finds_a_cyrillic_headline_typed_in_lower_case(admin_client):
    story = make_article(headline="Трамвайная линия откроется весной")
    make_article(headline="Выставка в музее")
    response = admin_client.get("/admin/articles/article/", {"q": "трамвайная"})
    assert list(response.context["cl"].result_list) == [story]


def test_admin_autocomplete_finds_a_section_typed_in_lower_case(admin_client):
    city = make_section(name="Город")
    make_section(name="Культура")
    response = admin_client.get(
        "/admin/autocomplete/",
        {"term": "город", "app_label": "articles", "model_name": "article", "field_name": "section"},
    )
    assert response.json()["results"] == [{"id": str(city.pk), "text": "Город"}]


def test_importing_into_a_section_typed_in_lower_case_reuses_it(tmp_path):
    city = make_section(name="Город")
    story = tmp_path / "uchenia.txt"
    story.write_text("Пожарные провели учения в старом депо\n\nУчения шли три часа.\n", encoding="utf-8")
    call_command("import_article", str(story), "--section", "город", stdout=StringIO())
    assert list(Section.objects.all()) == [city]
    assert Article.objects.get().section == city
