"""An editor's journey through the Django admin in a real browser: sign in, write, publish."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image as PILImage

from articles.models import Article
from comments.models import Comment
from tests.factories import make_article, make_author, make_comment, make_section, make_tag

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(editor):
    """The editor, in a newsroom with a section and an author to pick."""
    make_section(name="Harbour", slug="harbour")
    make_author(name="Mira Quay", slug="mira-quay")
    return editor


def choose(page, field_id, text):
    """Pick `text` in one of the admin's autocomplete (select2) fields."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def write_jpeg(path, size=(1200, 800)):
    """A photo-like JPEG on disk, as an editor's file picker would offer it."""
    PILImage.linear_gradient("L").resize(size).convert("RGB").save(path, "JPEG", quality=85)
    return path


def test_editor_signs_in_writes_and_publishes_an_article(
    sign_in, desktop_page, live_server, axe, screenshot, tmp_path
):
    page = desktop_page
    sign_in(page)
    axe(page)
    screenshot(page, "dashboard")

    page.goto(live_server.url + "/admin/articles/image/add/")
    page.get_by_label("Image file").set_input_files(write_jpeg(tmp_path / "harbour-lamps.jpg"))
    page.get_by_label("Alt text").fill("Lamps glowing along the harbour wall at dusk")
    page.get_by_label("Credit").fill("Photo: Mira Quay / Newsroom")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".messagelist .success").count() == 1, page.locator(".errorlist").all_inner_texts()
    screenshot(page, "image-uploaded")

    page.goto(live_server.url + "/admin/articles/article/add/")
    page.get_by_label("Headline").press_sequentially("Harbour lights return after forty years")
    assert page.locator("#id_slug").input_value() == "harbour-lights-return-after-forty-years"
    page.get_by_label("Standfirst").fill("The old lamps are lit again along the quay.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("The harbour lamps were switched on at dusk.")
    choose(page, "id_section", "Harbour")
    choose(page, "id_bylines-0-author", "Mira Quay")
    choose(page, "id_lead_image", "Lamps glowing")
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
    lead = page.get_by_role("img", name="Lamps glowing along the harbour wall at dusk")
    assert lead.get_attribute("width") == "1200" and lead.get_attribute("height") == "800"
    assert re.fullmatch(r"\S+\.jpg 480w, \S+\.jpg 960w", lead.get_attribute("srcset"))
    webp = page.locator("picture source[type='image/webp']").first.get_attribute("srcset")
    assert re.fullmatch(r"\S+\.webp 480w, \S+\.webp 960w", webp)
    assert page.locator("figcaption .credit").text_content() == "Photo: Mira Quay / Newsroom"
    axe(page)
    page.goto(live_server.url + "/")
    assert page.locator(".front-lead").get_by_text("Harbour lights return after forty years").is_visible()
    screenshot(page, "published")


def test_article_form_has_no_axe_violations(sign_in, desktop_page, live_server, axe, screenshot):
    page = desktop_page
    sign_in(page)
    page.goto(live_server.url + "/admin/articles/article/add/")
    page.locator(".ProseMirror[contenteditable][aria-labelledby]").wait_for()
    assert page.get_by_role("textbox", name="Body").count() == 1
    assert page.get_by_role("combobox", name="Section").count() == 1
    page.locator("#id_section + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field[aria-labelledby]").wait_for()
    axe(page)
    screenshot(page, "add-form")


def test_change_forms_have_no_axe_violations(sign_in, desktop_page, live_server, axe, screenshot):
    page = desktop_page
    article = make_article(headline="Ferry timetable changes", tags=[make_tag(name="Ferries")])
    comment = make_comment(article, body="When does the first boat leave?")
    first = article.history.first()
    article.body = "<p>The first boat leaves at six.</p>"
    article.save()
    latest = article.history.first()
    sign_in(page)
    for name, path in [
        ("article", f"/admin/articles/article/{article.pk}/change/"),
        ("image", "/admin/articles/image/add/"),
        ("comment", f"/admin/comments/comment/{comment.pk}/change/"),
        ("history", f"/admin/articles/article/{article.pk}/history/"),
        (
            "compare",
            f"/admin/articles/article/{article.pk}/history/compare/"
            f"?older={first.history_id}&newer={latest.history_id}",
        ),
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        axe(page)
        screenshot(page, name)


@pytest.mark.parametrize("changelist", ["/admin/articles/article/", "/admin/comments/comment/"])
def test_admin_lists_pass_axe(sign_in, desktop_page, live_server, axe, changelist, screenshot):
    sign_in(desktop_page)
    response = desktop_page.goto(live_server.url + changelist)
    assert response.status == 200
    axe(desktop_page)
    screenshot(desktop_page, "list")


def test_moderator_approves_a_held_comment(sign_in, desktop_page, live_server, axe, screenshot):
    page = desktop_page
    article = make_article(headline="Ferry timetable changes")
    held = make_comment(article, body="Held until someone looks.", status=Comment.Status.PENDING)
    sign_in(page)

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
