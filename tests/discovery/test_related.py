from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_section, make_tag

pytestmark = pytest.mark.django_db


def test_related_stories_prefer_shared_tags_then_section_then_recency(client):
    section, other_section = make_section(), make_section()
    tags = [make_tag(), make_tag()]
    article = make_article(section=section, tags=tags)
    both_tags = make_article(
        section=other_section, tags=tags, published_at=timezone.now() - timedelta(days=9)
    )
    one_tag_same_section = make_article(
        section=section, tags=tags[:1], published_at=timezone.now() - timedelta(days=8)
    )
    one_tag = make_article(
        section=other_section, tags=tags[:1], published_at=timezone.now() - timedelta(days=1)
    )
    same_section_new = make_article(section=section, published_at=timezone.now() - timedelta(hours=1))
    make_article(section=section, published_at=timezone.now() - timedelta(days=20))  # fifth: left out
    make_article(section=other_section)  # unrelated
    make_article(section=section, tags=tags, status=Article.Status.DRAFT)
    make_article(section=section, tags=tags, published_at=timezone.now() + timedelta(hours=1))
    response = client.get(article.get_absolute_url())
    assert list(response.context["related_articles"]) == [
        both_tags,
        one_tag_same_section,
        one_tag,
        same_section_new,
    ]
    assert 'id="related-heading"' in response.content.decode()


def test_no_related_section_without_related_stories(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert list(response.context["related_articles"]) == []
    assert "Related stories" not in response.content.decode()
