"""Small builders with valid defaults: make_article(**overrides) and friends."""

import itertools
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, ArticleAuthor, Author, Section, Tag
from comments.forms import form_token
from comments.models import Comment

_numbers = itertools.count(1)


def make_user(**overrides):
    number = next(_numbers)
    fields = {"username": f"user{number}", "email": f"user{number}@example.com", "password": "pw"} | overrides
    return get_user_model().objects.create_user(**fields)


def make_section(**overrides):
    number = next(_numbers)
    return Section.objects.create(**{"name": f"Section {number}", "slug": f"section-{number}"} | overrides)


def make_tag(**overrides):
    number = next(_numbers)
    return Tag.objects.create(**{"name": f"Tag {number}", "slug": f"tag-{number}"} | overrides)


def make_author(**overrides):
    number = next(_numbers)
    fields = {"name": f"Author {number}", "slug": f"author-{number}", "bio": "Reports on things."}
    return Author.objects.create(**fields | overrides)


def make_article(*, authors=None, tags=(), **overrides):
    number = next(_numbers)
    fields = {
        "headline": f"Story number {number}",
        "slug": f"story-{number}",
        "standfirst": "What happened, in one line.",
        "body": "<p>First paragraph.</p><p>Second paragraph.</p>",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=number),
    } | overrides
    if "section" not in fields:
        fields["section"] = make_section()
    article = Article.objects.create(**fields)
    for position, author in enumerate(authors if authors is not None else [make_author()]):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    article.tags.set(tags)
    return article


def make_comment(article=None, **overrides):
    """An approved comment (pass status=… for others); replies: make_comment(article, parent=comment)."""
    number = next(_numbers)
    fields = {
        "name": f"Reader {number}",
        "email": f"reader{number}@example.net",
        "body": f"Comment number {number}.",
        "status": Comment.Status.APPROVED,
        "ip_address": "192.0.2.1",
    } | overrides
    if article is None:
        article = fields["parent"].article if fields.get("parent") else make_article()
    return Comment.objects.create(article=article, **fields)


def comment_form_data(article, served_seconds_ago=60, **overrides):
    """What the "Leave a Reply" form posts, filled in validly, as if served a minute ago."""
    number = next(_numbers)
    return {
        "body": f"A thoughtful comment, number {number}.",
        "name": f"Commenter {number}",
        "email": f"commenter{number}@example.org",
        "website": "",
        "homepage": "",
        "form_token": form_token(article, served_at=time.time() - served_seconds_ago),
        "reply_to": "",
    } | overrides


def make_live_article(**overrides):
    """A published live page (its type of work is Live), with its coverage open."""
    from articles.models import WorkType

    live_type = WorkType.objects.filter(kind=WorkType.Kind.LIVE).first()
    return make_article(work_type=live_type or WorkType.objects.create(kind=WorkType.Kind.LIVE), **overrides)


def make_entry(article, *, authors=(), **overrides):
    """An entry on `article`'s live coverage, posted now unless `published_at` says otherwise."""
    from live.models import Coverage, Entry

    number = next(_numbers)
    coverage, _created = Coverage.objects.get_or_create(article=article)
    fields = {"title": f"Update number {number}", "body": f"<p>What happened next, part {number}.</p>"}
    entry = Entry.objects.create(coverage=coverage, **fields | overrides)
    entry.authors.set(authors)
    return entry
