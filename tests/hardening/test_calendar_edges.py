"""Dates at the far ends of the calendar answer 404 or a form error, never a 500 (issue #18).

A day near year 1 or 9999 can fall outside what a datetime holds once moved to UTC, depending on
the site's time zone: east of Greenwich for year 1, west of it for 9999.
"""

import pytest
from django.test import override_settings

from tests.factories import make_article

pytestmark = pytest.mark.django_db

FAR_ENDS = ["0001/01/01", "9999/12/31", "0001/01", "9999/12", "0001", "9999"]
ZONES = ["Pacific/Kiritimati", "Etc/GMT+12"]


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("day", FAR_ENDS)
def test_archives_at_the_ends_of_the_calendar_are_empty_not_broken(client, day, zone):
    make_article()
    with override_settings(TIME_ZONE=zone):
        response = client.get(f"/{day}/")
    assert response.status_code == 200
    assert "Nothing was published on this date." in response.content.decode()


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("day", ["0001/01/01", "9999/12/31"])
def test_permalinks_at_the_ends_of_the_calendar_lead_to_the_story_or_nowhere(client, day, zone):
    article = make_article()
    with override_settings(TIME_ZONE=zone):
        response = client.get(f"/{day}/{article.slug}/")
        assert response.status_code == 301
        assert response.headers["Location"] == article.get_absolute_url()
        assert client.get(f"/{day}/no-such-story/").status_code == 404
        assert client.get(f"/{day}/no-such-story/feed/").status_code == 404


@pytest.mark.parametrize("number", ["99999999999999999999", str(2**63)])
def test_archive_numbers_too_big_for_the_database_are_not_found(client, number):
    assert client.get(f"/2024/{number}/").status_code == 404
    assert client.get(f"/{number}/").status_code == 404


@pytest.mark.parametrize("zone", ZONES)
def test_search_between_the_ends_of_the_calendar_finds_the_story(client, zone):
    make_article(headline="Ferry timetable changes for winter")
    with override_settings(TIME_ZONE=zone):
        response = client.get("/search/", {"q": "ferry", "start": "0001-01-01", "end": "9999-12-31"})
    assert response.status_code == 200
    found = [article.headline for article in response.context["articles"]]
    assert found == ["Ferry timetable changes for winter"]


def test_a_search_date_beyond_the_calendar_is_a_form_error_beside_its_field(client):
    response = client.get("/search/", {"q": "ferry", "start": "10000-01-01"})
    assert response.status_code == 200
    assert response.context["form"].errors["start"] == ["Enter the start date as YYYY-MM-DD."]
