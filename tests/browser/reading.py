"""A reader walking the public site in one browser page, checking each stop as they go: its status, one
<h1> and a <main>, images that load, no sideways scroll, tap targets, axe, links that answer, no
JavaScript errors, and a screenshot. The `reader` fixture (conftest.py) builds one for a page.
"""

from urllib.parse import urldefrag

import pytest

# What a finger or a pointer must be able to hit (WCAG 2.2, 2.5.8): controls that stand alone.
TAP_TARGETS = (
    "nav a, .pagination__link, .tag-list a, .story-nav__link, button, select, textarea, "
    "input:not([type=hidden]):not([type=checkbox]):not([type=radio])"
)


class Reader:
    """Walks the site in one page, checking each stop: status, links, images, axe, layout."""

    def __init__(self, page, live_server, axe, screenshot, page_errors):
        self.page = page
        self.origin = live_server.url
        self.axe = axe
        self.screenshot = screenshot
        self.page_errors = page_errors
        self.checked_links = set()

    def arrive(self, name):
        page = self.page
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1, f"{name}: expected exactly one h1 on {page.url}"
        assert page.locator("main#main").count() == 1, f"{name}: no <main id=main> on {page.url}"
        self.assert_images_load(name)
        self.assert_no_horizontal_scroll(name)
        self.assert_tap_targets(name)
        self.axe(page)
        self.assert_links_answer(name)
        assert not self.page_errors(page), f"{name}: {self.page_errors(page)}"
        self.screenshot(page, name)

    def visit(self, path, name, *, status=200):
        response = self.page.goto(self.origin + path)
        assert response.status == status, f"{name}: {path} answered {response.status}"
        self.arrive(name)

    def follow(self, locator, name):
        with self.page.expect_navigation():
            locator.first.click()
        self.arrive(name)

    def assert_links_answer(self, name):
        hrefs = self.page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
        for href in hrefs:
            url, fragment = urldefrag(href)
            if url == urldefrag(self.page.url)[0] and fragment:
                assert self.page.locator(f"[id='{fragment}']").count() == 1, (
                    f"{name}: #{fragment} has no target"
                )
                continue
            if not url.startswith(self.origin) or url in self.checked_links:
                continue  # other sites are linked to (a commenter's website), never loaded or checked
            response = self.page.request.get(url, max_redirects=0)
            assert response.status == 200, f"{name}: link {url} answered {response.status}"
            self.checked_links.add(url)

    def assert_images_load(self, name):
        """Every image answers 200 with an image (lazy ones too, so they are fetched rather than awaited)."""
        for src in self.page.eval_on_selector_all(
            "img", "imgs => imgs.map(img => img.currentSrc || img.src)"
        ):
            response = self.page.request.get(src)
            assert response.ok, f"{name}: image {src} answered {response.status}"
            assert response.headers["content-type"].startswith("image/"), f"{name}: {src} is not an image"

    def assert_no_horizontal_scroll(self, name):
        width = self.page.evaluate("document.documentElement.scrollWidth")
        viewport = self.page.viewport_size["width"]
        wide = self.page.eval_on_selector_all(
            "body *",
            f"""elements => elements
                .filter(element => element.getBoundingClientRect().right > {viewport})
                .map(element => element.outerHTML.slice(0, 100))""",
        )
        assert width <= viewport, f"{name}: the page is {width} px wide in a {viewport} px viewport: {wide}"

    def assert_tap_targets(self, name):
        small = self.page.eval_on_selector_all(
            TAP_TARGETS,
            """targets => targets
                .map(target => [target, target.getBoundingClientRect()])
                .filter(([, box]) => box.width > 0 && (box.width < 24 || box.height < 24))
                .map(([target, box]) => `${target.outerHTML.slice(0, 80)} is ${box.width}x${box.height}`)""",
        )
        assert not small, f"{name}: tap targets under 24 x 24 px: {small}"

    def assert_headline_above_the_fold(self, name):
        box = self.page.locator("h1").bounding_box()
        fold = self.page.viewport_size["height"]
        assert box["y"] + box["height"] <= fold, f"{name}: the headline ends at {box['y'] + box['height']} px"


def tab_to(page, label, presses=10):
    """Tab forward until the control named `label` has focus, failing if any stop on the way (or it)
    shows no visible focus, or if it is never reached."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const focused = document.activeElement, style = getComputedStyle(focused);
                return {text: focused.textContent.trim(), outline: style.outlineStyle, tag: focused.tagName};
            }"""
        )
        assert focused["outline"] != "none", f"no visible focus on {focused}"
        if focused["text"] == label:
            return
    pytest.fail(f"Tab never reached the {label} button")
