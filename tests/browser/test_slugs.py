"""The slug the admin fills in as an editor types is the slug the server makes of the same text
(imports, a slug left empty): one rule, in every script, transliterated or kept in Unicode."""

import pytest

from publishing.slugs import slug_for

pytestmark = pytest.mark.browser

HEADLINES = [
    "Harbour lights return after forty years",
    "Беларусь продолжит закупки молока у соседей",
    "Київ і Львів домовилися про спільний рейс",
    "Ελλάδα: νέα μέτρα για τα λιμάνια",
    "Straße über Köln wird gesperrt — ab Montag",
    "თბილისის მეტრო",
    "北京 港口 news, 2026!",
]


@pytest.mark.parametrize("unicode_slugs", [False, True], ids=["transliterated", "unicode"])
def test_the_admin_prefill_and_the_server_make_the_same_slug(
    sign_in, desktop_page, live_server, settings, unicode_slugs
):
    settings.UNICODE_SLUGS = unicode_slugs
    page = desktop_page
    sign_in(page)
    page.goto(live_server.url + "/admin/articles/article/add/")
    for headline in HEADLINES:
        page.get_by_label("Headline").fill("")
        page.get_by_label("Headline").press_sequentially(headline)
        # Letters off Playwright's US keyboard arrive as text input, without the key-up a real
        # keyboard sends (and the prefill listens to): finish with a key that has one.
        page.get_by_label("Headline").press("End")
        assert page.locator("#id_slug").input_value() == slug_for(headline, 255), headline
