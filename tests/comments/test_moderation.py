"""The moderation policy as a commenter meets it: modes, link and word rules, flood control, duplicates."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from tests.factories import comment_form_data, make_article, make_comment, make_user

pytestmark = pytest.mark.django_db


def post(client, article, address="192.0.2.30", **overrides):
    url = reverse("comments:create", kwargs={"article_id": article.pk})
    return client.post(url, comment_form_data(article, **overrides), REMOTE_ADDR=address)


def latest():
    return Comment.objects.latest("pk")


@pytest.mark.parametrize(("mode", "status"), [("all", "pending"), ("known", "pending"), ("none", "approved")])
def test_moderation_mode_for_a_first_time_commenter(client, discussion, mode, status):
    discussion(moderation=mode)
    post(client, make_article())
    assert latest().status == status


def test_known_commenter_is_approved_in_known_mode(client):
    article = make_article()
    make_comment(article, name="Returning Reader", email="returning@example.org")
    post(client, article, name="Returning Reader", email="Returning@Example.org")
    assert (latest().status, latest().reason) == (Comment.Status.APPROVED, "")


def test_same_email_under_another_name_is_still_held(client):
    article = make_article()
    make_comment(article, name="Returning Reader", email="returning@example.org")
    post(client, article, name="Somebody Else", email="returning@example.org")
    assert (latest().status, latest().reason) == (Comment.Status.PENDING, Comment.Reason.FIRST_TIME)


def test_every_comment_held_in_all_mode_records_why(client, discussion):
    discussion(moderation="all")
    article = make_article()
    make_comment(article, name="Known", email="known@example.org")
    post(client, article, name="Known", email="known@example.org")
    assert (latest().status, latest().reason) == (Comment.Status.PENDING, Comment.Reason.HOLD_ALL)


@pytest.mark.parametrize("mode", ["all", "known", "none"])
def test_two_links_hold_a_comment_in_every_mode(client, discussion, mode):
    discussion(moderation=mode)
    post(client, make_article(), body="See https://one.example/ and www.two.example today.")
    comment = latest()
    assert (comment.status, comment.reason, comment.reason_detail) == ("pending", "links", "2 links")


def test_one_link_is_fine(client, discussion):
    discussion(moderation="none")
    post(client, make_article(), body="Source: https://one.example/report")
    assert latest().status == Comment.Status.APPROVED


def test_link_limit_is_a_setting(client, discussion):
    discussion(moderation="none", hold_links=4)
    post(client, make_article(), body="https://a.example https://b.example https://c.example")
    assert latest().status == Comment.Status.APPROVED


@pytest.mark.parametrize("mode", ["all", "known", "none"])
def test_moderation_word_holds_a_comment(client, discussion, mode):
    discussion(moderation=mode, moderation_words=["casino", "crypto offer"])
    post(client, make_article(), body="Great article. Also: CASINO nights!")
    comment = latest()
    assert (comment.status, comment.reason, comment.reason_detail) == (
        "pending",
        "moderation_word",
        'word "casino"',
    )


def test_words_match_whole_words_only(client, discussion):
    discussion(moderation="none", moderation_words=["ass"])
    post(client, make_article(), body="A classic piece of reporting.")
    assert latest().status == Comment.Status.APPROVED


def test_moderation_words_also_match_name_email_website_and_ip(client, discussion):
    discussion(moderation="none", moderation_words=["198.51.100.7"])
    post(client, make_article(), address="198.51.100.7")
    assert latest().reason_detail == 'word "198.51.100.7"'


def test_blocked_word_marks_spam_and_keeps_the_comment(client, discussion):
    discussion(blocked_words=["cheap-pills.example"])
    article = make_article()
    response = post(client, article, website="https://cheap-pills.example/buy")
    comment = latest()
    assert (comment.status, comment.reason, comment.reason_detail) == (
        "spam",
        "blocked_word",
        'word "cheap-pills.example"',
    )
    # The poster is not told: the redirect looks like any held comment's.
    assert response.status_code == 302


def test_spam_is_not_shown_to_the_public(client, discussion):
    discussion(blocked_words=["spamword"])
    article = make_article()
    post(client, article, body="buy spamword now")
    assert b"buy spamword now" not in Client().get(article.get_absolute_url()).content


def test_second_comment_from_the_same_address_within_15_seconds_is_flood(client, discussion):
    discussion(moderation="none")
    article = make_article()
    assert post(client, article, body="First thought.").status_code == 302
    response = post(client, article, body="Second thought, typed fast.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "You are posting comments too quickly. Slow down." in html
    assert "Second thought, typed fast." in html
    flood = latest()
    assert (flood.status, flood.reason, flood.body) == ("spam", "flood", "Second thought, typed fast.")


def test_flood_refusal_does_not_extend_the_wait(client, discussion):
    discussion(moderation="none")
    article = make_article()
    make_comment(article, ip_address="192.0.2.31", created_at=timezone.now() - timedelta(seconds=20))
    make_comment(article, ip_address="192.0.2.31", status="spam", reason="flood")
    assert post(client, article, address="192.0.2.31").status_code == 302


def test_other_addresses_are_not_slowed_down(client, discussion):
    discussion(moderation="none")
    article = make_article()
    post(client, article, address="192.0.2.32")
    assert post(client, article, address="192.0.2.33").status_code == 302


def test_flood_interval_is_a_setting(client, discussion):
    discussion(flood_seconds=0)
    article = make_article()
    post(client, article)
    assert post(client, article).status_code == 302


def test_duplicate_comment_is_refused_with_wordpress_message(client, discussion):
    discussion(moderation="none")
    article = make_article()
    data = {"name": "Echo", "email": "echo@example.org", "body": "Said once."}
    post(client, article, address="192.0.2.34", **data)
    response = post(client, article, address="192.0.2.35", **data)
    assert response.status_code == 400
    assert (
        "Duplicate comment detected; it looks as though you&#x27;ve already said that!"
        in response.content.decode()
    )
    assert Comment.objects.count() == 1


def test_same_words_on_another_article_are_not_a_duplicate(client, discussion):
    discussion(moderation="none")
    data = {"name": "Echo", "email": "echo@example.org", "body": "Said once."}
    post(client, make_article(), address="192.0.2.36", **data)
    assert post(client, make_article(), address="192.0.2.37", **data).status_code == 302


def test_moderator_comments_skip_moderation_and_flood_control(client):
    moderator = make_user(is_staff=True, is_superuser=True)
    client.force_login(moderator)
    article = make_article()
    post(client, article, served_seconds_ago=0)
    assert post(client, article, served_seconds_ago=0).status_code == 302
    assert set(Comment.objects.values_list("status", flat=True)) == {"approved"}
