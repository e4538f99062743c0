"""Dates, datelines and numbers as the site's language writes them; English stays as it was."""

from datetime import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from comments.templatetags.comments import comment_count_label
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db

FEBRUARY_25 = datetime(2021, 2, 25, 14, 30)


def wire_story(**overrides):
    return make_article(
        dateline_place="МИНСК",
        source_credit="РИА Новости",
        published_at=timezone.make_aware(FEBRUARY_25),
        **overrides,
    )


def test_russian_dateline_has_the_day_and_the_month_in_the_genitive(russian):
    assert wire_story().dateline == "МИНСК, 25 февраля – РИА Новости."


def test_russian_dateline_without_a_source(russian):
    story = make_article(dateline_place="ОСЛО", published_at=timezone.make_aware(datetime(2021, 7, 3, 9)))
    assert story.dateline == "ОСЛО, 3 июля."


def test_english_dateline_is_unchanged():
    story = make_article(
        dateline_place="MINSK", source_credit="RIA Novosti", published_at=timezone.make_aware(FEBRUARY_25)
    )
    assert story.dateline == "MINSK, February 25 – RIA Novosti."


def test_article_page_dates_are_russian(client, russian):
    story = wire_story()
    make_comment(story, created_at=timezone.make_aware(datetime(2021, 2, 26, 9, 5)))
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<span class="dateline">МИНСК, 25 февраля – РИА Новости.</span>' in html
    assert ">25 февраля 2021, 14:30</time>" in html
    assert ">26 февраля 2021 в 09:05</time>" in html


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/2021/", "2021"), ("/2021/02/", "Февраль 2021"), ("/2021/02/25/", "25 февраля 2021")],
)
def test_archive_headings_are_russian(client, russian, path, heading):
    wire_story()
    response = client.get(path)
    assert response.context["heading"] == heading
    assert f"{heading}: все материалы" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/2021/", "2021"), ("/2021/02/", "February 2021"), ("/2021/02/25/", "25 February 2021")],
)
def test_english_archive_headings_are_unchanged(client, path, heading):
    wire_story()
    response = client.get(path)
    assert response.context["heading"] == heading
    assert f"Stories from {heading}" in response.content.decode()


def test_card_dates_are_russian(client, russian):
    wire_story()
    assert ">25 февраля 2021</time>" in client.get("/latest/").content.decode()


def test_named_date_formats_exist_in_every_language(settings):
    """Each format named in newsroom/formats/ is in every language's module, or its name would print."""
    template = Template('{{ day|date:"CARD_DATE_FORMAT" }} · {{ day|date:"DATELINE_DATE_FORMAT" }}')
    day = timezone.make_aware(FEBRUARY_25)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            rendered = template.render(Context({"day": day}))
        assert "FORMAT" not in rendered, code


@pytest.mark.parametrize(
    ("count", "label"),
    [
        (0, "Комментариев нет"),
        (1, "1 комментарий"),
        (3, "3 комментария"),
        (11, "11 комментариев"),
        (21, "21 комментарий"),
        (1234, "1\xa0234 комментария"),
    ],
)
def test_comment_counts_are_russian(russian, count, label):
    assert comment_count_label(count) == label


def test_english_comment_counts_are_unchanged():
    assert [comment_count_label(n) for n in (0, 1, 1234)] == ["No comments", "1 comment", "1,234 comments"]


def test_a_russian_story_on_an_english_site_has_a_russian_dateline():
    assert wire_story(language="ru").dateline == "МИНСК, 25 февраля – РИА Новости."


def test_an_english_story_on_a_russian_site_has_an_english_dateline(russian):
    story = make_article(
        language="en-gb",
        dateline_place="MINSK",
        source_credit="RIA Novosti",
        published_at=timezone.make_aware(FEBRUARY_25),
    )
    assert story.dateline == "MINSK, February 25 – RIA Novosti."


def test_a_story_in_a_language_we_ship_no_formats_for_takes_djangos():
    story = make_article(
        language="de",
        dateline_place="BERLIN",
        source_credit="dpa",
        published_at=timezone.make_aware(FEBRUARY_25),
    )
    assert story.dateline == "BERLIN, 25. Februar – dpa."
