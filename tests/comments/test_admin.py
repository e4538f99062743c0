"""Moderation in the admin: the queue, filters, search, bulk actions and who sees emails and IPs."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Subscription
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:comments_comment_changelist"


@pytest.fixture
def moderator(client):
    user = make_user(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_comment", "change_comment"]))
    client.force_login(user)
    return user


@pytest.fixture
def viewer(client):
    user = make_user(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(user)
    return user


def listed(response):
    return list(response.context["cl"].result_list)


def test_pending_comments_come_first(client, moderator):
    now = timezone.now()
    approved = make_comment(created_at=now)
    pending_old = make_comment(status="pending", created_at=now - timedelta(days=3))
    spam = make_comment(status="spam", created_at=now - timedelta(hours=1))
    pending_new = make_comment(status="pending", created_at=now - timedelta(days=1))
    assert listed(client.get(reverse(CHANGELIST))) == [pending_new, pending_old, approved, spam]


def test_filter_by_status_reason_and_article(client, moderator):
    article = make_article()
    held = make_comment(article, status="pending", reason="links", reason_detail="3 links")
    make_comment(article)
    make_comment(status="pending", reason="first_time")
    url = reverse(CHANGELIST)
    assert listed(client.get(url, {"status__exact": "pending", "article__id__exact": article.pk})) == [held]
    assert listed(client.get(url, {"reason__exact": "links"})) == [held]
    assert b"Too many links: 3 links" in client.get(url).content


@pytest.mark.parametrize("query", ["Quentin", "quentin@example.org", "203.0.113.9", "marmalade"])
def test_moderators_search_by_name_email_ip_and_text(client, moderator, query):
    wanted = make_comment(
        name="Quentin", email="quentin@example.org", ip_address="203.0.113.9", body="marmalade"
    )
    make_comment()
    assert listed(client.get(reverse(CHANGELIST), {"q": query})) == [wanted]


def test_viewers_without_the_moderation_permission_see_no_emails_or_ips(client, viewer):
    comment = make_comment(email="secret.reader@example.org", ip_address="203.0.113.10")
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert "secret.reader@example.org" not in page and "203.0.113.10" not in page
    assert listed(client.get(reverse(CHANGELIST), {"q": "secret.reader@example.org"})) == []
    detail = client.get(reverse("admin:comments_comment_change", args=[comment.pk])).content.decode()
    assert "secret.reader@example.org" not in detail and "203.0.113.10" not in detail
    assert 'value="approve"' not in page


def test_moderators_see_emails_and_ips(client, moderator):
    make_comment(email="visible@example.org", ip_address="203.0.113.11")
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert "visible@example.org" in page and "203.0.113.11" in page


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("unapprove", "pending"), ("mark_spam", "spam"), ("trash", "trash")],
)
def test_bulk_actions(client, moderator, action, status):
    comments = [make_comment(status="pending" if action != "unapprove" else "approved") for _ in range(3)]
    untouched = make_comment(status="pending" if action != "unapprove" else "approved")
    response = client.post(
        reverse(CHANGELIST), {"action": action, "_selected_action": [c.pk for c in comments]}, follow=True
    )
    assert response.status_code == 200
    assert set(Comment.objects.filter(pk__in=[c.pk for c in comments]).values_list("status", flat=True)) == {
        status
    }
    untouched.refresh_from_db()
    assert untouched.status != status


def test_approved_comments_link_to_their_place_on_the_site(client, moderator):
    comment = make_comment()
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert f'href="{comment.get_absolute_url()}"' in page


def test_admin_index_shows_how_many_comments_await_moderation(client, moderator):
    make_comment(status="pending")
    make_comment(status="pending")
    make_comment()
    page = client.get(reverse("admin:index")).content.decode()
    assert "2 comments awaiting moderation" in page


def test_admin_index_says_when_nothing_waits(client, moderator):
    assert "No comments awaiting moderation." in client.get(reverse("admin:index")).content.decode()


def test_editing_a_comment_to_approved_notifies_like_the_action(
    client, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    held = make_comment(status="pending", body="Edited then approved")
    Subscription.objects.create(article=held.article, email="watch@example.org", confirmed_at=timezone.now())
    url = reverse("admin:comments_comment_change", args=[held.pk])
    data = {
        "article": held.article.pk,
        "parent": "",
        "status": "approved",
        "kind": "comment",
        "body": held.body,
        "name": held.name,
        "email": held.email,
        "website": "",
        "ip_address": "",
        "user": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [m.to for m in mailoutbox] == [["watch@example.org"]]
