from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from articles.models import Article
from search import index
from search.models import SearchDocument
from tests.conftest import FIXTURES
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db

ISLAND_EXPORT = FIXTURES / "wxr" / "island-news-1.1.xml"


def found(client, **params):
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return [article.headline for article in response.context.get("articles") or []]


def test_deferred_block_indexes_touched_articles_once_on_exit(client):
    with index.deferred():
        article = make_article(headline="Glacier survey")
        article.tags.add(make_tag(name="Icefields"))
        assert not SearchDocument.objects.filter(pk=article.pk).exists()
    assert found(client, q="glacier") == ["Glacier survey"]
    assert found(client, q="icefields") == ["Glacier survey"]


def test_deferred_blocks_nest_and_the_outermost_indexes(client):
    with index.deferred():
        with index.deferred():
            make_article(headline="Tram depot")
        assert not SearchDocument.objects.exists()
    assert found(client, q="tram") == ["Tram depot"]


def test_deferred_block_still_indexes_after_an_error(client):
    with pytest.raises(RuntimeError), index.deferred():
        make_article(headline="Harbour crane")
        raise RuntimeError("stop")
    assert found(client, q="crane") == ["Harbour crane"]


def test_deferred_block_skips_a_transaction_that_rolls_back(client):
    with pytest.raises(RuntimeError), transaction.atomic(), index.deferred():
        make_article(headline="Ghost story")
        raise RuntimeError("roll back")
    assert not Article.objects.exists()
    assert not SearchDocument.objects.exists()


def test_saves_index_at_once_outside_a_deferred_block():
    article = make_article(headline="Lighthouse")
    assert SearchDocument.objects.get(pk=article.pk).headline == "Lighthouse"


def test_wordpress_import_leaves_the_index_correct(client):
    call_command("import_wordpress", str(ISLAND_EXPORT), stdout=StringIO())
    assert found(client, q='"three categories at once"') == ["Boats, ferries and the island"]
    assert found(client, q="welcome print") == ["Welcome to the island news"]
    assert SearchDocument.objects.count() == Article.objects.count()


def test_words_either_side_of_a_block_end_are_found_apart(client):
    make_article(
        headline="Ferry timetable",
        body="<h2>Winter sailings</h2><p>Boats leave hourly.</p><ul><li>Monday</li><li>Saturday</li></ul>",
    )
    assert found(client, q="sailings") == ["Ferry timetable"]
    assert found(client, q="boats") == ["Ferry timetable"]
    assert found(client, q="saturday") == ["Ferry timetable"]
