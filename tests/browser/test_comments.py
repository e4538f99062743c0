"""A commenter's journeys in a real Chromium: errors that keep the text, the private moderation preview,
approval in the admin, replies with and without JavaScript, and "Save my name…" kept in the browser."""

import pytest
from django.contrib.auth import get_user_model

from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.browser


@pytest.fixture
def commenting(transactional_db, discussion):
    # A person types slower than a test: the anti-spam clock and flood control would refuse it.
    discussion(min_form_seconds=0, flood_seconds=0)


@pytest.fixture
def article(commenting):
    return make_article(headline="Harbour ferries return after the storm")


def open_article(page, live_server, article, query=""):
    page.goto(live_server.url + article.get_absolute_url() + query)
    return page


def fill_comment(page, body, name="Ines Moreau", email="ines@example.org", website=""):
    page.locator("#id_body").fill(body)
    page.locator("#id_name").fill(name)
    page.locator("#id_email").fill(email)
    if website:
        page.locator("#id_website").fill(website)


def post_comment(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Post Comment").click()


def test_empty_submission_shows_every_error_and_keeps_typed_text(
    live_server, article, desktop_page, axe, screenshot, page_errors
):
    page = open_article(desktop_page, live_server, article)
    post_comment(page)
    summary = page.locator("#comment-error-summary")
    for message in [
        "Please type your comment text.",
        "Please enter your name.",
        "Please enter your email address.",
    ]:
        assert summary.get_by_role("link", name=message).count() == 1
    assert page.evaluate("document.activeElement.id") == "comment-error-summary"

    page.locator("#id_body").fill("Words I do not want to type twice.")
    page.locator("#id_website").fill("https://ines.example/")
    post_comment(page)
    assert page.locator("#id_body").input_value() == "Words I do not want to type twice."
    assert page.locator("#id_website").input_value() == "https://ines.example/"
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert "Please enter your name." in page.locator("#id_name_error").inner_text()
    summary.get_by_role("link", name="Please enter your name.").click()
    assert page.evaluate("document.activeElement.id") == "id_name"
    axe(page)
    screenshot(page, "comment-errors")
    assert not page_errors(page)
    assert not Comment.objects.exists()


def test_held_comment_preview_then_approval_in_the_admin(
    live_server, article, browser, new_page, screenshot, page_errors
):
    author_page = open_article(new_page(1280), live_server, article)
    fill_comment(author_page, "First time here: the new timetable works well.")
    post_comment(author_page)
    preview = author_page.locator(".comment--preview")
    assert "Your comment is awaiting moderation." in preview.inner_text()
    assert "First time here" in preview.inner_text()
    screenshot(author_page, "moderation-preview")

    stranger = open_article(new_page(1280), live_server, article)
    assert "First time here" not in stranger.content()

    get_user_model().objects.create_superuser("moderator", "mod@example.org", "moderator-password")
    admin = new_page(1280)
    admin.goto(live_server.url + "/admin/")
    admin.get_by_label("Username").fill("moderator")
    admin.get_by_label("Password").fill("moderator-password")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Log in").click()
    assert "1 comment awaiting moderation" in admin.content()
    with admin.expect_navigation():
        admin.get_by_role("link", name="1 comment awaiting moderation").click()
    admin.locator("input[name=_selected_action]").first.check()
    admin.locator("select[name=action]").select_option("approve")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Go").click()
    assert "1 comment approved." in admin.content()
    screenshot(admin, "moderation-approved")

    fresh = open_article(new_page(1280), live_server, article)
    assert "First time here: the new timetable works well." in fresh.locator(".comment-list").inner_text()
    assert "awaiting moderation" not in fresh.content()
    assert not page_errors(author_page) and not page_errors(fresh)


def test_reply_nests_under_its_parent_with_javascript(
    live_server, article, desktop_page, axe, screenshot, page_errors
):
    parent = make_comment(article, name="Piet", body="The ferry was late again.")
    Comment.objects.filter(pk=parent.pk).update(email="ines@example.org", name="Ines Moreau")
    page = open_article(desktop_page, live_server, article)
    page.locator(f"#comment-{parent.pk} .comment__reply").click()
    assert page.locator(f"#comment-{parent.pk} #respond").count() == 1, "the form moves under the comment"
    assert page.locator("#reply-title-text").inner_text() == "Leave a Reply to Ines Moreau"
    assert page.evaluate("document.activeElement.id") == "id_body"
    fill_comment(page, "Only by ten minutes, to be fair.")
    screenshot(page, "reply-form-moved")
    post_comment(page)
    reply = Comment.objects.get(parent=parent)
    assert page.locator(f"#comment-{parent.pk} .comment-list--children #comment-{reply.pk}").count() == 1
    axe(page)
    assert not page_errors(page)


def test_cancel_reply_puts_the_form_back(live_server, article, desktop_page, page_errors):
    parent = make_comment(article)
    page = open_article(desktop_page, live_server, article)
    page.locator(f"#comment-{parent.pk} .comment__reply").click()
    page.get_by_role("link", name="Cancel reply").click()
    assert page.locator(f"#comment-{parent.pk} #respond").count() == 0
    assert page.locator("#id_reply_to").input_value() == ""
    assert page.locator("#reply-title-text").inner_text() == "Leave a Reply"
    assert not page_errors(page)


def test_reply_nests_under_its_parent_without_javascript(
    live_server, article, browser, screenshot, discussion
):
    discussion(moderation="none")
    parent = make_comment(article, name="Piet", body="Any news on the night crossing?")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    try:
        page = open_article(context.new_page(), live_server, article)
        with page.expect_navigation():
            page.locator(f"#comment-{parent.pk} .comment__reply").click()
        assert "replytocom" in page.url
        assert "Leave a Reply to Piet" in page.locator("#reply-title").inner_text()
        fill_comment(page, "It starts again in May.", name="Ana", email="ana@example.org")
        post_comment(page)
        reply = Comment.objects.get(parent=parent)
        assert page.locator(f"#comment-{parent.pk} .comment-list--children #comment-{reply.pk}").count() == 1
        screenshot(page, "reply-without-javascript")
    finally:
        context.close()


def test_save_my_name_refills_only_this_browser_even_from_a_shared_cache(
    live_server, article, new_page, discussion, page_errors
):
    discussion(moderation="none")
    mine = open_article(new_page(1280), live_server, article)
    fill_comment(
        mine,
        "Remember me, please.",
        name="Rosa Lind",
        email="rosa@example.org",
        website="https://rosa.example/",
    )
    mine.get_by_label("Save my name, email, and website in this browser for the next time I comment.").check()
    post_comment(mine)

    served = {}
    mine.on("response", lambda response: served.setdefault(response.url, response))
    open_article(mine, live_server, article)
    assert mine.locator("#id_name").input_value() == "Rosa Lind"
    assert mine.locator("#id_email").input_value() == "rosa@example.org"
    assert mine.locator("#id_website").input_value() == "https://rosa.example/"
    assert mine.get_by_label(
        "Save my name, email, and website in this browser for the next time I comment."
    ).is_checked()
    html_served_to_me = served[mine.url].text()
    assert "Rosa Lind" not in html_served_to_me.split('id="respond"')[1], "the server never fills the form"

    # Another browser, first straight from the site, then given the very page Rosa's browser got (as a
    # shared cache would serve it): the form stays empty.
    other = open_article(new_page(1280), live_server, article)
    assert other.locator("#id_name").input_value() == ""
    cached = new_page(1280)
    cached.route(
        live_server.url + article.get_absolute_url(),
        lambda route: route.fulfill(
            status=200, body=html_served_to_me, content_type="text/html; charset=utf-8"
        ),
    )
    open_article(cached, live_server, article)
    assert cached.locator("#id_name").input_value() == ""
    assert cached.locator("#id_email").input_value() == ""

    # Unticking forgets.
    mine.locator("#id_body").fill("Forget me now.")
    mine.get_by_label(
        "Save my name, email, and website in this browser for the next time I comment."
    ).uncheck()
    post_comment(mine)
    open_article(mine, live_server, article)
    assert mine.locator("#id_name").input_value() == ""
    assert not page_errors(mine) and not page_errors(other)


def test_link_to_a_comment_on_another_page_finds_it(
    live_server, article, desktop_page, discussion, page_errors
):
    discussion(per_page=2)
    comments = [make_comment(article) for _ in range(5)]
    page = desktop_page
    page.goto(live_server.url + article.get_absolute_url() + f"#comment-{comments[4].pk}")
    page.wait_for_url(f"**?cpage=3#comment-{comments[4].pk}")
    assert page.locator(f"#comment-{comments[4].pk}").is_visible()
    assert not page_errors(page)


def test_a_reader_reports_a_comment_and_it_is_held(
    live_server, article, new_page, axe, screenshot, discussion
):
    """The Report link and its page are plain HTML (no script of ours on it), axe-clean with their errors."""
    discussion(reports_to_hide=1)
    rude = make_comment(article, name="Troll", body="You are all idiots.")
    page = open_article(new_page(375), live_server, article)
    with page.expect_navigation():
        page.locator(f"#comment-{rude.pk} .comment__report").click()
    assert page.locator("h1").inner_text() == "Report a comment"
    assert page.locator("script[src]").count() == 0
    with page.expect_navigation():
        page.get_by_role("button", name="Send report").click()
    assert page.get_by_role("alert").first.inner_text() == "Choose what is wrong with the comment."
    axe(page)
    page.get_by_label("Abusive, hateful or threatening").check()
    page.get_by_label("Anything a moderator should know (optional)").fill("Insults other readers.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send report").click()
    assert "Thank you for your report" in page.locator("h1").inner_text()
    axe(page)
    screenshot(page, "report-sent")
    rude.refresh_from_db()
    assert (rude.status, rude.reason) == (Comment.Status.PENDING, Comment.Reason.REPORTED)
    assert "You are all idiots." not in open_article(page, live_server, article).content()
