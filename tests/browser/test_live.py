"""A reader follows a live page while an editor posts to it from the admin in another browser."""

import pytest

from tests.factories import make_entry, make_live_article

pytestmark = pytest.mark.browser


@pytest.fixture
def live_article(settings, transactional_db):
    settings.LIVE_POLL_SECONDS = 1  # the page's script asks every second, not every 15
    article = make_live_article(headline="Storm closes the port")
    for number in range(8):
        make_entry(article, title=f"Earlier update {number}", body="<p>" + "Wind and rain. " * 40 + "</p>")
    return article


def post_update(page, live_server, article, title, text):
    """The editor's quick form on the live article's admin page, posted without leaving it."""
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    form = page.locator("#live-entry-form")
    form.get_by_label("Title").fill(title)
    form.get_by_label("Text:", exact=True).fill(text)
    form.get_by_role("button", name="Post update").click()
    form.locator("[data-live-form-status]").filter(has_text="The update was posted").wait_for()
    assert form.get_by_label("Title").input_value() == ""  # ready for the next one


def test_a_reader_sees_an_editors_new_entry_without_reloading_or_losing_their_place(
    live_article, new_page, sign_in, live_server, axe, screenshot, page_errors
):
    reader = new_page(1280, 800)
    reader.goto(live_server.url + live_article.get_absolute_url())
    assert reader.get_by_role("link", name="Show new updates").is_hidden()  # the script shows updates itself
    place = reader.locator("#" + reader.locator(".live-entry").nth(3).get_attribute("id"))
    place.scroll_into_view_if_needed()
    top = place.bounding_box()["y"]

    editor = new_page(1280, 900)
    sign_in(editor)
    post_update(editor, live_server, live_article, "Port reopens at dawn", "The first ferry leaves at 06:30.")
    assert page_errors(editor) == [], page_errors(editor)
    axe(editor, context="#live-entry-form")

    reader.locator(".live-entry").filter(has_text="Port reopens at dawn").wait_for()
    assert reader.locator("[data-live-announce]").inner_text() == "1 new update"
    assert reader.locator(".live-entry").first.inner_text().find("Port reopens at dawn") >= 0
    assert abs(place.bounding_box()["y"] - top) <= 1  # what the reader was reading has not moved
    assert page_errors(reader) == [], page_errors(reader)
    axe(reader, context="#live")
    screenshot(reader, "new-entry-arrived")


def test_without_javascript_the_link_shows_new_updates(live_article, browser, new_page, sign_in, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    try:
        reader = context.new_page()
        reader.goto(live_server.url + live_article.get_absolute_url())
        editor = new_page(1280, 900)
        sign_in(editor)
        post_update(editor, live_server, live_article, "Trams back to full speed", "Gusts have dropped.")
        assert reader.get_by_text("Trams back to full speed").count() == 0
        reader.get_by_role("link", name="Show new updates").click()
        reader.locator(".live-entry").filter(has_text="Trams back to full speed").wait_for()
    finally:
        context.close()
