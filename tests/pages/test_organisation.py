"""Who stands behind the site: the organisation and its policies, linked from every page and carried by
every story's publisher (schema.org NewsMediaOrganization with the Trust Project's indicators)."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pages.models import Organisation, Page
from tests.editorial.conftest import make_staff
from tests.factories import make_article
from tests.structured_data import story_data

pytestmark = pytest.mark.django_db


def policy_page(policy, title, **fields):
    fields = {"is_live": True, "published_at": timezone.now()} | fields
    return Page.objects.create(title=title, body="<p>How we work.</p>", policy=policy, **fields)


def publisher_of(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    return story_data(page)["publisher"]


def test_every_page_links_the_newsrooms_published_policies(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # every app server's copy follows the commit
        ethics = policy_page(Page.Policy.ETHICS, "Our ethics")
        policy_page(Page.Policy.MASTHEAD, "Who we are", is_live=False)
    footer = client.get(reverse("articles:home")).content.decode().split('class="site-footer"')[1]
    assert f'href="{ethics.get_absolute_url()}"' in footer and "Our ethics" in footer
    assert "Who we are" not in footer


def test_every_storys_publisher_carries_the_policies_and_contacts(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Organisation.objects.update_or_create(
            pk=1,
            defaults={
                "name": "Harbour News Ltd",
                "founded": date(2019, 5, 1),
                "corrections_email": "fix@news.example",
            },
        )
        corrections = policy_page(Page.Policy.CORRECTIONS, "How we correct")
        ownership = policy_page(Page.Policy.OWNERSHIP, "Who owns us")
    publisher = publisher_of(client, make_article())
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["name"] == "Harbour News Ltd" and publisher["foundingDate"] == "2019-05-01"
    assert publisher["correctionsPolicy"] == "http://testserver" + corrections.get_absolute_url()
    assert publisher["ownershipFundingInfo"] == "http://testserver" + ownership.get_absolute_url()
    assert publisher["contactPoint"] == [
        {"@type": "ContactPoint", "contactType": "corrections", "email": "fix@news.example"}
    ]


def test_a_new_policy_page_shows_at_once_with_the_page_cache_on(settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE = True
    reader = Client()
    reader.get(reverse("articles:home"))
    with django_capture_on_commit_callbacks(execute=True):
        policy_page(Page.Policy.VERIFICATION, "How we check facts")
    assert "How we check facts" in reader.get(reverse("articles:home")).content.decode()


def test_a_scheduled_policy_page_joins_the_footer_at_its_time(
    settings, clock, django_capture_on_commit_callbacks
):
    """No cron and no save: the shared copy of the organisation ends at the page's publish time."""
    settings.PAGE_CACHE = True
    reader = Client()
    with django_capture_on_commit_callbacks(execute=True):
        policy_page(Page.Policy.DIVERSITY, "Who we hire", published_at=timezone.now() + timedelta(minutes=10))
    assert "Who we hire" not in reader.get(reverse("articles:home")).content.decode()
    clock.advance(minutes=9)
    assert "Who we hire" not in reader.get(reverse("articles:home")).content.decode()
    clock.advance(minutes=2)
    assert "Who we hire" in reader.get(reverse("articles:home")).content.decode()


def test_each_policy_has_one_page(client):
    policy_page(Page.Policy.ETHICS, "Our ethics")
    client.force_login(make_staff("Editor", is_superuser=True))
    data = {"title": "Ethics, again", "slug": "ethics-again", "body": "", "policy": "ethics", "language": ""}
    response = client.post(reverse("admin:pages_page_add"), data)
    assert response.status_code == 200
    assert "Another page already is this policy." in response.content.decode()


def test_the_organisation_opens_straight_from_the_admin(client):
    client.force_login(make_staff("Editor", is_superuser=True))
    response = client.get(reverse("admin:pages_organisation_changelist"))
    assert response.status_code == 302 and response.url == reverse(
        "admin:pages_organisation_change", args=[1]
    )
