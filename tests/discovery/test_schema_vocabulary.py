"""Our structured data is valid schema.org: every type and property exists and every value has a type
the property allows, on a story of each type of work and on the pages around them; and each story
carries what Google's article rich results recommend (issue #14)."""

from datetime import UTC, datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from articles.models import Correction, Image, WorkType
from pages.models import Page
from tests.editorial.pictures import picture_bytes
from tests.factories import make_article, make_author, make_tag
from tests.schema_vocabulary import problems, vocabulary
from tests.structured_data import json_ld

VOCABULARY = vocabulary()
if VOCABULARY is None:
    pytest.skip(
        "schema-dts is not installed (`make` installs it with npm): schema.org vocabulary checks skipped.",
        allow_module_level=True,
    )

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages", "media_root")]

# What Google's Article rich results recommend (there are no required ones), for every journalistic type.
RECOMMENDED = ["headline", "image", "datePublished", "dateModified", "author"]


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def full_story(kind):
    """A story of one type of work with everything our structured data can say about it."""
    author = make_author(
        name="Lena Marsh",
        title="Energy correspondent",
        covers="energy, climate",
        languages="en, ru",
        based_in="Minsk",
        public_email="lena.marsh@example.com",
        profile_links="https://social.example.org/@lena",
    )
    picture = Image.objects.create(file=ContentFile(picture_bytes(), name="lead.jpg"), alt_text="The plant")
    sponsored = kind == WorkType.Kind.SPONSORED
    article = make_article(
        headline=f"A {kind} story about the power plant",
        work_type=WorkType.objects.get(kind=kind, name=""),
        sponsor="Nordvik Ferries" if sponsored else "",
        authors=[] if sponsored else [author],
        tags=[make_tag(name="Energy")],
        lead_image=picture,
        published_at=datetime(2026, 2, 24, 22, 30, tzinfo=UTC),
        dateline_place="MINSK",
        dateline_time_zone="Europe/Minsk",
        source_credit="RIA Novosti",
        backstory="We visited the plant and read the operator's filings.",
        sources="Operator's annual report https://operator.example.org/report\nA site visit, February 2026",
    )
    Correction.objects.create(article=article, note="The plant opened in 1998, not 1989.", at_top=True)
    Correction.objects.create(article=article, kind=Correction.Kind.UPDATE, note="The operator replied.")
    return article


def objects_on(client, address):
    response = client.get(address)
    assert response.status_code == 200
    found = json_ld(response.content.decode())
    assert found, f"{address} carries no structured data"
    return found


def test_the_checker_finds_what_schema_org_does_not_have():
    """The vocabulary check itself can fail: a made-up type, property or wrongly typed value."""
    assert problems({"@type": "NewsReport", "headline": "x"}, VOCABULARY) == [
        "$: no schema.org type NewsReport"
    ]
    assert problems({"@type": "Person", "headline": "x"}, VOCABULARY) == [
        "$: Person has no property 'headline'"
    ]
    assert problems({"@type": "NewsArticle", "datePublished": "yesterday"}, VOCABULARY) == [
        "$.datePublished: text 'yesterday' where schema.org expects Date or DateTime"
    ]
    assert problems({"@type": "NewsArticle", "author": {"@type": "Place", "name": "x"}}, VOCABULARY) == [
        "$.author: a Place where schema.org expects Organization or Person or IdReference"
    ]


@pytest.mark.parametrize("kind", WorkType.Kind.values)
def test_every_type_of_story_carries_valid_schema_org(client, kind):
    article = full_story(kind)
    for data in objects_on(client, article.get_absolute_url()):
        assert problems(data, VOCABULARY) == []
        assert data["@context"] == "https://schema.org"


@pytest.mark.parametrize("kind", sorted(set(WorkType.Kind.values) - {WorkType.Kind.SPONSORED}))
def test_every_journalistic_story_has_what_google_recommends(client, kind):
    article = full_story(kind)
    story = next(data for data in objects_on(client, article.get_absolute_url()) if "headline" in data)
    assert VOCABULARY.is_a(story["@type"], "NewsArticle") or story["@type"] == "LiveBlogPosting"
    assert [name for name in RECOMMENDED if not story.get(name)] == []
    assert all(person["name"] and person["url"].startswith("http") for person in story["author"])
    assert story["locationCreated"] == {"@type": "Place", "name": "MINSK"}
    if VOCABULARY.is_a(story["@type"], "NewsArticle"):
        assert story["dateline"] == "MINSK, February 25 – RIA Novosti."
    assert story["publisher"]["@type"] == "NewsMediaOrganization"


def test_a_sponsored_story_names_its_sponsor_and_publisher(client):
    article = full_story(WorkType.Kind.SPONSORED)
    story = next(data for data in objects_on(client, article.get_absolute_url()) if "headline" in data)
    assert story["@type"] == "AdvertiserContentArticle"
    assert story["sponsor"] == {"@type": "Organization", "name": "Nordvik Ferries"}
    assert story["publisher"]["@type"] == "NewsMediaOrganization"


def test_the_pages_around_the_stories_carry_valid_schema_org(client, django_capture_on_commit_callbacks):
    article = full_story(WorkType.Kind.NEWS)
    author = article.byline_authors[0]
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.create(
            title="Corrections policy",
            slug="corrections-policy",
            body="<p>We correct errors promptly.</p>",
            policy=Page.Policy.CORRECTIONS,
            is_live=True,
            published_at=article.published_at,
        )
    for address in [reverse("articles:home"), author.get_absolute_url()]:
        for data in objects_on(client, address):
            assert problems(data, VOCABULARY) == [], address
    site = objects_on(client, reverse("articles:home"))[0]
    assert site["publisher"]["correctionsPolicy"].endswith("/corrections-policy/")
