"""A reader's journey through the public site in a real browser, at phone and desktop widths."""

from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from pages.models import Page

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_site(transactional_db):
    call_command("seed_demo", stdout=StringIO())


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_reader_journey(demo_site, request, viewport, reader, settings):
    """Front → article → author → section → article → tag → archive → search → page 2 → latest → page 2."""
    settings.SEARCH_RESULTS_PER_PAGE = 3  # the live server runs in this process, so it sees this too
    page = request.getfixturevalue(f"{viewport}_page")
    walk = reader(page)

    walk.visit("/", f"{viewport}-1-front")
    lead_headline = page.locator(".front-lead .card__headline a").inner_text()

    walk.follow(page.locator(".front-lead .card__headline a"), f"{viewport}-2-article")
    assert page.locator("h1").inner_text() == lead_headline
    walk.assert_headline_above_the_fold(f"{viewport}-2-article")
    archive_year = urlsplit(page.url).path.split("/")[1]

    walk.follow(page.locator(".byline a"), f"{viewport}-3-author")
    assert page.locator(".card").count() > 0

    walk.follow(page.locator(".card .kicker a"), f"{viewport}-4-section")
    walk.follow(page.locator(".card__headline a"), f"{viewport}-5-article")
    walk.follow(page.locator(".tag-list a"), f"{viewport}-6-tag")
    assert page.locator(".card").count() > 0

    walk.visit(f"/{archive_year}/", f"{viewport}-7-archive")
    assert page.locator(".card").count() > 0

    page.get_by_role("searchbox", name="Search stories").first.fill("year")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    walk.arrive(f"{viewport}-8-search")
    assert page.locator(".search-result").count() == settings.SEARCH_RESULTS_PER_PAGE
    walk.follow(page.locator(".pagination a[rel=next]"), f"{viewport}-9-search-page-2")
    assert "Page 2 of" in page.locator(".pagination").inner_text()

    walk.follow(page.locator(".site-nav a", has_text="Latest"), f"{viewport}-10-latest")
    walk.follow(page.locator(".pagination a[rel=next]"), f"{viewport}-11-latest-page-2")
    assert "page=2" in page.url
    assert "Page 2 of" in page.locator(".pagination").inner_text()


def test_narrowest_phone_has_no_horizontal_scroll(demo_site, new_page, reader):
    """At 320 px (WCAG reflow) every page type fits the viewport; the article headline is above the fold."""
    page = new_page(320, 640)
    walk = reader(page)
    walk.visit("/", "320-front")
    walk.follow(page.locator(".front-lead .card__headline a"), "320-article")
    walk.assert_headline_above_the_fold("320-article")
    walk.follow(page.locator(".byline a"), "320-author")
    walk.follow(page.locator(".card .kicker a"), "320-section")


def test_keyboard_skip_link_reaches_main_and_focus_is_visible(demo_site, phone_page, live_server, screenshot):
    page = phone_page
    page.goto(live_server.url + "/")
    page.locator(".front-lead .card__headline a").click()
    page.wait_for_load_state()

    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to main content"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] >= 24, f"the focused skip link is off screen or tiny: {box}"
    screenshot(page, "skip-link-focused")

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)"), (
        "Tab after the skip link should move into the main content"
    )

    for _ in range(12):
        outline = page.evaluate(
            """() => {
                const focused = document.activeElement, style = getComputedStyle(focused);
                return [focused.outerHTML.slice(0, 80), style.outlineStyle, style.outlineWidth];
            }"""
        )
        element, style, width = outline
        assert style != "none" and float(width.removesuffix("px")) >= 2, f"no visible focus on {element}"
        page.keyboard.press("Tab")
    screenshot(page, "focus-visible")


def test_dark_mode_pages_pass_axe(demo_site, new_page, reader):
    """Dark mode has its own colours, so contrast is checked again with them."""
    page = new_page(1280, color_scheme="dark")
    walk = reader(page)
    walk.visit("/", "dark-front")
    walk.follow(page.locator(".front-lead .card__headline a"), "dark-article")
    walk.follow(page.locator(".byline a"), "dark-author")
    walk.visit("/no-such-page/", "dark-not-found", status=404)


def test_static_page_passes_the_reader_checks(demo_site, phone_page, reader):
    about = Page.objects.create(
        title="About The Newsroom",
        body="<p>We report from five desks.</p><h2>Corrections policy</h2><p>We correct errors openly.</p>",
        is_live=True,
    )
    reader(phone_page).visit(about.get_absolute_url(), "static-page")


def test_russian_pages_pass_the_reader_checks(demo_site, phone_page, reader, settings):
    """DJANGO_LANGUAGE_CODE=ru: axe and the other checks on every page type, with the Russian interface
    (longer words on a narrow phone, the language of the page)."""
    settings.LANGUAGE_CODE = "ru"  # the live server runs in this process, so it sees this too
    page = phone_page
    walk = reader(page)
    walk.visit("/", "ru-1-front")
    assert page.locator("html").get_attribute("lang") == "ru"
    walk.follow(page.locator(".front-lead .card__headline a"), "ru-2-article")
    archive_year = urlsplit(page.url).path.split("/")[1]
    walk.follow(page.locator(".byline a"), "ru-3-author")
    walk.follow(page.locator(".card .kicker a"), "ru-4-section")
    walk.follow(page.locator(".card__headline a"), "ru-5-article")
    walk.follow(page.locator(".tag-list a"), "ru-6-tag")
    walk.visit(f"/{archive_year}/", "ru-7-archive")
    walk.visit("/search/?q=year", "ru-8-search")
    walk.visit("/search/?q=zzzzqqq", "ru-9-search-nothing-found")
    walk.visit("/latest/?page=2", "ru-10-latest-page-2")
    walk.visit("/no-such-page/", "ru-11-not-found", status=404)
