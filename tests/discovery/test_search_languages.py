from io import StringIO

import pytest
import snowballstemmer
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from search.languages import STEMMERS, stemmer_for
from search.models import SearchDocument
from tests.factories import make_article, make_author, make_tag

# Searched again and again within a test, as a reader would not: results come from the page each time.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

GRAIN = "<p>Беларусь продолжит поставки зерна соседям.</p>"
GAS = "<p>Беларусь продолжит поставки газа по прежней цене.</p>"


def search(client, **params):
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response


def found(client, **params):
    return sorted(article.headline for article in search(client, **params).context.get("articles") or [])


def test_russian_story_is_found_by_other_forms_of_its_words(client):
    make_article(language="ru", headline="Зерно уходит соседям", body=GRAIN)
    assert found(client, q="поставками") == ["Зерно уходит соседям"]
    assert found(client, q="поставка зерном") == ["Зерно уходит соседям"]
    assert found(client, q='"поставкам зерна"') == ["Зерно уходит соседям"]


def test_the_form_found_is_marked_in_the_snippet(client):
    make_article(language="ru", headline="Зерно уходит соседям", body=GRAIN)
    assert "<mark>поставки</mark> зерна" in search(client, q="поставками").content.decode()


def test_russian_headline_search_shows_the_story_marked(client):
    article = make_article(language="ru", headline="Городской совет утвердил бюджет")
    response = search(client, q="бюджета совета")
    assert list(response.context["articles"]) == [article]
    content = response.content.decode()
    assert "Городской <mark>совет</mark> утвердил <mark>бюджет</mark>" in content
    assert article.get_absolute_url() in content


def test_russian_story_on_an_english_site_is_stemmed_as_russian(client, settings):
    """The story's own language decides how it is read, not the site's."""
    settings.LANGUAGE_CODE = "en-gb"
    russian = make_article(language="ru", headline="Русский текст", body=GRAIN)
    english = make_article(language="", headline="Английский текст", body=GRAIN)
    assert SearchDocument.objects.get(pk=russian.pk).language == "ru"
    assert SearchDocument.objects.get(pk=english.pk).language == "en-gb"
    assert found(client, q="поставками") == ["Русский текст"]
    assert found(client, q="поставки") == ["Английский текст", "Русский текст"]


def test_story_on_a_russian_site_takes_the_sites_language(client, settings):
    settings.LANGUAGE_CODE = "ru"
    make_article(language="", headline="Зерно уходит соседям", body=GRAIN)
    assert found(client, q="поставками") == ["Зерно уходит соседям"]


def test_english_stories_are_still_stemmed(client):
    make_article(headline="Night ferry", body="<p>The ferry runs twice a day.</p>")
    assert found(client, q="running") == ["Night ferry"]


def test_names_are_stemmed_too(client):
    make_article(language="ru", headline="Итоги недели", authors=[make_author(name="Анна Петрова")])
    make_article(language="ru", headline="Новости спорта", tags=[make_tag(name="Футбол")])
    assert found(client, q="Петровой") == ["Итоги недели"]
    assert found(client, q="футболом") == ["Новости спорта"]


def test_excluded_words_are_excluded_in_any_form(client):
    make_article(language="ru", headline="Зерно уходит соседям", body=GRAIN)
    make_article(language="ru", headline="Газ по прежней цене", body=GAS)
    assert found(client, q="поставками -газом") == ["Зерно уходит соседям"]
    assert found(client, q="поставки -зерном") == ["Газ по прежней цене"]
    assert found(client, q="поставки -газа") == ["Зерно уходит соседям"]


def test_accents_are_folded_and_german_is_stemmed(client, settings):
    settings.SEARCH_LANGUAGES = [*settings.SEARCH_LANGUAGES, "de"]
    make_article(language="de", headline="Neue Straßenbahn für Zürich", body="<p>Die Häuser am See.</p>")
    assert found(client, q="zurich") == ["Neue Straßenbahn für Zürich"]
    assert found(client, q="Haus") == ["Neue Straßenbahn für Zürich"]


@pytest.mark.parametrize("stemmed", [False, True], ids=["word-for-word", "stemmed"])
def test_arabic_and_greek_stories_are_found_by_their_words_as_written(client, settings, stemmed):
    if stemmed:
        settings.SEARCH_LANGUAGES = [*settings.SEARCH_LANGUAGES, "ar", "el"]
    make_article(language="ar", headline="الحكومة تعلن ميزانية جديدة")
    make_article(language="el", headline="Οι εκλογές στην Αθήνα")
    assert found(client, q="الحكومة") == ["الحكومة تعلن ميزانية جديدة"]
    assert found(client, q="εκλογές") == ["Οι εκλογές στην Αθήνα"]


def test_greek_is_stemmed_when_it_is_a_search_language(client, settings):
    settings.SEARCH_LANGUAGES = [*settings.SEARCH_LANGUAGES, "el"]
    make_article(language="el", headline="Οι εκλογές στην Αθήνα")
    assert found(client, q="εκλογών Αθήνας") == ["Οι εκλογές στην Αθήνα"]


def test_rebuilding_applies_new_search_languages(client, settings):
    make_article(language="de", headline="Die Häuser am See")
    assert found(client, q="haus") == []
    settings.SEARCH_LANGUAGES = [*settings.SEARCH_LANGUAGES, "de"]
    call_command("rebuild_search_index", stdout=StringIO())
    assert found(client, q="haus") == ["Die Häuser am See"]


def test_russian_search_page_queries(client, django_assert_num_queries):
    authors = [make_author() for _ in range(3)]
    for number in range(8):
        make_article(language="ru", headline=f"Поставки зерна {number}", authors=authors[: 1 + number % 3])
    # count; page of results; bylines; highlights; section choices; author choices; navigation sections
    with django_assert_num_queries(7):
        search(client, q="поставками")


def test_stemmers_follow_the_language_code(settings):
    settings.SEARCH_LANGUAGES = ["en-gb", "ru", "pt-br"]
    assert [stemmer_for(code) for code in ["en", "en-au", "RU", "pt", "pt-br"]] == [
        "english",
        "english",
        "russian",
        "portuguese",
        "portuguese",
    ]
    assert stemmer_for("de") is None  # not a search language
    assert stemmer_for("zh-hans") is None  # no stemmer


def test_every_stemmer_exists_in_both_engines():
    assert set(STEMMERS.values()) <= set(snowballstemmer.algorithms())
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            assert set(STEMMERS.values()) <= {name for (name,) in cursor.fetchall()}


def test_migrate_indexes_again_the_stories_indexed_before_they_had_a_language(client):
    """As after upgrading: documents from before the languages migration have none, and no stems."""
    article = make_article(language="ru", headline="Зерно уходит соседям", body=GRAIN)
    SearchDocument.objects.filter(pk=article.pk).update(language="", stems="", vector=None)
    output = StringIO()
    call_command("migrate", verbosity=1, stdout=output)
    assert "Indexing 1 story again" in output.getvalue()
    assert SearchDocument.objects.get(pk=article.pk).language == "ru"
    assert found(client, q="поставками") == ["Зерно уходит соседям"]
