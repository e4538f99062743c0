from datetime import timedelta

import pytest
from django.utils import timezone

from pages.models import Page

pytestmark = pytest.mark.django_db


def make_page(**overrides):
    fields = {"title": "About us", "body": "<p>Who we are.</p>", "is_live": True} | overrides
    return Page.objects.create(**fields)


def test_published_page_is_shown(client):
    page = make_page()
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert response.context["page"] == page
    assert b"<h1" in response.content
    assert b"<p>Who we are.</p>" in response.content


def test_unpublished_page_is_not_found(client):
    page = make_page(is_live=False)
    assert client.get(page.get_absolute_url()).status_code == 404


def test_future_page_is_not_found_until_its_time(client):
    page = make_page(published_at=timezone.now() + timedelta(days=1))
    assert client.get(page.get_absolute_url()).status_code == 404


def test_page_body_is_sanitized_on_save():
    page = make_page(body='<p onclick="x()">Hi</p><script>alert(1)</script>')
    assert page.body == "<p>Hi</p>"
