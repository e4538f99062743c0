"""Who stands behind a story: the author's page and byline say what they do, cover and speak, how to
reach them and where else they are, and machines read the same as schema.org Person (issue #14)."""

import re

import pytest
from django.urls import reverse

from tests.editorial.conftest import make_staff
from tests.factories import make_article, make_author
from tests.structured_data import json_ld

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


@pytest.fixture
def correspondent():
    return make_author(
        name="Rūta Kazlauskaitė",
        title="Baltic correspondent",
        covers="energy, climate, the Baltic states",
        based_in="Vilnius",
        languages="English, Lithuanian, Russian",
        public_email="tips.ruta@newsroom.example",
        profile_links="https://ruta.example.org/\nhttps://social.example/@ruta",
    )


def test_the_author_page_says_what_they_cover_and_how_to_reach_them(client, correspondent):
    page = client.get(correspondent.get_absolute_url()).content.decode()
    for fact in [
        "Baltic correspondent",
        "energy, climate, the Baltic states",
        "Vilnius",
        "English, Lithuanian",
    ]:
        assert fact in page
    assert 'href="mailto:tips.ruta@newsroom.example"' in page
    assert '<a href="https://social.example/@ruta" rel="me noopener">' in page


def test_the_author_page_is_a_profile_page_of_a_person(client, correspondent):
    (profile,) = json_ld(client.get(correspondent.get_absolute_url()).content.decode())
    assert profile["@type"] == "ProfilePage"
    assert profile["mainEntity"] == {
        "@type": "Person",
        "name": "Rūta Kazlauskaitė",
        "url": "http://testserver" + correspondent.get_absolute_url(),
        "jobTitle": "Baltic correspondent",
        "knowsAbout": ["energy", "climate", "the Baltic states"],
        "knowsLanguage": ["English", "Lithuanian", "Russian"],
        "workLocation": {"@type": "Place", "name": "Vilnius"},
        "email": "mailto:tips.ruta@newsroom.example",
        "sameAs": ["https://ruta.example.org/", "https://social.example/@ruta"],
    }


def test_a_story_names_its_authors_as_people_and_a_sole_author_with_their_job(client, correspondent):
    article = make_article(authors=[correspondent])
    page = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r'Kazlauskaitė</a><span class="byline__title">, Baltic correspondent</span>', page)
    story = next(data for data in json_ld(page) if "headline" in data)
    assert story["author"][0]["jobTitle"] == "Baltic correspondent"
    assert story["author"][0]["sameAs"] == ["https://ruta.example.org/", "https://social.example/@ruta"]


def test_an_author_who_shares_nothing_shows_nothing_extra(client):
    quiet = make_author(name="Ada Quiet", bio="")
    page = client.get(quiet.get_absolute_url()).content.decode()
    assert 'class="author-facts"' not in page
    (profile,) = json_ld(page)
    assert set(profile["mainEntity"]) == {"@type", "name", "url"}


def test_a_profile_link_that_is_not_a_web_address_is_named_beside_the_field(client):
    client.force_login(make_staff("Editor"))
    data = {
        "name": "Rūta Kazlauskaitė",
        "slug": "ruta",
        "profile_links": "https://ruta.example.org/\njavascript:alert(1)",
    }
    response = client.post(reverse("admin:articles_author_add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["profile_links"] == [
        "“javascript:alert(1)” is not a web address (https://…)."
    ]
