"""Readers report comments (issue #16): a page of its own that needs no JavaScript, one report per reader,
a few an hour from any address, never saying who reported, and enough readers hold the comment for a
moderator, whose decision answers the reports."""

import itertools
import secrets

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from articles.models import Article
from comments import reports
from comments.models import Comment, CommentReport
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db


_addresses = itertools.count(1)
# The hourly counts live in the shared cache (Redis in CI), which outlives tests and test runs.
_RUN = secrets.randbits(32)


def new_address():
    """An address of its own, so no test (nor an earlier run) shares another's hourly count."""
    number = next(_addresses)
    return f"2001:db8:{_RUN >> 16:x}:{_RUN & 0xFFFF:x}::{number:x}"


def report(comment, address=None, **data):
    reader = Client(REMOTE_ADDR=address or new_address(), enforce_csrf_checks=True)
    form = reader.get(reverse("comments:report", args=[comment.pk]))
    token = form.cookies["csrftoken"].value
    data = {"reason": "abuse", "note": "", "csrfmiddlewaretoken": token} | data
    return reader.post(reverse("comments:report", args=[comment.pk]), data)


def test_every_approved_comment_offers_a_report_link_that_works_without_javascript(client):
    comment = make_comment(body="Everyone on this council is a crook.")
    page = client.get(comment.article.get_absolute_url()).content.decode()
    assert f'href="{reverse("comments:report", args=[comment.pk])}"' in page
    form = client.get(reverse("comments:report", args=[comment.pk]))
    assert form.status_code == 200 and "Everyone on this council is a crook." in form.content.decode()
    assert report(comment, address="198.51.100.7", note="Name-calling.").status_code == 200
    kept = CommentReport.objects.get()
    assert (kept.reason, kept.note, kept.comment) == ("abuse", "Name-calling.", comment)
    assert kept.reporter_key == reports.reporter_key("198.51.100.7") != "198.51.100.7"


def test_a_report_without_a_reason_is_answered_beside_the_field_and_keeps_the_note():
    comment = make_comment()
    response = report(comment, reason="", note="It names my neighbour.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose what is wrong with the comment." in html and "It names my neighbour." in html
    assert not CommentReport.objects.exists()


def test_held_comments_and_comments_on_unpublished_stories_cannot_be_reported(client):
    held = make_comment(status=Comment.Status.PENDING)
    draft = make_comment(make_article(status=Article.Status.DRAFT))
    for comment in (held, draft):
        assert client.get(reverse("comments:report", args=[comment.pk])).status_code == 404


def test_a_reader_counts_once_and_enough_readers_hold_the_comment(discussion, settings):
    settings.PAGE_CACHE = True
    discussion(reports_to_hide=2)
    comment = make_comment(body="Buy cheap watches at my shop.")
    reader = Client()
    assert "cheap watches" in reader.get(comment.article.get_absolute_url()).content.decode()
    same_reader = new_address()
    report(comment, address=same_reader, reason="spam")
    again = report(comment, address=same_reader, reason="spam")
    assert "You have reported this comment already" in again.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    report(comment, reason="off_topic")
    comment.refresh_from_db()
    assert (comment.status, comment.reason) == (Comment.Status.PENDING, Comment.Reason.REPORTED)
    assert comment.reason_detail == "2 reports: Off-topic, Spam or advertising"
    assert "cheap watches" not in reader.get(comment.article.get_absolute_url()).content.decode()


def test_reports_from_an_address_are_limited_per_hour():
    busy = new_address()
    for _ in range(reports.PER_HOUR):
        assert report(make_comment(), address=busy).status_code == 200
    refused = report(make_comment(), address=busy)
    assert refused.status_code == 429
    assert "You have sent many reports in the last hour." in refused.content.decode()


def test_a_reader_whose_reports_are_rejected_counts_for_less(discussion):
    discussion(reports_to_hide=2)
    doubtful = new_address()
    for _ in range(3):
        earlier = make_comment()
        report(earlier, address=doubtful)
        CommentReport.objects.filter(comment=earlier).update(verdict=CommentReport.Verdict.REJECTED)
    comment = make_comment()
    report(comment, address=doubtful)  # counts a quarter
    report(comment)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert reports.weight_of_reports(comment) == pytest.approx(1.25)


def test_the_moderators_decision_answers_the_reports_and_never_names_the_reporters(discussion):
    discussion(reports_to_hide=1)
    fine, abusive = make_comment(body="A fair point."), make_comment(body="Abuse.")
    report(fine)
    report(abusive)
    moderator = Client()
    moderator.force_login(make_user(is_staff=True, is_superuser=True))
    changelist = reverse("admin:comments_comment_changelist")
    moderator.post(changelist, {"action": "approve", ACTION_CHECKBOX_NAME: [fine.pk]})
    moderator.post(changelist, {"action": "mark_spam", ACTION_CHECKBOX_NAME: [abusive.pk]})
    assert fine.reports.get().verdict == CommentReport.Verdict.REJECTED
    assert abusive.reports.get().verdict == CommentReport.Verdict.UPHELD
    page = moderator.get(reverse("admin:comments_comment_change", args=[abusive.pk])).content.decode()
    assert "Abusive, hateful or threatening" in page
    assert abusive.reports.get().reporter_key not in page
