"""The breaking-news banner: on every page at once, and down at once or at its end time, with the
page cache on and no cron."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from live.models import Banner
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HOME = "/"


def shown(path):
    """Whether an anonymous reader sees the banner on `path` (after another's visit cached the page)."""
    Client().get(path)
    return "Storm closes the port of Split" in Client().get(path).content.decode()


def put_up(**overrides):
    fields = {"text": "Storm closes the port of Split: follow our live coverage", "link": "/latest/"}
    return Banner.objects.create(**fields | overrides)


def test_a_banner_shows_on_every_page_at_once_and_comes_down_at_once():
    article = make_article()
    paths = [HOME, article.get_absolute_url(), reverse("articles:latest"), reverse("search:search")]
    assert not any(shown(path) for path in paths)
    banner = put_up()
    assert all(shown(path) for path in paths)
    html = Client().get(HOME).content.decode()
    assert '<aside class="breaking" aria-label="Breaking news">' in html and 'href="/latest/"' in html
    banner.is_active = False
    banner.save()
    assert not any(shown(path) for path in paths)


def test_a_banner_comes_down_at_its_end_time_without_a_save(clock):
    put_up(ends_at=timezone.now() + timedelta(minutes=30))
    assert shown(HOME)
    clock.advance(minutes=31)
    assert not shown(HOME)


def test_a_banner_goes_up_at_its_start_time_without_a_save(clock):
    put_up(starts_at=timezone.now() + timedelta(minutes=10))
    assert not shown(HOME)
    clock.advance(minutes=11)
    assert shown(HOME)


def test_the_banner_costs_no_query_once_the_cache_is_warm(client, django_assert_num_queries, settings):
    settings.PAGE_CACHE = False
    make_article()
    put_up()
    client.get(HOME)
    with django_assert_num_queries(5):  # the front page's own (tests/articles/test_query_counts.py)
        assert "Storm closes the port of Split" in client.get(HOME).content.decode()


@pytest.mark.parametrize("link", ["javascript:alert(1)", "//evil.example/", "ftp://example.com/"])
def test_a_banner_links_only_to_this_site_or_the_web(link):
    with pytest.raises(ValidationError):
        Banner(text="Breaking", link=link).full_clean()


def test_a_banner_must_come_down_after_it_goes_up():
    now = timezone.now()
    with pytest.raises(ValidationError, match="come down after"):
        Banner(text="Breaking", link="/", starts_at=now, ends_at=now - timedelta(hours=1)).full_clean()
