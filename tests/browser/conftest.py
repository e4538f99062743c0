"""Browser fixtures: one headless Debian Chromium per test session, driven by Playwright.

Reuse them in any test module under tests/browser/:

    pytestmark = pytest.mark.browser

    def test_front_page(live_server, phone_page, axe, screenshot):
        phone_page.goto(live_server.url + "/")
        axe(phone_page)                        # fails, listing every WCAG 2.2 A/AA violation
        screenshot(phone_page, "front-page")   # test-artifacts/screenshots/<test>--front-page.png

- `browser`: the session's Chromium; the test is skipped, saying why, when /usr/bin/chromium is missing
  (set CHROMIUM_PATH to use another binary).
- `phone_page` (375 px wide) and `desktop_page` (1280 px): fresh pages, each in its own context.
- `new_page(width, height=800, color_scheme="light", locale=None)`: any other viewport, colour scheme or
  browser language, e.g. `new_page(320)` for the narrowest phones, `new_page(1280, color_scheme="dark")`
  for dark mode or `new_page(375, locale="ru-RU")` for a Russian reader's browser.
- `axe(page, context=None)`: runs axe-core on the page (or on a CSS selector) and fails with a readable
  report of the violations; returns the axe results.
- `screenshot(page, name)`: saves a full-page PNG as a test artifact in test-artifacts/screenshots/ (cleared
  at the start of each run; tests/conftest.py prints the folder at the end).
- `page_errors(page)`: JavaScript errors and console errors the page has logged so far.
- `editor`: a staff user with every permission; `sign_in(page)` signs a page in to the admin as them.
- `reader(page)`: walks the public site in that page, checking every stop (reading.py): `visit(path, name)`,
  `follow(locator, name)`.

Every page loads only from the live server: a request to any other host is aborted and recorded, and
`page_errors` reports it, so a third-party request fails the journey that made it.
"""

import os
import re
from pathlib import Path

import pytest

from tests.browser.reading import Reader
from tests.conftest import SCREENSHOTS
from tests.factories import make_user

# Playwright's sync API runs an event loop in this thread; Django would refuse database access from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
# WCAG 2.0, 2.1 and 2.2, levels A and AA; axe-core tags each rule with the levels it belongs to.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session", autouse=True)
def _needs_chromium():
    # Autouse, so a missing browser skips before any slow test data is built.
    if not CHROMIUM.exists():
        pytest.skip(
            f"Browser tests need Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)."
        )


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Browser tests need the playwright package.")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    contexts = []

    def open_page(width, height=800, color_scheme="light", locale=None):
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=color_scheme, locale=locale
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(f"JavaScript error: {error}"))
        page.on("console", lambda message: record_console_error(page, message))

        def only_our_server(route):
            page.errors.append(f"Third-party request blocked: {route.request.url}")
            route.abort()

        page.route(re.compile(rf"^(?!{re.escape(live_server.url)}|data:|blob:|about:)"), only_our_server)
        return page

    yield open_page
    for context in contexts:
        context.close()


def record_console_error(page, message):
    # The browser logs an error page's own status too; the test checks that status itself.
    if message.type == "error" and message.location.get("url") != page.url:
        page.errors.append(f"Console error: {message.text} ({message.location.get('url')})")


@pytest.fixture
def phone_page(new_page):
    return new_page(**PHONE)


@pytest.fixture
def desktop_page(new_page):
    return new_page(**DESKTOP)


@pytest.fixture
def page_errors():
    return lambda page: list(page.errors)


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()

    def check(page, context=None):
        options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
        results = checker.run(page, context=context, options=options)
        violations = results.response["violations"]
        assert not violations, f"axe-core found WCAG 2.2 A/AA violations on {page.url}:\n" + "\n".join(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}\n"
            + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"])
            for violation in violations
        )
        return results

    return check


@pytest.fixture
def screenshot(request):
    test_name = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")

    def save(page, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{test_name}--{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save


@pytest.fixture
def editor(transactional_db):
    return make_user(username="editor", password="a long editor password", is_staff=True, is_superuser=True)


@pytest.fixture
def sign_in(editor, live_server):
    def sign_in(page):
        page.goto(live_server.url + "/admin/")
        page.get_by_label("Username").fill(editor.username)
        page.get_by_label("Password").fill("a long editor password")
        with page.expect_navigation():
            page.get_by_role("button", name="Log in").click()
        assert page.locator("#site-name").is_visible(), f"not signed in: {page.url}"

    return sign_in


@pytest.fixture
def reader(live_server, axe, screenshot, page_errors):
    """`reader(page)`: a Reader (reading.py) that walks the site in that page, checking every stop."""
    return lambda page: Reader(page, live_server, axe, screenshot, page_errors)
