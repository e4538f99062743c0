"""A restart with a new release or a new language drops every kept page, here and on the edges
(pagecache/editions.py)."""

import pytest
from django.test import Client

from pagecache import editions
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def started():
    """This edition is the one the cache knows, as on a running site."""
    editions.start()


def test_a_restart_with_nothing_changed_keeps_every_page(started, edges):
    article = make_article()
    Client().get(article.get_absolute_url())
    assert editions.start() is False
    assert Client().get(article.get_absolute_url()).headers["X-Page-Cache"] == "hit"
    assert [edge.purged for edge in edges] == [[], []]


@pytest.mark.parametrize(
    ("setting", "value"),
    [("LANGUAGE_CODE", "ru"), ("SITE_NAME", "The Harbour Post"), ("TIME_ZONE", "Asia/Tokyo")],
)
def test_a_restart_with_a_new_setting_drops_every_page_everywhere(
    started, edges, settings, setting, value, django_capture_on_commit_callbacks
):
    article = make_article()
    Client().get(article.get_absolute_url())
    setattr(settings, setting, value)
    with django_capture_on_commit_callbacks(execute=True):  # at a server's start, outside any transaction
        assert editions.start() is True
    assert Client().get(article.get_absolute_url()).headers["X-Page-Cache"] == "miss"
    assert all({"site"} in edge.purged for edge in edges)


def test_a_new_release_of_a_template_is_a_new_edition(started, settings, tmp_path):
    (tmp_path / "extra.html").write_text("<p>New in this release</p>")
    settings.TEMPLATES = [settings.TEMPLATES[0] | {"DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]
    assert editions.start() is True
    assert editions.start() is False
