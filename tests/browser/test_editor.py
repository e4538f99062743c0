"""An editor's journey through the Django admin in a real browser: sign in, write, publish."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from tests.factories import make_article, make_author, make_comment, make_section, make_user

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(transactional_db):
    make_section(name="Harbour", slug="harbour")
    make_author(name="Mira Quay", slug="mira-quay")
    return make_user(username="editor", password="a long editor password", is_staff=True, is_superuser=True)


def choose(page, field_id, text):
    """Pick `text` in one of the admin's autocomplete (select2) fields."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def sign_in(page, live_server):
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a long editor password")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    assert page.locator("#site-name").is_visible(), f"not signed in: {page.url}"


def test_editor_signs_in_writes_and_publishes_an_article(editor, desktop_page, live_server, axe, screenshot):
    page = desktop_page
    sign_in(page, live_server)
    axe(page)
    screenshot(page, "dashboard")

    page.goto(live_server.url + "/admin/articles/article/add/")
    page.get_by_label("Headline").press_sequentially("Harbour lights return after forty years")
    assert page.locator("#id_slug").input_value() == "harbour-lights-return-after-forty-years"
    page.get_by_label("Standfirst").fill("The old lamps are lit again along the quay.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("The harbour lamps were switched on at dusk.")
    choose(page, "id_section", "Harbour")
    choose(page, "id_bylines-0-author", "Mira Quay")
    page.locator("#id_status").select_option("published")
    published_at = timezone.localtime() - timedelta(minutes=5)
    page.locator("#id_published_at_0").fill(f"{published_at:%Y-%m-%d}")
    page.locator("#id_published_at_1").fill(f"{published_at:%H:%M:%S}")
    screenshot(page, "new-article")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".messagelist .success").count() == 1, page.locator(
        ".errornote, .errorlist"
    ).all_inner_texts()
    axe(page)
    screenshot(page, "saved")

    article = Article.objects.published().get(slug="harbour-lights-return-after-forty-years")
    response = page.goto(live_server.url + article.get_absolute_url())
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Harbour lights return after forty years"
    assert "Mira Quay" in page.locator(".byline").inner_text()
    axe(page)
    page.goto(live_server.url + "/")
    assert page.locator(".front-lead").get_by_text("Harbour lights return after forty years").is_visible()
    screenshot(page, "published")


@pytest.mark.xfail(
    strict=True,
    reason="Known: the body editor (Tiptap), the select2 autocompletes, the split date/time inputs and the "
    "byline position column have no accessible names (Django admin and widget markup).",
)
def test_article_form_has_no_axe_violations(editor, desktop_page, live_server, axe):
    sign_in(desktop_page, live_server)
    desktop_page.goto(live_server.url + "/admin/articles/article/add/")
    axe(desktop_page)


@pytest.mark.parametrize("changelist", ["/admin/articles/article/", "/admin/comments/comment/"])
def test_admin_lists_pass_axe(editor, desktop_page, live_server, axe, changelist, screenshot):
    sign_in(desktop_page, live_server)
    response = desktop_page.goto(live_server.url + changelist)
    assert response.status == 200
    axe(desktop_page)
    screenshot(desktop_page, "list")


def test_moderator_approves_a_held_comment(editor, desktop_page, live_server, axe, screenshot):
    page = desktop_page
    article = make_article(headline="Ferry timetable changes")
    held = make_comment(article, body="Held until someone looks.", status=Comment.Status.PENDING)
    sign_in(page, live_server)

    page.goto(live_server.url + "/admin/comments/comment/?status__exact=pending")
    page.locator(f"input[name=_selected_action][value='{held.pk}']").check()
    page.locator("select[name=action]").select_option("approve")
    with page.expect_navigation():
        page.get_by_role("button", name="Go", exact=True).click()
    assert page.locator(".messagelist .success").count() == 1
    axe(page)
    screenshot(page, "approved")

    page.goto(live_server.url + article.get_absolute_url())
    assert page.locator(f"#comment-{held.pk}").get_by_text("Held until someone looks.").is_visible()
