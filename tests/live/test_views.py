from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from live.models import ENTRIES_PER_PAGE, Coverage
from tests.factories import make_article, make_author, make_comment, make_entry, make_live_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def page(client, article, **query):
    response = client.get(article.get_absolute_url(), query)
    assert response.status_code == 200
    return response.content.decode()


def test_entries_show_newest_first_with_their_authors(client):
    article = make_live_article()
    reporter = make_author(name="Ana Kovač")
    now = timezone.now()
    make_entry(article, title="Ferries suspended", published_at=now - timedelta(minutes=30))
    make_entry(article, title="Port closed", published_at=now - timedelta(minutes=5), authors=[reporter])
    html = page(client, article).split('id="live"')[1]
    assert html.index("Port closed") < html.index("Ferries suspended")
    assert "Ana Kovač" in html


def test_an_open_live_page_says_live_and_offers_new_updates(client):
    article = make_live_article()
    make_entry(article)
    html = page(client, article)
    assert '<span class="live-badge">Live</span>' in html
    # The status stands in for the type of work's label: the header says "Live" once.
    assert "work-type--live" not in html.split('class="story__header"')[1].split("</h1>")[0]
    assert "Show new updates" in html
    assert 'aria-live="polite"' in html
    assert reverse("live:new_entries", kwargs={"article_id": article.pk}) in html


def test_an_ended_live_page_shows_when_it_ended_and_its_summary(client):
    article = make_live_article()
    make_entry(article)
    coverage = Coverage.objects.get(article=article)
    coverage.is_closed = True
    coverage.summary = "The storm passed; the port reopened at dawn."
    coverage.save()
    html = page(client, article)
    assert "live-badge" not in html and "Show new updates" not in html
    assert "This live coverage has ended." in html
    assert "The storm passed; the port reopened at dawn." in html
    assert coverage.closed_at is not None


def test_key_events_are_summarised_at_the_top_and_link_to_their_entry(client):
    article = make_live_article()
    key = make_entry(article, title="Harbour closes", is_key_event=True)
    make_entry(article, title="A quieter hour")
    html = page(client, article)
    assert 'id="key-events-heading"' in html
    assert f'href="#entry-{key.pk}"' in html
    assert f'id="entry-{key.pk}"' in html


def test_a_pinned_entry_stays_above_newer_ones(client):
    article = make_live_article()
    pinned = make_entry(
        article, title="What we know so far", is_pinned=True, published_at=timezone.now() - timedelta(hours=2)
    )
    latest = make_entry(article, title="Latest news")
    html = page(client, article)
    assert html.index(f'id="entry-{pinned.pk}"') < html.index(f'id="entry-{latest.pk}"')


def test_an_entry_edited_after_posting_is_marked_edited(client):
    article = make_live_article()
    entry = make_entry(article, body="<p>Gusts of 100 km/h.</p>")
    entry.refresh_from_db()
    entry.is_pinned = True
    entry.save()
    assert "live-entry__edited" not in page(client, article)
    entry.body = "<p>Gusts of 130 km/h.</p>"
    entry.save()
    html = page(client, article)
    assert "Gusts of 130 km/h." in html and "live-entry__edited" in html


def test_entry_text_is_sanitised(client):
    article = make_live_article()
    make_entry(article, body='<p onclick="steal()">Calm</p><script>alert(1)</script>')
    html = page(client, article)
    assert "Calm" in html and "steal()" not in html and "alert(1)" not in html


def test_a_permalink_finds_its_entry_after_hundreds_more(client):
    article = make_live_article()
    old = make_entry(article, title="The first update", published_at=timezone.now() - timedelta(days=1))
    for minutes in range(ENTRIES_PER_PAGE * 2 + 5):
        make_entry(article, published_at=timezone.now() - timedelta(minutes=minutes))
    response = client.get(old.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}?updates=3#entry-{old.pk}"
    assert f'id="entry-{old.pk}"' in page(client, article, updates=3)
    assert f'id="entry-{old.pk}"' not in page(client, article)


def test_new_entries_endpoint_returns_only_newer_ones(client):
    article = make_live_article()
    first = make_entry(article, title="Earlier")
    second = make_entry(article, title="Later")
    url = reverse("live:new_entries", kwargs={"article_id": article.pk})
    response = client.get(url, {"after": first.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Later" in html and "Earlier" not in html
    assert f'data-newest="{second.pk}"' in html
    assert "1 new update" in html
    assert "Later" not in client.get(url, {"after": second.pk}).content.decode()


@pytest.mark.parametrize("after", ["x", "-1", "99999999999999999999"])
def test_new_entries_endpoint_refuses_nonsense(client, after):
    article = make_live_article()
    url = reverse("live:new_entries", kwargs={"article_id": article.pk})
    assert client.get(url, {"after": after}).status_code == 404


@pytest.mark.parametrize(
    "path", ["/live/99999999999999999999/new/?after=1", "/live/entries/99999999999999999999/", "/live/0/new/"]
)
def test_ids_past_what_the_database_holds_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_nothing_of_an_unpublished_live_page_leaks(client):
    article = make_live_article(status=Article.Status.DRAFT)
    entry = make_entry(article, title="Secret plan")
    assert client.get(reverse("live:new_entries", kwargs={"article_id": article.pk})).status_code == 404
    assert client.get(entry.get_absolute_url()).status_code == 404
    feed = reverse("live:feed", kwargs=article.address_kwargs())
    assert client.get(feed).status_code == 404


def test_an_article_that_is_not_live_has_no_live_section(client):
    article = make_article()
    html = page(client, article)
    assert 'id="live"' not in html
    assert client.get(reverse("live:new_entries", kwargs={"article_id": article.pk})).status_code == 404


def test_comments_work_under_a_live_page(client):
    article = make_live_article()
    make_comment(article, body="Stay safe, everyone on the islands.")
    html = page(client, article)
    assert "Stay safe, everyone on the islands." in html
    assert 'id="commentform"' in html


def test_the_live_feed_lists_its_entries_and_is_advertised(client):
    article = make_live_article()
    make_entry(article, title="Ferries suspended")
    feed_url = reverse("live:feed", kwargs=article.address_kwargs())
    assert feed_url in page(client, article)
    feed = client.get(feed_url).content.decode()
    assert "Ferries suspended" in feed and "<rss" in feed
    assert reverse("comments:article_feed", kwargs=article.address_kwargs()) in page(client, article)
