"""The Discussion settings page in a real browser: it passes axe, and an editor's change shows at once."""

import pytest

from tests.factories import make_article, make_comment

pytestmark = pytest.mark.browser


def test_discussion_settings_pass_axe_and_apply_on_the_next_page(
    sign_in, desktop_page, new_page, live_server, axe, screenshot, page_errors
):
    article = make_article()
    for _ in range(3):
        make_comment(article)
    page = desktop_page
    sign_in(page)
    page.get_by_role("link", name="Discussion settings").click()
    assert page.url.endswith("/admin/comments/discussionsettings/1/change/")
    axe(page)
    screenshot(page, "discussion-settings")

    page.get_by_label("Top-level comments per page").fill("0")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".field-per_page .errorlist").inner_text() == "Show at least 1 comment per page."
    axe(page)

    page.get_by_label("Top-level comments per page").fill("2")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert "The Discussion settings were saved." in page.locator(".messagelist").inner_text()

    # A reader's next page load, in another browser: two comments a page now, no restart.
    reader = new_page(1280)
    reader.goto(live_server.url + article.get_absolute_url())
    assert reader.locator("#comments .comment").count() == 2
    assert not page_errors(reader)
