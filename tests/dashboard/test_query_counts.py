from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Correction
from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def a_busy_newsroom(size, writer):
    """`size` of everything each dashboard panel lists."""
    now = timezone.now()
    for n in range(size):
        story = make_article(published_at=now - timedelta(hours=n + 1))
        make_article(status=Article.Status.PENDING)
        make_article(status=Article.Status.DRAFT, authors=[writer.author_profile])
        make_article(published_at=now + timedelta(hours=n + 1))
        make_article(published_at=now - timedelta(days=13, hours=-n))
        Correction.objects.create(article=story, note=f"Correction {n}.")
        make_comment(story, created_at=now - timedelta(days=n))
        make_comment(story, status=Comment.Status.PENDING, reason=Comment.Reason.LINKS)
        make_comment(story, status=Comment.Status.SPAM, reason=Comment.Reason.FLOOD)


# Each role's page: the session and the user (2), the user's groups' and own permissions (2), then:
QUERIES = {
    # pending review, scheduled, published counts, today's stories, my drafts, Quick Draft's sections,
    # held by reason, the chart, closing soon, most commented, corrections, the recent-actions log.
    "admin_user": 4 - 2 + 12,  # a superuser needs no permission queries
    # pending review, scheduled, published counts, today's stories, drafts, sections, closing,
    # most commented, corrections, the recent-actions log
    "editor_user": 4 + 10,
    # drafts, sections, the recent-actions log
    "author_user": 4 + 3,
    # held by reason, the chart, closing soon, most commented, the recent-actions log
    "moderator_user": 4 + 5,
}


@pytest.mark.parametrize("role", QUERIES)
def test_the_dashboard_costs_the_same_queries_however_busy(
    client, role, request, django_assert_num_queries, author_user, discussion
):
    discussion(close_after_days=14)
    user = request.getfixturevalue(role)
    client.force_login(user)
    a_busy_newsroom(1, author_user)
    with django_assert_num_queries(QUERIES[role]):
        assert client.get(INDEX).status_code == 200
    a_busy_newsroom(6, author_user)
    with django_assert_num_queries(QUERIES[role]):
        assert client.get(INDEX).status_code == 200
