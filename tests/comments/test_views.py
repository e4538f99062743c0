"""Posting a comment and reading them on the article page, through the test client."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from tests.factories import comment_form_data, make_article, make_comment, make_user

pytestmark = pytest.mark.django_db


def create_url(article):
    return reverse("comments:create", kwargs={"article_id": article.pk})


def post(client, article, address="192.0.2.20", **overrides):
    return client.post(create_url(article), comment_form_data(article, **overrides), REMOTE_ADDR=address)


def test_article_page_shows_the_leave_a_reply_form(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "Leave a Reply" in html
    assert "Your email address will not be published." in html
    assert "Required fields are marked" in html
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html and 'autocomplete="url"' in html
    assert 'type="email"' in html and 'type="url"' in html
    assert "Save my name, email, and website in this browser for the next time I comment." in html
    assert "Notify me of follow-up comments by email." in html
    assert ">Post Comment</button>" in html
    positions = [
        html.index(f'id="id_{name}"') for name in ["body", "name", "email", "website", "remember", "notify"]
    ]
    assert positions == sorted(positions)


def test_approved_comment_redirects_to_itself(client, discussion):
    discussion(moderation="none")
    article = make_article()
    response = post(client, article)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.APPROVED
    assert response.status_code == 302
    assert response.url == f"{article.get_absolute_url()}#comment-{comment.pk}"
    page = client.get(response.url).content.decode()
    assert comment.body in page
    assert "Thank you, your comment has been published." in page


def test_held_comment_is_previewed_to_its_author_only(client):
    article = make_article()
    response = post(client, article, body="Held for a first-time commenter.")
    comment = Comment.objects.get()
    assert (comment.status, comment.reason) == (Comment.Status.PENDING, Comment.Reason.FIRST_TIME)
    own = client.get(response.url)
    assert "Held for a first-time commenter." in own.content.decode()
    assert "Your comment is awaiting moderation." in own.content.decode()
    assert "no-store" in own["Cache-Control"] and "private" in own["Cache-Control"]
    stranger = Client().get(article.get_absolute_url())
    assert "Held for a first-time commenter." not in stranger.content.decode()
    assert "no-store" not in stranger.get("Cache-Control", "")


def test_forged_preview_cookie_shows_nothing(client):
    comment = make_comment(status=Comment.Status.PENDING, body="Someone else's held words.")
    client.cookies["comment_preview"] = str(comment.pk)
    page = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Someone else&#x27;s held words." not in page


def test_invalid_post_rerenders_the_article_with_errors_and_keeps_the_text(client):
    article = make_article()
    response = post(client, article, name="", email="nope", body="My carefully typed words <b>& more</b>.")
    html = response.content.decode()
    assert response.status_code == 400
    assert article.headline in html
    assert 'id="comment-error-summary"' in html and 'tabindex="-1"' in html
    assert '<a href="#id_name">Please enter your name.</a>' in html
    assert '<a href="#id_email">Please enter a valid email address.</a>' in html
    assert "My carefully typed words &lt;b&gt;&amp; more&lt;/b&gt;." in html
    assert 'value="nope"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="email-notes id_email_error"' in html
    assert 'id="id_email_error"' in html
    assert not Comment.objects.exists()


def test_empty_post_lists_every_required_field(client):
    response = client.post(create_url(make_article()), {}, REMOTE_ADDR="192.0.2.21")
    html = response.content.decode()
    for message in [
        "Please type your comment text.",
        "Please enter your name.",
        "Please enter your email address.",
    ]:
        assert message in html


@pytest.mark.parametrize(
    "data",
    [
        {"body": ["one", "two"], "name": ["a", "b"]},
        {"body": "x", "reply_to": "'; drop table comments; --"},
        {"body": "\x00nul", "name": "x", "email": "a@example.org"},
        {"body": "x" * 200_000, "name": "n" * 10_000, "email": "e" * 5_000, "website": "w" * 5_000},
        {"notify": "maybe", "remember": ["1", "2"], "homepage": "x" * 1000},
    ],
)
def test_any_posted_junk_gets_a_page_not_a_crash(client, data):
    response = client.post(create_url(make_article()), data, REMOTE_ADDR="192.0.2.22")
    assert response.status_code == 400
    assert b"Leave a Reply" in response.content


def test_post_bigger_than_django_accepts_gets_a_clear_page(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(create_url(make_article()), {"body": "x" * 5000}, REMOTE_ADDR="192.0.2.23")
    assert response.status_code == 400
    assert b"far too long" in response.content


def test_unknown_article_keeps_the_text_on_a_clear_page(client):
    response = client.post(
        reverse("comments:create", kwargs={"article_id": 999999}),
        {"body": "Words worth keeping."},
        REMOTE_ADDR="192.0.2.24",
    )
    assert response.status_code == 404
    assert b"could not be found" in response.content
    assert b"Words worth keeping." in response.content


def test_unpublished_article_takes_no_comments(client):
    draft = make_article(status="draft")
    response = post(client, draft)
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_get_on_the_post_address_is_refused_politely(client):
    response = client.get(create_url(make_article()))
    assert response.status_code == 405


@pytest.mark.parametrize(
    "headers",
    [
        {},  # from no page at all
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},  # a sandboxed frame or a data: page
        {"HTTP_REFERER": "https://evil.example/story/"},
    ],
)
def test_a_post_from_another_site_is_refused_with_the_text_kept(headers):
    client = Client(enforce_csrf_checks=True)
    article = make_article()
    data = comment_form_data(article, body="Typed before lunch.")
    response = client.post(create_url(article), data, REMOTE_ADDR="192.0.2.25", **headers)
    assert response.status_code == 403
    assert b"it did not come from a page of this site" in response.content
    assert b"Typed before lunch." in response.content
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "http://testserver"}, {"HTTP_REFERER": "http://testserver/2024/03/14/story/"}],
)
def test_a_post_from_a_cached_page_of_this_site_is_accepted(headers):
    client = Client(enforce_csrf_checks=True)
    article = make_article()
    Client().get(article.get_absolute_url())  # another reader's visit caches the page
    page = client.get(article.get_absolute_url())
    assert page.headers["X-Page-Cache"] == "hit"
    assert "csrftoken" not in page.cookies and b"csrfmiddlewaretoken" not in page.content
    response = client.post(
        create_url(article), comment_form_data(article), REMOTE_ADDR="192.0.2.26", **headers
    )
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_closed_article_says_so_where_the_form_was(client):
    article = make_article(comments_open=False)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Comments are closed on this story." in html
    assert 'id="commentform"' not in html


def test_comments_close_automatically_after_the_configured_days(client, discussion):
    discussion(close_after_days=30)
    published = timezone.make_aware(timezone.datetime(2021, 2, 10, 12, 0))
    article = make_article(published_at=published)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Comments closed on 12 March 2021." in html
    response = post(client, article, body="Too late, sadly.")
    assert response.status_code == 400
    assert "Sorry, comments are closed on this story." in response.content.decode()
    assert "Too late, sadly." in response.content.decode()


def test_comments_stay_open_without_automatic_closing(client):
    article = make_article(published_at=timezone.now() - timedelta(days=4000))
    assert 'id="commentform"' in client.get(article.get_absolute_url()).content.decode()


def test_comment_text_is_plain_text_with_paragraphs_and_safe_links(client):
    article = make_article()
    make_comment(
        article,
        body="<script>alert(1)</script> first line\nsecond line\n\nSee https://example.org/page now",
        website="https://commenter.example/",
        name="Linda <i>Link</i>",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; first line<br>\nsecond line</p>" in html
    assert (
        '<a href="https://example.org/page" rel="nofollow ugc noopener">https://example.org/page</a>' in html
    )
    assert (
        '<a class="url" href="https://commenter.example/" rel="nofollow ugc noopener">'
        "Linda &lt;i&gt;Link&lt;/i&gt;</a>" in html
    )


def test_stored_non_http_website_is_never_linked(client):
    article = make_article()
    make_comment(article, website="javascript:alert(1)", name="Sneaky")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "javascript:alert" not in html


def test_replies_nest_under_their_parent(client):
    article = make_article()
    top = make_comment(article, body="Top of the thread.")
    reply = make_comment(article, parent=top, body="A reply.")
    html = client.get(article.get_absolute_url()).content.decode()
    top_at = html.index(f'id="comment-{top.pk}"')
    nested_list = html.index("comment-list--children", top_at)
    assert top_at < nested_list < html.index(f'id="comment-{reply.pk}"')


def test_replies_beyond_the_depth_line_up_at_the_deepest_level(client, discussion):
    discussion(thread_depth=2)
    article = make_article()
    top = make_comment(article)
    second = make_comment(article, parent=top)
    third = Comment.objects.create(
        article=article, parent=second, name="Deep", email="d@example.org", body="deep", status="approved"
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert f'id="comment-{third.pk}" class="comment comment--level-2' in html
    assert f"replytocom={second.pk}" not in html
    assert f"replytocom={top.pk}" in html


def test_reply_link_without_javascript_sets_the_form_to_reply(client):
    article = make_article()
    top = make_comment(article, name="Maria")
    response = client.get(article.get_absolute_url() + f"?replytocom={top.pk}")
    html = response.content.decode()
    assert "Leave a Reply to Maria" in html
    assert f'name="reply_to" value="{top.pk}"' in html
    assert 'id="cancel-comment-reply-link"' in html and "Cancel reply</a>" in html


def test_reply_link_to_a_held_comment_is_ignored(client):
    article = make_article()
    held = make_comment(article, status=Comment.Status.PENDING, name="Hidden")
    html = client.get(article.get_absolute_url() + f"?replytocom={held.pk}").content.decode()
    assert ">Leave a Reply</span>" in html  # the form answers the article, not the comment


def test_posted_reply_is_held_in_place_under_its_parent(client):
    article = make_article()
    top = make_comment(article)
    response = post(client, article, reply_to=str(top.pk), body="My reply, held.")
    reply = Comment.objects.get(parent=top)
    html = client.get(response.url).content.decode()
    assert html.index(f'id="comment-{top.pk}"') < html.index("My reply, held.")
    assert f'id="comment-{reply.pk}" class="comment comment--level-2 comment--preview"' in html


def test_top_level_comments_are_paginated_and_permalinks_find_their_page(client, discussion):
    discussion(per_page=3)
    article = make_article()
    start = timezone.now() - timedelta(days=1)
    comments = [make_comment(article, created_at=start + timedelta(minutes=n)) for n in range(7)]
    reply = make_comment(article, parent=comments[4], created_at=start + timedelta(hours=2))
    first = client.get(article.get_absolute_url())
    assert [c.pk for c in first.context["comments"]] == [c.pk for c in comments[:3]]
    assert b"Comment page 1 of 3" in first.content
    assert b"?cpage=2#comments" in first.content
    response = client.get(reverse("comments:permalink", kwargs={"pk": reply.pk}))
    assert response.status_code == 302
    assert response.url == f"{article.get_absolute_url()}?cpage=2#comment-{reply.pk}"
    assert f'id="comment-{reply.pk}"'.encode() in client.get(response.url).content


def test_newest_first_ordering_is_a_setting(client, discussion):
    discussion(newest_first=True)
    article = make_article()
    old = make_comment(article, created_at=timezone.now() - timedelta(hours=2))
    new = make_comment(article, created_at=timezone.now() - timedelta(hours=1))
    assert [c.pk for c in client.get(article.get_absolute_url()).context["comments"]] == [new.pk, old.pk]


def test_permalink_of_a_held_comment_is_not_found(client):
    held = make_comment(status=Comment.Status.PENDING)
    assert client.get(held.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(("approved", "label"), [(0, "No comments"), (1, "1 comment"), (12, "12 comments")])
def test_comment_counts_on_the_article_and_in_lists(client, approved, label):
    article = make_article()
    for _ in range(approved):
        make_comment(article)
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article, status=Comment.Status.SPAM)
    assert (
        f'<h2 id="comments-title" class="comments__title">{label}</h2>'
        in client.get(article.get_absolute_url()).content.decode()
    )
    assert f'#comments">{label}</a>' in client.get(reverse("articles:latest")).content.decode()


def test_signed_in_staff_see_logged_in_as_instead_of_their_details(client):
    user = make_user(is_staff=True, first_name="Grace", last_name="Hopper")
    client.force_login(user)
    article = make_article()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "Logged in as Grace Hopper." in html
    assert 'form="comment-logout"' in html and "Log out?" in html
    assert 'id="id_name"' not in html and 'id="id_email"' not in html
    assert "private" in response["Cache-Control"]
    logout = client.post(reverse("admin:logout"), {"next": article.get_absolute_url() + "#respond"})
    assert logout.status_code == 302 and logout.url.startswith(article.get_absolute_url())


def test_plain_article_page_stays_cacheable(client):
    response = client.get(make_article().get_absolute_url())
    assert "private" not in response.get("Cache-Control", "")
