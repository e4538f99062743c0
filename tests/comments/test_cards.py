"""Each comment's card is rendered once and kept; what a reader sees is always the comment as it is now."""

import pytest
from django.test import Client

from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def test_an_edited_comment_shows_as_edited_although_its_card_was_kept():
    article = make_article()
    comment = make_comment(article, name="Olga", body="The ferry leaves at nine.")
    assert "The ferry leaves at nine." in Client().get(article.get_absolute_url()).content.decode()
    comment.body, comment.name = "The ferry leaves at ten.", "Olga K."
    comment.save()
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "The ferry leaves at ten." in page and "Olga K." in page
    assert "The ferry leaves at nine." not in page


def test_a_reply_link_comes_and_goes_with_the_form():
    article = make_article()
    make_comment(article)
    assert 'class="comment__reply"' in Client().get(article.get_absolute_url()).content.decode()
    article.comments_open = False
    article.save()
    assert 'class="comment__reply"' not in Client().get(article.get_absolute_url()).content.decode()


def test_threads_nest_with_their_levels():
    article = make_article()
    question = make_comment(article, body="Which pier?")
    answer = make_comment(article, parent=question, body="The north one.")
    make_comment(article, parent=answer, body="Thanks!")
    page = Client().get(article.get_absolute_url()).content.decode()
    for level, comment in enumerate(Comment.objects.order_by("pk"), start=1):
        assert f'<li id="comment-{comment.pk}" class="comment comment--level-{level}">' in page
    assert page.count('<ol class="comment-list comment-list--children">') == 2


def test_the_page_answers_when_the_cache_is_down(settings):
    settings.CACHES = settings.CACHES | {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    article = make_article()
    make_comment(article, body="Still readable without a cache.")
    response = Client().get(article.get_absolute_url())
    assert response.status_code == 200 and "Still readable without a cache." in response.content.decode()
