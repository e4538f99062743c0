import pytest

from live.models import Coverage
from tests.factories import make_author, make_entry, make_live_article
from tests.structured_data import story_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def live_data(client, article):
    return story_data(client.get(article.get_absolute_url()).content.decode())


def test_a_live_page_is_a_live_blog_posting_with_its_updates(client):
    article = make_live_article()
    reporter = make_author(name="Ana Kovač")
    entry = make_entry(article, title="Port closed", body="<p>No ships in or out.</p>", authors=[reporter])
    data = live_data(client, article)
    assert data["@type"] == "LiveBlogPosting"
    assert data["coverageStartTime"]
    assert "coverageEndTime" not in data
    [update] = data["liveBlogUpdate"]
    assert update["@type"] == "BlogPosting"
    assert update["headline"] == "Port closed"
    assert update["articleBody"] == "No ships in or out."
    assert update["url"].endswith(f"{article.get_absolute_url()}#entry-{entry.pk}")
    assert update["author"][0]["name"] == "Ana Kovač"
    assert data["dateModified"] == update["datePublished"]  # the newest update, after the article's save


def test_an_ended_live_page_gives_its_coverage_end_time(client):
    article = make_live_article()
    coverage = Coverage.objects.get(article=article)
    coverage.is_closed = True
    coverage.save()
    assert live_data(client, article)["coverageEndTime"]
