"""DJANGO_LANGUAGE_CODE picks the site's one language; a language we do not ship stops start-up."""

import pytest

from tests.test_production import manage, production_env

pytestmark = pytest.mark.django_db


def test_an_unknown_language_stops_start_up_with_one_line():
    result = manage("check", env=production_env(DJANGO_LANGUAGE_CODE="xx"))
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Configuration error: DJANGO_LANGUAGE_CODE='xx' is not a language we ship: use one of en-gb, ru."
    ]


def test_russian_starts():
    result = manage("check", env=production_env(DJANGO_LANGUAGE_CODE="ru"))
    assert result.returncode == 0, result.stderr


def test_english_is_the_default(client):
    html = client.get("/").content.decode()
    assert '<html lang="en-gb" dir="ltr">' in html


def test_russian_pages_say_so(client, russian):
    assert '<html lang="ru" dir="ltr">' in client.get("/").content.decode()
    assert '<html lang="ru" dir="ltr">' in client.get("/no-such-page/").content.decode()


def test_a_page_cached_in_another_language_is_not_served(client, settings):
    """A shared cache (Redis) outlives a restart: pages kept in English are not served to a Russian site."""
    assert "Skip to main content" in client.get("/").content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    settings.LANGUAGE_CODE = "ru"
    html = client.get("/").content.decode()
    assert "Перейти к основному содержанию" in html


@pytest.mark.parametrize("language", ["en-gb", "ru"])
def test_models_match_their_migrations_in_every_language(language):
    """Translated labels must not make a site in another language see model changes to migrate."""
    result = manage(
        "makemigrations", "--check", "--dry-run", env=production_env(DJANGO_LANGUAGE_CODE=language)
    )
    assert result.returncode == 0, result.stdout + result.stderr
