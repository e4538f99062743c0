"""Types of work as a reader meets them: the label, the sponsor and the disclosure, readable and
accessible at phone width and in dark mode (issue #14)."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_site(transactional_db):
    call_command("seed_demo", stdout=StringIO())


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_a_reader_sees_what_kind_of_story_it_is(
    demo_site, live_server, new_page, axe, screenshot, color_scheme
):
    page = new_page(375, color_scheme=color_scheme)
    sponsored = Article.objects.get(work_type__kind="sponsored")
    page.goto(live_server.url + sponsored.get_absolute_url())
    assert page.locator(".story__header .work-type").inner_text().lower() == "sponsored"
    assert "Nordvik Ferries" in page.get_by_role("note").inner_text()
    axe(page)
    screenshot(page, f"sponsored-{color_scheme}")
    opinion = Article.objects.get(work_type__kind="opinion")
    page.goto(live_server.url + opinion.section.get_absolute_url())
    card = page.locator(".card", has_text=opinion.headline)
    assert card.locator(".work-type").inner_text().lower() == "opinion"
    axe(page)
