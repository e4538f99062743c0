"""A reader's first, blank "Leave a Reply" form is rendered once per story and reused
(comments/blank_form.py): it must be exactly the form, with this page's own token."""

import re

import pytest
from crispy_forms.utils import render_crispy_form
from django.core import signing
from django.utils import translation

from comments.blank_form import form_html
from comments.forms import FORM_TOKEN_SALT, CommentForm
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


def test_the_kept_form_is_the_form_rendered_afresh():
    article = make_article()
    form_html(CommentForm(article=article))  # now kept
    form = CommentForm(article=article)
    assert form_html(form) == render_crispy_form(form)


def test_every_page_gets_a_token_of_its_own_for_its_story(client):
    article = make_article()
    pages = [client.get(article.get_absolute_url()).content.decode() for _ in range(2)]
    tokens = [TOKEN.search(page).group(1) for page in pages]
    assert tokens[0] != tokens[1]
    assert all(signing.loads(token, salt=FORM_TOKEN_SALT)["article"] == article.pk for token in tokens)


def test_a_reply_form_and_a_form_in_another_language_are_not_the_kept_one(client):
    article = make_article()
    form_html(CommentForm(article=article))
    replying = CommentForm(article=article, initial={"reply_to": 41})
    assert 'name="reply_to" value="41"' in form_html(replying)
    with translation.override("ru"):
        assert "Отправить комментарий" in form_html(CommentForm(article=article))
