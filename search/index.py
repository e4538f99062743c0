"""Keeping the search index in step with the articles: one SearchDocument row per article."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from django.db.models import Prefetch

from articles.models import Article, ArticleAuthor
from publishing.html import html_to_text
from search.backends import get_backend
from search.models import SearchDocument
from search.query import MARK_END, MARK_START

# What each save rewrites: the text, its language and what the engine derives from them (`prepare`).
UPDATE_FIELDS = ["headline", "standfirst", "body", "names", "language", "stems"]
BATCH_SIZE = 500
# The ids of articles changed inside a `deferred()` block, or None when indexing happens at once.
_pending = ContextVar("search_index_pending", default=None)


def plain_text(value):
    text = html_to_text(value)
    return text.replace(MARK_START, " ").replace(MARK_END, " ")


def document_for(article):
    """The searchable text of `article` (which has its section, tags and bylines loaded)."""
    names = [article.section.name, *(tag.name for tag in article.tags.all())]
    names += [author.name for author in article.byline_authors]
    return SearchDocument(
        article=article,
        headline=plain_text(article.headline),
        standfirst=plain_text(article.standfirst),
        body=plain_text(article.body),
        names=plain_text(" ".join(names)),
        language=article.content_language,
    )


def articles_with_text():
    return Article.objects.select_related("section").prefetch_related(
        "tags", Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
    )


def index_articles(article_ids):
    """(Re)index the given articles, whatever their status; ids of deleted articles are ignored."""
    article_ids = list(article_ids)
    for start in range(0, len(article_ids), BATCH_SIZE):
        batch = article_ids[start : start + BATCH_SIZE]
        documents = [document_for(article) for article in articles_with_text().filter(pk__in=batch)]
        get_backend().prepare(documents)
        SearchDocument.objects.bulk_create(
            documents, update_conflicts=True, unique_fields=["article"], update_fields=UPDATE_FIELDS
        )
        get_backend().refresh(batch)


def update(article_ids):
    """Index these articles now, or when the enclosing `deferred()` block ends."""
    pending = _pending.get()
    if pending is None:
        index_articles(article_ids)
    else:
        pending.update(article_ids)


@contextmanager
def deferred():
    """Suspend per-save indexing; index every article touched inside the block in one batch on exit.

    For bulk work such as imports: saves, byline and tag changes only record the article ids.
    Nested blocks leave the work to the outermost one. After an exception the touched articles are
    still indexed, unless the transaction is already doomed to roll back (then nothing changed).
    """
    if _pending.get() is not None:
        yield
        return
    pending = set()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
        if pending and not connection.needs_rollback:
            index_articles(sorted(pending))


def rebuild_index():
    """Index every article from scratch; returns how many were indexed."""
    SearchDocument.objects.all().delete()
    get_backend().clear()
    article_ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    index_articles(article_ids)
    return len(article_ids)
