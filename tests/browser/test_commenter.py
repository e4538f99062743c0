"""A commenter's journey through the "Leave a Reply" form in a real browser."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.browser.reading import tab_to

pytestmark = pytest.mark.browser

REQUIRED = ["body", "name", "email"]


@pytest.fixture
def article_url(transactional_db, live_server, discussion):
    # The browser posts faster than the anti-bot clock allows; a first-time commenter is held, and
    # sees the preview.
    discussion(min_form_seconds=0, flood_seconds=0, moderation="known")
    call_command("seed_demo", stdout=StringIO())
    return live_server.url + Article.objects.published().first().get_absolute_url()


def field_error(page, field):
    return page.locator(f"#div_id_{field} .invalid-feedback")


def post(page):
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Post Comment").click()
    return navigation.value


def test_commenter_sees_every_error_keeps_text_and_previews_a_held_comment(
    article_url, phone_page, axe, screenshot, page_errors
):
    page = phone_page
    page.goto(article_url)
    page.locator("#commentform").scroll_into_view_if_needed()
    assert page.get_by_role("button", name="Post Comment").is_visible(), "the comment form is not reachable"

    response = post(page)
    assert response.status == 400
    for field in REQUIRED:
        assert field_error(page, field).is_visible(), f"no error shown beside the empty {field} field"
        assert page.locator(f"#id_{field}").get_attribute("aria-invalid") == "true"
    axe(page)
    screenshot(page, "empty-form-errors")

    page.locator("#id_body").fill("A tram to the ferry at last.\n\nWorth the dust.")
    page.locator("#id_name").fill("Ada Reader")
    page.locator("#id_email").fill("not-an-email")
    page.locator("#id_website").fill("https://ada.example.org")
    response = post(page)
    assert response.status == 400
    assert field_error(page, "email").is_visible()
    assert not field_error(page, "body").count() and not field_error(page, "name").count()
    assert page.locator("#id_body").input_value() == "A tram to the ferry at last.\n\nWorth the dust."
    assert page.locator("#id_name").input_value() == "Ada Reader"
    assert page.locator("#id_website").input_value() == "https://ada.example.org"
    axe(page)
    screenshot(page, "bad-email-error")

    page.locator("#id_email").fill("ada@example.com")
    response = post(page)
    assert response.status == 200
    assert "#comment-" in page.url
    held = page.locator(page.url[page.url.index("#") :])
    assert held.is_visible() and "Worth the dust." in held.inner_text()
    assert "ada@example.com" not in page.content()
    axe(page)
    assert not page_errors(page)
    screenshot(page, "held-comment-preview")


def test_commenter_posts_with_the_keyboard_only(article_url, desktop_page, screenshot):
    page = desktop_page
    page.goto(article_url)
    page.locator("#id_body").focus()  # as if tabbed to; the skip link journey covers getting this far
    page.keyboard.type("Typed without a mouse.")
    for text in ["Key Board", "keys@example.com"]:
        page.keyboard.press("Tab")
        page.keyboard.type(text)

    tab_to(page, "Post Comment")
    screenshot(page, "submit-focused")

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "#comment-" in page.url
    assert "Typed without a mouse." in page.locator(page.url[page.url.index("#") :]).inner_text()
    screenshot(page, "posted")
