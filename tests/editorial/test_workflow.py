from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Correction
from tests.editorial.conftest import article_form_data
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


def test_editor_schedules_an_article_that_appears_at_its_time(client, editor_user, section, clock, settings):
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60  # longer than the wait: the page cache must know the time
    client.force_login(editor_user)
    when = timezone.localtime() + timedelta(hours=2)
    data = article_form_data(
        section, status="published", published_at_0=f"{when:%Y-%m-%d}", published_at_1=f"{when:%H:%M:%S}"
    )
    assert client.post(reverse("admin:articles_article_add"), data).status_code == 302
    article = Article.objects.get()
    assert article.is_scheduled()
    client.logout()
    assert article not in client.get(reverse("articles:latest")).context["articles"]
    assert client.get(article.get_absolute_url()).status_code == 404

    assert client.get(reverse("articles:latest")).headers["X-Page-Cache"] == "hit"

    clock.advance(hours=2, seconds=1)  # the scheduled time has come, with no cron and no save
    latest = client.get(reverse("articles:latest"))
    assert article in latest.context["articles"]
    assert client.get(article.get_absolute_url()).status_code == 200


def test_scheduled_articles_are_marked_in_the_admin(client, editor_user):
    make_article(headline="Tomorrow's story", published_at=timezone.now() + timedelta(days=1))
    client.force_login(editor_user)
    response = client.get(reverse(CHANGELIST))
    assert "Scheduled" in response.content.decode()
    scheduled = client.get(reverse(CHANGELIST), {"publication": "scheduled"})
    assert [a.headline for a in scheduled.context["cl"].result_list] == ["Tomorrow's story"]


def test_admin_list_query_count_is_flat(client, editor_user, django_assert_max_num_queries):
    for _ in range(30):
        make_article()
    client.force_login(editor_user)
    # session; user; groups/permissions (a few); count ×2; page; bylines; section filter; author filter…
    with django_assert_max_num_queries(14) as few:
        client.get(reverse(CHANGELIST))
    for _ in range(30):
        make_article()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(CHANGELIST))


def test_a_correction_shows_on_the_article_page_with_updated_time(client):
    article = make_article(published_at=timezone.now() - timedelta(days=2))
    Article.objects.filter(pk=article.pk).update(updated_at=article.published_at)
    Correction.objects.create(article=article, note="An earlier version misspelt the mayor's name.")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "Corrections and updates" in html
    assert "An earlier version misspelt the mayor&#x27;s name." in html
    assert "Updated <time" in html


def test_editor_adds_a_correction_through_the_admin(client, editor_user, section):
    article = make_article(section=section)
    client.force_login(editor_user)
    data = article_form_data(
        section,
        headline=article.headline,
        slug=article.slug,
        standfirst=article.standfirst,
        body=article.body,
        status="published",
        published_at_0=f"{timezone.localtime(article.published_at):%Y-%m-%d}",
        published_at_1=f"{timezone.localtime(article.published_at):%H:%M:%S}",
    ) | {
        "corrections-TOTAL_FORMS": "1",
        "corrections-0-kind": "correction",
        "corrections-0-note": "The vote was 7–2, not 8–1.",
        "corrections-0-created_at_0": f"{timezone.localtime():%Y-%m-%d}",
        "corrections-0-created_at_1": f"{timezone.localtime():%H:%M:%S}",
    }
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert article.corrections.get().note == "The vote was 7–2, not 8–1."


def test_changing_a_published_slug_redirects_the_old_address(client):
    article = make_article(slug="old-name")
    old_url = article.get_absolute_url()
    article.slug = "new-name"
    article.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_renaming_twice_leaves_no_redirect_chain(client):
    article = make_article(slug="first")
    first_url = article.get_absolute_url()
    for slug in ["second", "third"]:
        article.slug = slug
        article.save()
    response = client.get(first_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_a_draft_slug_change_makes_no_redirect(client):
    from django.contrib.redirects.models import Redirect

    article = make_article(slug="draft-name", status=Article.Status.DRAFT)
    article.slug = "other-name"
    article.save()
    assert not Redirect.objects.exists()
