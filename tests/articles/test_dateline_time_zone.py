"""The dateline gives the day where the story was filed, and says where in the structured data (#14)."""

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_article
from tests.structured_data import story_data

pytestmark = pytest.mark.django_db

# 01:30 on 25 February in Minsk (UTC+3) is still 24 February in the site's zone (UTC).
FILED = datetime(2026, 2, 24, 22, 30, tzinfo=UTC)


def test_the_dateline_day_is_the_day_where_the_story_was_filed(settings):
    settings.TIME_ZONE = "UTC"
    article = make_article(
        published_at=FILED, dateline_place="MINSK", dateline_time_zone="Europe/Minsk", source_credit=""
    )
    assert article.dateline == "MINSK, February 25."
    assert article.get_absolute_url().startswith("/2026/02/24/")  # the address keeps the site's day


def test_without_a_zone_the_dateline_uses_the_sites_day(settings):
    settings.TIME_ZONE = "UTC"
    article = make_article(published_at=FILED, dateline_place="MINSK", source_credit="")
    assert article.dateline == "MINSK, February 24."


def test_an_unknown_time_zone_is_refused_with_a_clear_message():
    article = make_article(dateline_place="MINSK")
    article.dateline_time_zone = "Europe/Atlantis"
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert refused.value.message_dict["dateline_time_zone"] == [
        "“Europe/Atlantis” is not a time zone name; choose one such as Europe/Minsk."
    ]


def test_structured_data_says_where_the_story_was_filed(client):
    article = make_article(
        published_at=FILED,
        dateline_place="MINSK",
        dateline_time_zone="Europe/Minsk",
        source_credit="RIA Novosti",
    )
    data = story_data(client.get(article.get_absolute_url()).content.decode())
    assert data["dateline"] == "MINSK, February 25 – RIA Novosti."
    assert data["locationCreated"] == {"@type": "Place", "name": "MINSK"}
