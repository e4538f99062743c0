"""What kind of story it is: a label readers see, a schema.org type machines read, and paid content
that never passes for journalism (issue #14)."""

import re

import pytest
from defusedxml import ElementTree
from django.urls import reverse

from articles.models import Article, WorkType
from tests.editorial.conftest import article_form_data, make_staff
from tests.factories import make_article, make_section
from tests.structured_data import story_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def work_type(kind):
    return WorkType.objects.get(kind=kind, name="")


def story_json_ld(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    return story_data(page)


def sponsored_story(**overrides):
    return make_article(
        headline="Ferries add a late-night crossing for the festival season",
        work_type=work_type("sponsored"),
        sponsor="Nordvik Ferries",
        body='<p>Book at <a href="https://www.example.com/timetable">the timetable</a> or '
        '<a href="http://testserver/section/culture/">our culture pages</a>.</p>',
        **overrides,
    )


def test_every_kind_is_in_the_starting_list_and_plain_news_carries_no_label():
    kinds = {kind.kind: kind.labelled for kind in WorkType.objects.all()}
    assert set(kinds) == set(WorkType.Kind.values)
    assert kinds["news"] is False and all(labelled for kind, labelled in kinds.items() if kind != "news")


def test_an_opinion_piece_is_labelled_above_its_headline_and_on_its_card(client):
    section = make_section(name="Politics", slug="politics")
    make_article(
        headline="Why the tram must reach the suburbs", section=section, work_type=work_type("opinion")
    )
    make_article(headline="Council approves the bridge", section=section)
    story = client.get(Article.objects.get(work_type__kind="opinion").get_absolute_url()).content.decode()
    assert '<span class="work-type work-type--opinion">Opinion</span>' in story
    listing = client.get(section.get_absolute_url()).content.decode()
    assert listing.count('class="work-type') == 1  # the news report beside it has no label


def test_an_editor_can_name_the_label(client):
    column = WorkType.objects.create(kind=WorkType.Kind.OPINION, name="Column")
    article = make_article(work_type=column)
    assert (
        '<span class="work-type work-type--opinion">Column</span>'
        in client.get(article.get_absolute_url()).content.decode()
    )
    assert story_json_ld(client, article)["@type"] == "OpinionNewsArticle"


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        ("news", "ReportageNewsArticle"),
        ("analysis", "AnalysisNewsArticle"),
        ("opinion", "OpinionNewsArticle"),
        ("explainer", "BackgroundNewsArticle"),
        ("review", "ReviewNewsArticle"),
        ("interview", "NewsArticle"),
        ("sponsored", "AdvertiserContentArticle"),
    ],
)
def test_each_type_of_work_is_its_schema_org_type(client, kind, schema_type):
    article = make_article(
        work_type=work_type(kind), sponsor="Nordvik Ferries" if kind == "sponsored" else ""
    )
    assert story_json_ld(client, article)["@type"] == schema_type


def test_a_story_without_a_type_is_a_news_report(client):
    assert story_json_ld(client, make_article())["@type"] == "ReportageNewsArticle"


def test_sponsored_content_names_its_sponsor_and_says_what_it_is(client):
    article = sponsored_story()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "paid for by Nordvik Ferries" in page
    assert 'class="disclosure" role="note"' in page and "Nordvik Ferries paid for this story" in page
    assert story_json_ld(client, article)["sponsor"] == {"@type": "Organization", "name": "Nordvik Ferries"}


def test_paid_content_without_a_byline_names_no_empty_author(client):
    data = story_json_ld(client, sponsored_story(authors=[]))
    assert "author" not in data and data["sponsor"]["name"] == "Nordvik Ferries"


def test_a_sponsored_storys_links_elsewhere_are_marked_as_paid(client):
    page = client.get(sponsored_story().get_absolute_url()).content.decode()
    assert re.search(r'<a href="https://www\.example\.com/timetable" rel="sponsored [^"]*">', page)
    assert not re.search(r'href="http://testserver/section/culture/" rel="sponsored', page)


def test_sponsored_content_never_enters_a_feed_without_its_label(client):
    sponsored_story()
    make_article(headline="Council approves the bridge", work_type=work_type("analysis"))
    items = ElementTree.fromstring(client.get(reverse("articles:feed")).content).findall("./channel/item")
    titles = {item.findtext("title"): [c.text for c in item.findall("category")] for item in items}
    assert "Sponsored: Ferries add a late-night crossing for the festival season" in titles
    assert "Analysis" in titles["Council approves the bridge"]


def test_a_sponsored_story_without_a_sponsor_is_refused_beside_the_field(client):
    client.force_login(make_staff("Editor"))
    data = article_form_data(make_section(), work_type=work_type("sponsored").pk, sponsor="")
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["sponsor"] == [
        "A sponsored story names who paid for it."
    ]
    assert not Article.objects.exists()


def test_editors_filter_the_article_list_by_type_of_work(client):
    make_article(headline="Why the tram must reach the suburbs", work_type=work_type("opinion"))
    make_article(headline="Council approves the bridge")
    client.force_login(make_staff("Editor"))
    listing = client.get(
        reverse("admin:articles_article_changelist"), {"work_type__id__exact": work_type("opinion").pk}
    )
    assert "Why the tram must reach the suburbs" in listing.content.decode()
    assert "Council approves the bridge" not in listing.content.decode()
