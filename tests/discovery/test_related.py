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


def test_untagged_article_is_related_to_its_section(client):
    section = make_section()
    article, other = make_article(section=section), make_article(section=section)
    response = client.get(article.get_absolute_url())
    assert list(response.context["related_articles"]) == [other]


def test_only_nearby_stories_are_related(client):
    """Candidates are the stories published around the article, so the cost does not grow with the archive."""
    tag = make_tag()
    article = make_article(tags=[tag], published_at=timezone.now() - timedelta(days=30))
    for hours in range(3):
        make_article(published_at=article.published_at - timedelta(hours=hours + 1))
    far = make_article(tags=[tag], published_at=article.published_at - timedelta(days=10))
    near = Article.objects.published()
    assert far in near.related_to(article, nearby=10)
    assert far not in near.related_to(article, nearby=2)
