import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, Author, Correction, Image, Section, Tag
from pages.models import Organisation, Page
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def seed(*args):
    output = StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def test_demo_content_is_a_real_looking_newsroom():
    seed()
    articles = Article.objects.published()
    assert articles.count() >= 12
    assert Section.objects.filter(articles__in=articles).distinct().count() >= 4
    assert Author.objects.exclude(bio="").count() >= 3
    assert Tag.objects.filter(articles__isnull=False).distinct().count() >= 5
    reports = articles.filter(work_type__isnull=True)
    assert reports.count() >= 12 and all(article.dateline and article.byline_authors for article in reports)
    # Each type of work, as a newsroom publishes them: columns unsigned by a dateline, paid content
    # written by no journalist of ours.
    assert set(articles.values_list("work_type__kind", flat=True)) >= {
        None, "opinion", "analysis", "explainer", "review", "interview", "sponsored", "live"
    }  # fmt: skip
    assert all(article.byline_authors for article in articles.exclude(work_type__kind="sponsored"))
    assert all(article.sponsor for article in articles.filter(work_type__kind="sponsored"))
    assert Image.objects.filter(width__gt=0).count() == Article.objects.count()
    # A retracted story, so a newcomer sees what its address says (410 Gone and why).
    assert Article.objects.retracted().exclude(retraction_note="").count() == 1
    # The organisation behind it, with its standards as pages of their own.
    assert Page.objects.published().exclude(policy="").count() >= 5
    # …and pages under them, addressed by the tree.
    assert (
        Page.objects.published().get(slug="working-here").get_absolute_url()
        == "/page/who-we-are/working-here/"
    )
    assert Organisation.load().corrections_email
    assert not any("lorem" in article.body.lower() for article in articles)
    assert articles.filter(is_featured=True).count() == 1
    # A story corrected at the top, and updated below, as a newcomer should see both.
    assert articles.filter(corrections__at_top=True).filter(corrections__at_top=False).exists()
    # A story filed where the day differs from the site's: its dateline gives the launch site's day.
    launch = articles.get(dateline_place="KOUROU")
    assert launch.filed_at.date() != launch.published_on
    assert re.search(rf"\b{launch.filed_at.day}\b", launch.dateline)


def test_the_demo_has_a_live_page_with_a_dozen_entries_and_one_key_event(client):
    from live.models import Coverage

    seed()
    coverage = Coverage.objects.public().get()
    assert coverage.entries.count() == 12
    assert coverage.entries.filter(is_key_event=True).count() == 1
    assert all(entry.authors.exists() for entry in coverage.entries.all())
    html = client.get(coverage.article.get_absolute_url()).content.decode()
    assert html.count('data-entry="') == 12 and "Key events" in html
    front = client.get("/").content.decode()
    assert 'class="breaking"' in front and coverage.article.get_absolute_url() in front


def test_demo_corrections_show_as_updates(client):
    seed()
    corrected = Correction.objects.select_related("article").first().article
    html = client.get(corrected.get_absolute_url()).content.decode()
    assert corrected.corrections.get().note[:40] in html
    assert "Updated" in html


def test_seeding_twice_creates_nothing_new():
    seed()
    counts = [model.objects.count() for model in (Article, Author, Section, Tag, Image, Correction)]
    assert "0 new stories" in seed()
    assert [model.objects.count() for model in (Article, Author, Section, Tag, Image, Correction)] == counts


def test_if_empty_leaves_a_site_with_articles_alone():
    make_article()
    assert "not loaded" in seed("--if-empty")
    assert Article.objects.count() == 1


def test_the_demo_newsroom_is_mid_shift_for_the_dashboard():
    """A newcomer's dashboard has something in every panel: a draft, a story to review, one scheduled for
    this evening, comments held for a moderator with their reasons."""
    from dashboard import queries

    seed()
    now = timezone.now()
    assert Article.objects.filter(status=Article.Status.DRAFT, bylines__isnull=False).exists()
    assert queries.pending_review()
    assert queries.scheduled_soon(now)
    assert {row["reason"] for row in queries.held_by_reason()} >= {"first_time", "links"}
    assert queries.recent_corrections() and queries.most_commented(now)
