"""The admin's article list as an editor works it: badges, first filters, actions that say what they did."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from articles.models import Article, Correction
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def listed(client, **query):
    response = client.get(CHANGELIST, query)
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def test_each_status_has_a_badge_in_words(client, editor_user):
    now = timezone.now()
    make_article(status=Article.Status.DRAFT, published_at=None)
    make_article(status=Article.Status.PENDING, published_at=None)
    scheduled = make_article(published_at=now + timedelta(hours=5))
    make_article(published_at=now - timedelta(days=2))
    updated = make_article(published_at=now - timedelta(days=1))
    Correction.objects.create(article=updated, note="The vote was on Tuesday.")
    client.force_login(editor_user)
    page = client.get(CHANGELIST).content.decode()
    when = formats.date_format(timezone.localtime(scheduled.published_at), "DATETIME_FORMAT")
    assert '<span class="status-badge status-draft">Draft</span>' in page
    assert '<span class="status-badge status-pending">Pending review</span>' in page
    assert f'<span class="status-badge status-scheduled">Scheduled for {when}</span>' in page
    assert page.count('<span class="status-badge status-published">Published</span>') == 2
    assert page.count('<span class="status-badge status-updated">Updated</span>') == 1


def test_the_first_filters_are_mine_pending_scheduled_and_section(client, editor_user):
    now = timezone.now()
    section = make_section()
    mine = make_article(authors=[editor_user.author_profile], section=section)
    pending = make_article(status=Article.Status.PENDING)
    scheduled = make_article(published_at=now + timedelta(hours=2))
    make_article(published_at=now - timedelta(days=1))
    client.force_login(editor_user)
    assert listed(client, mine="yes") == {mine}
    assert listed(client, publication="pending") == {pending}
    assert listed(client, publication="scheduled") == {scheduled}
    assert listed(client, section__id__exact=section.pk) == {mine}
    filters = [spec.title for spec in client.get(CHANGELIST).context["cl"].filter_specs]
    assert filters[:3] == ["byline", "publication", "section"]


def test_an_authors_mine_is_their_own(client, author_user):
    own = make_article(status=Article.Status.DRAFT, authors=[author_user.author_profile])
    make_article(status=Article.Status.DRAFT)
    client.force_login(author_user)
    assert listed(client, mine="yes") == {own}


def act(client, action, articles):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [article.pk for article in articles]}, follow=True
    )


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_publishing_says_how_many_went_live_and_how_many_are_scheduled(client, editor_user):
    now = timezone.now()
    drafts = [make_article(status=Article.Status.PENDING, published_at=None) for _ in range(3)]
    later = make_article(status=Article.Status.PENDING, published_at=now + timedelta(days=1))
    client.force_login(editor_user)
    response = act(client, "publish", [*drafts, later])
    assert messages_of(response) == [
        "3 articles published.",
        "1 article scheduled: it appears by itself at its publish time.",
    ]
    assert Article.objects.published().count() == 3 and Article.objects.scheduled().get() == later


def test_unpublishing_and_submitting_say_what_they_did(client, editor_user, author_user):
    live = make_article()
    client.force_login(editor_user)
    assert messages_of(act(client, "unpublish", [live])) == ["1 article unpublished."]
    profile = author_user.author_profile
    drafts = [make_article(status=Article.Status.DRAFT, authors=[profile]) for _ in range(2)]
    client.force_login(author_user)
    assert messages_of(act(client, "submit_for_review", drafts)) == ["2 drafts submitted for review."]
