"""The trust kit as a reader and an editor meet it in Chromium (issue #14): the newsroom's policies from
the footer, a story corrected at the top, the public corrections log and its feed, a retracted story's
410 page, a rich author page, and the admin asking whether a public story's change needs a note.
Every stop passes axe, keeps to the viewport and answers its links (tests/browser/reading.py)."""

from io import StringIO

import pytest
from defusedxml import ElementTree
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Author, Correction
from articles.roles import sync_roles
from tests.editorial.conftest import make_staff

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_site(transactional_db):
    call_command("seed_demo", stdout=StringIO())


def test_a_reader_checks_how_the_newsroom_works(demo_site, new_page, reader):
    """In dark mode, whose colours are checked least elsewhere; every stop passes axe."""
    page = new_page(375, color_scheme="dark")
    walk = reader(page)
    walk.visit("/", "trust-1-front")
    assert page.locator(".site-footer__policies a").count() >= 5
    walk.follow(page.locator('.site-footer__policies a[title="Corrections policy"]'), "trust-2-policy")

    corrected = Correction.objects.filter(at_top=True).select_related("article").first().article
    walk.visit(corrected.get_absolute_url(), "trust-3-corrected-story")
    top = page.locator(".corrections--above")
    assert top.is_visible() and top.bounding_box()["y"] < page.locator(".story__body").bounding_box()["y"]
    assert "Updated" in page.locator(".story__times").inner_text()

    walk.follow(page.locator(".site-footer a", has_text="Corrections").first, "trust-4-log")
    assert page.locator(".correction-log__entry", has_text=corrected.headline).first.is_visible()
    feed_link = page.locator("a", has_text="Follow corrections (RSS)")
    feed = page.request.get(feed_link.evaluate("link => link.href"))
    titles = [item.findtext("title") for item in ElementTree.fromstring(feed.body()).iter("item")]
    assert any(corrected.headline in title for title in titles)

    retracted = Article.objects.retracted().get()
    walk.visit(retracted.get_absolute_url(), "trust-5-retracted", status=410)
    assert page.locator("h1").inner_text() == retracted.headline
    assert retracted.retraction_note[:40] in page.locator(".story--retracted").inner_text()
    assert retracted.headline not in page.request.get(walk.origin + "/").text()

    author = Author.objects.exclude(title="").exclude(covers="").first()
    walk.visit(author.get_absolute_url(), "trust-6-author")
    profile = page.locator(".author-profile").inner_text()
    assert author.title in profile and author.covers.split(",")[0].strip() in profile


def test_an_editor_is_asked_whether_readers_need_a_note(demo_site, live_server, phone_page, screenshot):
    sync_roles(Group, Permission)  # the transactional database was emptied, its role groups too
    editor = make_staff("Editor", username="desk", password="correct horse battery")
    story = Article.objects.published().filter(work_type__isnull=True).first()
    page = phone_page
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill("correct horse battery")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + reverse("admin:articles_article_change", args=[story.pk]))
    page.get_by_label("Standfirst").fill("A corrected summary of what happened.")
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()
    question = page.get_by_label("Does this change need a note to readers?")
    assert "say whether readers need a note" in page.locator(".errorlist").first.inner_text()
    assert page.get_by_label("Standfirst").input_value() == "A corrected summary of what happened."
    question.select_option("clarification")
    page.get_by_role("textbox", name="Note to readers").fill("An earlier summary overstated the cost.")
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()
    screenshot(page, "trust-admin-note-saved")
    assert story.corrections.filter(kind="clarification", created_by=editor).exists()
    assert "Clarification: " in page.locator(".workflow-record").inner_text()
