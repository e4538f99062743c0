"""Two editors on one article in a real browser: the "is editing" notice, then an edit conflict."""

import pytest

from articles import presence
from tests.factories import make_article, make_user

pytestmark = pytest.mark.browser


def test_editor_sees_a_colleague_editing_then_saves_anyway_over_their_change(
    sign_in, desktop_page, live_server, axe, screenshot, page_errors, monkeypatch
):
    page = desktop_page
    colleague = make_user(first_name="Sam", last_name="Reed", is_staff=True, is_superuser=True)
    article = make_article(headline="Ferry timetable changes")
    monkeypatch.setattr(presence, "REFRESH_SECONDS", 1)  # the form's script asks every second, not every 30
    sign_in(page)
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    assert page.locator("#article-presence").inner_text() == ""

    presence.start_editing(article.pk, colleague)
    notice = page.locator("#article-presence .warning")
    notice.wait_for()
    assert notice.inner_text().startswith("Sam Reed is editing this article.")
    screenshot(page, "colleague-editing")

    article.headline = "Ferry timetable changes again"
    article._history_user = colleague
    article.save()
    page.get_by_label("Headline").fill("Winter ferry timetable")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".errorlist.nonfield").inner_text().startswith("Sam Reed saved this article at")
    assert page.get_by_label("Headline").input_value() == "Winter ferry timetable"
    # Checked before axe runs: axe-core's own probes apply inline styles, which the admin's CSP refuses.
    assert page_errors(page) == [], page_errors(page)
    axe(page)
    screenshot(page, "edit-conflict")

    page.get_by_label("Save anyway, replacing their changes").check()
    # The story is public and its headline changed: the editor says no note to readers is needed.
    page.get_by_label("Does this change need a note to readers?").select_option("none")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".messagelist .success").count() == 1
    article.refresh_from_db()
    assert article.headline == "Winter ferry timetable"
