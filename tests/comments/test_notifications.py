"""Who gets which email about a comment; double opt-in and one-click unsubscribe links."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from comments.models import Comment, NotificationOptOut, Subscription
from tests.factories import comment_form_data, make_article, make_author, make_comment, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    addresses = iter(range(100, 200))

    def post_comment(article, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("comments:create", kwargs={"article_id": article.pk}),
                comment_form_data(article, **overrides),
                REMOTE_ADDR=f"192.0.2.{next(addresses)}",
            )

    return post_comment


def link_in(message, path_start):
    return re.search(rf"http://testserver({re.escape(path_start)}[^\s>]+)", message.body).group(1)


def make_moderator(email):
    group, _ = Group.objects.get_or_create(name="Comment moderators")
    group.permissions.add(Permission.objects.get(codename="change_comment"))
    user = make_user(is_staff=True, email=email)
    user.groups.add(group)
    return user


def test_moderators_are_told_about_a_held_comment(post, mailoutbox):
    make_moderator("mod@example.org")
    make_user(is_staff=True, email="not-a-moderator@example.org")
    post(make_article(headline="Bridge reopens"), name="Held Hana", email="hana@example.net", body="Hold me")
    assert [m.to for m in mailoutbox] == [["mod@example.org"]]
    message = mailoutbox[0]
    assert message.subject == 'Comment awaiting moderation on "Bridge reopens"'
    assert "hana@example.net" in message.body and "First-time commenter" in message.body
    comment = Comment.objects.get()
    assert f"/admin/comments/comment/{comment.pk}/change/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_moderator_notifications_are_a_setting(post, mailoutbox, discussion):
    discussion(notify_moderators=False)
    make_moderator("mod@example.org")
    post(make_article())
    assert mailoutbox == []


def test_authors_are_told_when_a_comment_is_approved(post, mailoutbox, discussion):
    discussion(moderation="none")
    writer = make_author(user=make_user(email="writer@example.org"))
    post(make_article(authors=[writer], headline="Ferry strike ends"), name="Olu", email="olu@example.net")
    assert [m.to for m in mailoutbox] == [["writer@example.org"]]
    assert mailoutbox[0].subject == 'New comment on your story "Ferry strike ends"'
    assert "olu@example.net" not in mailoutbox[0].body


def test_author_notifications_are_a_setting(post, mailoutbox, discussion):
    discussion(moderation="none", notify_authors=False)
    post(make_article(authors=[make_author(user=make_user(email="writer@example.org"))]))
    assert mailoutbox == []


def test_staff_one_click_unsubscribe_stops_comment_emails(client, post, mailoutbox):
    moderator = make_moderator("mod@example.org")
    post(make_article())
    unsubscribe = link_in(mailoutbox[0], "/comments/notifications/unsubscribe/")
    assert client.post(unsubscribe).status_code == 200
    assert NotificationOptOut.objects.filter(user=moderator).exists()
    post(make_article())
    assert len(mailoutbox) == 1


def test_follow_ups_need_confirmation_first(client, post, mailoutbox, discussion):
    discussion(moderation="none")
    article = make_article(headline="Library hours extended")
    post(article, email="Follower@Example.org", notify="on")
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.confirmed_at) == ("follower@example.org", None)
    assert [m.to for m in mailoutbox] == [["follower@example.org"]]
    post(article, email="someone@example.org", body="An unconfirmed reader is not told of this.")
    assert len(mailoutbox) == 1

    confirm = link_in(mailoutbox[0], "/comments/follow-ups/confirm/")
    page = client.get(confirm)
    assert page.status_code == 200 and b"You are subscribed" in page.content
    subscription.refresh_from_db()
    assert subscription.is_confirmed()

    post(article, name="Second Voice", email="second@example.org", body="Now the follower hears of this.")
    follow_up = mailoutbox[-1]
    assert follow_up.to == ["follower@example.org"]
    assert follow_up.subject == 'New comment on "Library hours extended"'
    assert "Now the follower hears of this." in follow_up.body
    assert "second@example.org" not in follow_up.body
    comment_link = link_in(follow_up, "/comments/")
    assert client.get(comment_link).status_code == 302

    unsubscribe = link_in(follow_up, "/comments/follow-ups/unsubscribe/")
    assert follow_up.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    page = client.get(unsubscribe)
    assert b"You are unsubscribed" in page.content
    assert not Subscription.objects.exists()
    post(article, email="third@example.org", body="Nobody is told any more.")
    assert len(mailoutbox) == 2


def test_one_click_unsubscribe_by_post_as_mail_clients_do(client, post, mailoutbox):
    article = make_article()
    post(article, notify="on")
    unsubscribe = link_in(mailoutbox[-1], "/comments/follow-ups/unsubscribe/")
    assert client.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscription.objects.exists()


def test_the_commenter_is_not_told_of_their_own_comment(client, post, mailoutbox, discussion):
    discussion(moderation="none")
    article = make_article()
    Subscription.objects.create(article=article, email="me@example.org", confirmed_at="2026-01-01T00:00Z")
    post(article, email="ME@example.org")
    assert mailoutbox == []


def test_spam_never_sends_a_confirmation(post, mailoutbox):
    post(make_article(), notify="on", homepage="bot was here")
    assert mailoutbox == [] and not Subscription.objects.exists()


def test_a_second_request_within_a_day_sends_no_second_confirmation(post, mailoutbox):
    article = make_article()
    post(article, email="eager@example.org", notify="on")
    post(article, email="eager@example.org", notify="on", body="Again")
    assert len(mailoutbox) == 1


@pytest.mark.parametrize("view", ["comments:confirm", "comments:unsubscribe", "comments:staff_unsubscribe"])
def test_damaged_links_get_a_clear_page(client, view):
    response = client.get(reverse(view, kwargs={"token": "not-a-real-token"}))
    assert response.status_code == 400
    assert b"This link does not work" in response.content


def test_approval_in_the_admin_notifies_once(client, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(make_user(is_staff=True, is_superuser=True, email=""))
    article = make_article()
    Subscription.objects.create(
        article=article, email="watcher@example.org", confirmed_at="2026-01-01T00:00Z"
    )
    held = make_comment(article, status="pending")
    url = reverse("admin:comments_comment_changelist")
    for action in ["approve", "unapprove", "approve"]:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"action": action, "_selected_action": [held.pk]})
    assert [m.to for m in mailoutbox] == [["watcher@example.org"]]
