from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleAuthor
from search.backends import get_backend
from search.models import SearchDocument
from tests.factories import make_article, make_author, make_section, make_tag

# Searched again and again within a test, as a reader would not: results come from the page each time.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def search(client, **params):
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response


def found(client, **params):
    return [article.headline for article in search(client, **params).context.get("articles") or []]


def test_stemmed_words_match_and_are_highlighted(client):
    make_article(headline="Farmers protest in the capital", body="<p>Protests spread to three cities.</p>")
    response = search(client, q="protesting")
    assert found(client, q="protesting") == ["Farmers protest in the capital"]
    content = response.content.decode()
    assert "<mark>protest</mark>" in content
    assert "<mark>Protests</mark> spread" in content


def test_headline_matches_rank_above_body_matches(client):
    make_article(headline="Budget talks", body="<p>Harbour mentioned once.</p>", published_at=timezone.now())
    make_article(
        headline="Harbour reopens",
        body="<p>Nothing else.</p>",
        published_at=timezone.now() - timedelta(days=3),
    )
    assert found(client, q="harbour") == ["Harbour reopens", "Budget talks"]


def test_unpublished_articles_never_appear(client):
    make_article(headline="Bridge live")
    make_article(headline="Bridge draft", status=Article.Status.DRAFT)
    make_article(headline="Bridge pending", status=Article.Status.PENDING)
    make_article(headline="Bridge scheduled", published_at=timezone.now() + timedelta(hours=1))
    assert found(client, q="bridge") == ["Bridge live"]


def test_scheduled_article_appears_when_its_time_comes(client):
    article = make_article(headline="Ferry timetable", published_at=timezone.now() + timedelta(hours=1))
    assert found(client, q="ferry") == []
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(minutes=1))
    assert found(client, q="ferry") == ["Ferry timetable"]


def test_index_follows_edits_unpublishing_and_deletes(client):
    article = make_article(headline="Orchard harvest")
    article.headline = "Vineyard harvest"
    article.save()
    assert found(client, q="orchard") == []
    assert found(client, q="vineyard") == ["Vineyard harvest"]
    article.status = Article.Status.UNPUBLISHED
    article.save()
    assert found(client, q="vineyard") == []
    article.delete()
    assert not SearchDocument.objects.exists()


def test_index_follows_tags_and_bylines(client):
    article = make_article(headline="Quiet day", authors=[])
    tag = make_tag(name="Glaciers")
    article.tags.add(tag)
    assert found(client, q="glaciers") == ["Quiet day"]
    tag.name = "Icefields"
    tag.save()
    assert found(client, q="icefields") == ["Quiet day"]
    ArticleAuthor.objects.create(article=article, author=make_author(name="Zofia Wrzesniewska"))
    assert found(client, q="wrzesniewska") == ["Quiet day"]


def test_filters_by_section_author_and_dates(client):
    world, sport = make_section(name="World"), make_section(name="Sport")
    writer = make_author()
    old = make_article(headline="Storm old", section=world, published_at=timezone.now() - timedelta(days=30))
    make_article(headline="Storm sport", section=sport, authors=[writer])
    make_article(headline="Storm world", section=world)
    assert sorted(found(client, q="storm", section=world.slug)) == ["Storm old", "Storm world"]
    assert found(client, q="storm", author=writer.slug) == ["Storm sport"]
    day = timezone.localtime(old.published_at).date()
    assert found(client, q="storm", start=day.isoformat(), end=day.isoformat()) == ["Storm old"]


def test_bad_filters_get_messages_not_errors(client):
    response = search(client, q="storm", section="nope", start="2024-13-45")
    assert "There is no such section" in response.content.decode()
    assert "Enter the start date as YYYY-MM-DD." in response.content.decode()
    response = search(client, q="storm", start="2024-05-02", end="2024-05-01")
    assert "after the" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unclosed phrase',
        "AND OR NOT",
        "NEAR(a b)",
        "a* ^b col:x",
        "-",
        "\x00",
        "🎉 ✓",
        "' OR 1=1 --",
        "word " * 500,
        "x" * 5000,
        "café Zürich",
        "{}[]()<>",
        "\\",
    ],
)
def test_any_input_is_answered(client, query):
    make_article(headline="Café in Zürich")
    search(client, q=query, page="abc")


def test_phrases_and_exclusions(client):
    make_article(headline="City council votes")
    make_article(headline="Council of the city votes")
    assert found(client, q='"city council"') == ["City council votes"]
    assert found(client, q="council -votes") == []


def test_no_results_help(client):
    make_article(headline="Something")
    content = search(client, q="zebra").content.decode()
    assert "0 results" in content
    assert "No stories matched" in content


def test_empty_query_asks_for_words(client):
    assert "Type a word" in search(client, q="  ").content.decode()


def test_snippets_are_escaped(client):
    make_article(
        headline="Tags <b>bold</b> here", body="<p>Mention &lt;script&gt;alert(1)&lt;/script&gt; tags</p>"
    )
    content = search(client, q="tags").content.decode()
    assert "<script>alert(1)" not in content
    assert "alert(1)" in content  # kept as text: escaped on SQLite, tag-like token dropped by PostgreSQL
    assert "<b>bold</b>" not in content


def test_results_are_paginated_and_keep_the_query(client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    for number in range(5):
        make_article(headline=f"Election update {number}")
    response = search(client, q="election", page=2)
    assert response.context["page_obj"].number == 2
    assert len(response.context["articles"]) == 2
    assert "?q=election&amp;page=3" in response.content.decode()


def test_search_page_queries(client, django_assert_num_queries):
    authors = [make_author() for _ in range(3)]
    for number in range(8):
        make_article(headline=f"Harbour story {number}", authors=authors[: 1 + number % 3], tags=[make_tag()])
    # count; page of results; bylines; highlights; section choices; author choices; navigation sections
    with django_assert_num_queries(7):
        search(client, q="harbour")


def test_rebuild_command_restores_the_index(client):
    make_article(headline="Lighthouse keeper")
    SearchDocument.objects.all().delete()
    assert found(client, q="lighthouse") == []
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert found(client, q="lighthouse") == ["Lighthouse keeper"]


def test_header_has_a_labelled_search_box(client):
    content = client.get(reverse("articles:home")).content.decode()
    assert '<label class="visually-hidden" for="site-search-q">Search stories</label>' in content
    assert f'action="{reverse("search:search")}"' in content


def test_broad_searches_count_up_to_the_cap(client, settings):
    settings.SEARCH_MAX_RESULTS, settings.SEARCH_RESULTS_PER_PAGE = 4, 2
    articles = [make_article(headline=f"Tram news {number}") for number in range(6)]
    make_article(headline="Tram draft", status=Article.Status.DRAFT)
    response = search(client, q="tram")
    paginator = response.context["page_obj"].paginator
    assert (paginator.count, paginator.num_pages, paginator.is_capped) == (4, 2, True)
    assert "More than 4 results" in response.content.decode()
    newest = {article.headline for article in articles[-4:]}
    assert set(found(client, q="tram") + found(client, q="tram", page=2)) == newest
    assert found(client, q="tram", page=3) == found(client, q="tram", page=2)  # the last page, not an error


def test_counts_below_the_cap_are_exact(client, settings):
    settings.SEARCH_MAX_RESULTS = 4
    for number in range(4):
        make_article(headline=f"Ferry news {number}")
    response = search(client, q="ferry")
    assert not response.context["page_obj"].paginator.is_capped
    assert "4 results for" in response.content.decode()
    assert "More than" not in response.content.decode()


def test_capped_search_honours_filters(client, settings):
    settings.SEARCH_MAX_RESULTS = 2
    writer, sport = make_author(), make_section(name="Sport")
    wanted = make_article(headline="Match report old", authors=[writer], section=sport)
    for number in range(4):
        make_article(headline=f"Match report {number}")
    assert found(client, q="match", author=writer.slug) == ["Match report old"]
    assert found(client, q="match", section=sport.slug) == [wanted.headline]


def test_the_backend_is_the_one_for_the_database():
    modules = {"sqlite": "search.backends.sqlite", "postgresql": "search.backends.postgres"}
    assert get_backend().__name__ == modules[connection.vendor]


def test_each_engine_is_named_in_its_backend_only():
    """The engine is chosen once, in `search.backends`; no other search module branches on it."""
    root = Path(apps.get_app_config("search").path)
    sources = {
        path.relative_to(root).as_posix(): path.read_text()
        for path in root.rglob("*.py")
        if "migrations" not in path.parts
    }

    def naming(*words):
        return {name for name, text in sources.items() if any(word in text for word in words)}

    assert naming("connection.vendor", "import_module") == {"backends/__init__.py"}
    assert naming("FTS5", "bm25", "MATCH") == {"backends/sqlite.py"}
    assert naming("SearchQuery", "SearchRank", "SearchHeadline", "SearchVector(") == {"backends/postgres.py"}
    assert naming(".extra(") == set()
