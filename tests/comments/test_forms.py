"""Server-side validation of the "Leave a Reply" form: one test per rule, messages written for readers."""

import time

import pytest
from django.core import signing
from django.urls import reverse

from comments.forms import CommentForm, form_token
from comments.models import Comment
from comments.posting import submit
from tests.factories import comment_form_data, make_article, make_comment, make_user

pytestmark = pytest.mark.django_db


def bound_form(article, **overrides):
    form = CommentForm(comment_form_data(article, **overrides), article=article, ip_address="192.0.2.10")
    form.is_valid()
    return form


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("body", "", "Please type your comment text."),
        ("body", "   \n  ", "Please type your comment text."),
        ("body", "x" * 65526, "Your comment is too long (at most 65,525 characters)."),
        ("name", "", "Please enter your name."),
        ("name", "n" * 246, "Your name is too long (at most 245 characters)."),
        ("email", "", "Please enter your email address."),
        ("email", "not-an-address", "Please enter a valid email address."),
        ("email", "a" * 90 + "@example.org", "Your email address is too long (at most 100 characters)."),
        (
            "website",
            "javascript:alert(1)",
            "Please enter a valid website address, starting with http:// or https://.",
        ),
        (
            "website",
            "ftp://files.example.org/",
            "Please enter a valid website address, starting with http:// or https://.",
        ),
        (
            "website",
            "https://example.org/" + "p" * 200,
            "Your website address is too long (at most 200 characters).",
        ),
    ],
)
def test_each_field_rule_has_a_clear_message(field, value, message):
    form = bound_form(make_article(), **{field: value})
    assert form.errors[field] == [message]


def test_longest_allowed_comment_is_accepted():
    form = bound_form(make_article(), body="x" * 65525)
    assert form.is_valid(), form.errors


def test_website_without_scheme_becomes_https():
    form = bound_form(make_article(), website="example.org/me")
    assert form.cleaned_data["website"] == "https://example.org/me"


def test_filled_honeypot_is_kept_as_spam():
    article = make_article()
    form = bound_form(article, homepage="http://spam.example/")
    assert form.is_valid()
    comment, _ = submit(form)
    assert (comment.status, comment.reason) == (Comment.Status.SPAM, Comment.Reason.HONEYPOT)


def test_form_posted_within_three_seconds_is_spam():
    article = make_article()
    form = bound_form(article, served_seconds_ago=1)
    comment, _ = submit(form)
    assert (comment.status, comment.reason) == (Comment.Status.SPAM, Comment.Reason.TOO_FAST)


@pytest.mark.parametrize("token", ["", "forged", "eyJhcnRpY2xlIjoxfQ:1xXiuC:forgedsignature"])
def test_missing_or_forged_form_token_is_spam(token):
    form = bound_form(make_article(), form_token=token)
    comment, _ = submit(form)
    assert (comment.status, comment.reason) == (Comment.Status.SPAM, Comment.Reason.BAD_TOKEN)


def test_token_of_another_article_is_spam():
    article = make_article()
    form = bound_form(article, form_token=form_token(make_article(), served_at=time.time() - 60))
    assert submit(form)[0].reason == Comment.Reason.BAD_TOKEN


def test_form_older_than_the_limit_is_refused_with_text_kept_and_a_fresh_token(discussion, monkeypatch):
    discussion(form_expiry_hours=2)
    article = make_article()
    three_hours_ago = signing.b62_encode(int(time.time()) - 3 * 60 * 60)
    with monkeypatch.context() as served_then:
        served_then.setattr(signing.TimestampSigner, "timestamp", lambda signer: three_hours_ago)
        data = comment_form_data(article)
    form = CommentForm(data, article=article, ip_address="192.0.2.10")
    assert not form.is_valid()
    assert form.errors["form_token"] == [
        "This form was open for more than 2 hours, so it has expired. Please post your comment again."
    ]
    assert form["form_token"].value() != data["form_token"]
    assert form["body"].value() == data["body"]


def test_reply_to_unapproved_comment_is_refused():
    parent = make_comment(status=Comment.Status.PENDING)
    form = bound_form(parent.article, reply_to=str(parent.pk))
    assert form.errors["reply_to"] == ["Sorry, replies to unapproved comments are not allowed."]


def test_reply_to_comment_on_another_article_is_refused():
    parent = make_comment()
    form = bound_form(make_article(), reply_to=str(parent.pk))
    assert form.errors["reply_to"] == ["Sorry, you can only reply to comments on this story."]


@pytest.mark.parametrize("value", ["abc", "-3", "99999999", "1e5", "²", "9" * 40])
def test_reply_to_nonsense_is_refused(value):
    form = bound_form(make_article(), reply_to=value)
    assert form.errors["reply_to"] == ["Sorry, the comment you are replying to could not be found."]


def test_reply_deeper_than_the_thread_depth_is_refused(discussion):
    discussion(thread_depth=2)
    top = make_comment()
    second = make_comment(top.article, parent=top)
    form = bound_form(top.article, reply_to=str(second.pk))
    assert "nested as deeply as it can go" in form.errors["reply_to"][0]


def test_reply_records_parent_root_and_depth():
    top = make_comment()
    second = make_comment(top.article, parent=top)
    form = bound_form(top.article, reply_to=str(second.pk))
    comment, _ = submit(form)
    assert (comment.parent, comment.root, comment.depth) == (second, top, 3)


def test_closed_article_refuses_comments():
    form = bound_form(make_article(comments_open=False))
    assert form.non_field_errors() == ["Sorry, comments are closed on this story."]


def test_required_fields_are_marked_for_browsers_and_assistive_technology():
    form = CommentForm(article=make_article())
    for name in ["body", "name", "email"]:
        html = str(form[name])
        assert "required" in html and 'aria-required="true"' in html
    assert "aria-required" not in str(form["website"])


def test_email_is_described_by_the_not_published_note():
    form = CommentForm(article=make_article())
    assert 'aria-describedby="email-notes"' in str(form["email"])


def test_signed_in_staff_user_posts_without_name_and_email_fields():
    user = make_user(is_staff=True, first_name="Ada", last_name="Lovelace")
    article = make_article()
    data = comment_form_data(article)
    form = CommentForm(data, article=article, user=user, ip_address="192.0.2.11")
    assert "name" not in form.fields and "email" not in form.fields
    assert form.is_valid(), form.errors
    comment, _ = submit(form)
    assert (comment.name, comment.email, comment.user) == ("Ada Lovelace", user.email, user)


def test_form_posts_to_the_create_view_without_browser_validation():
    article = make_article()
    form = CommentForm(article=article)
    assert (
        form.helper.form_action == reverse("comments:create", kwargs={"article_id": article.pk}) + "#respond"
    )
    assert "novalidate" in form.helper.attrs
