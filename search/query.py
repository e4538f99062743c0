"""Running a reader's query: parse it safely, rank the matches, highlight the page shown."""

import re

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.index import MARK_END, MARK_START

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# A term is a quoted phrase or a word, either optionally excluded with a leading minus.
TERM = re.compile(r'(-?)"([^"]*)"|(-?)(\w+)')
WORD = re.compile(r"\w+")
# FTS5 bm25 column weights: headline, standfirst, body, names (section, tags, authors).
SQLITE_RANK = "bm25(search_fts, 10.0, 4.0, 1.0, 4.0)"


class Query:
    """A reader's search text reduced to words and phrases, each of them safe to hand to either engine."""

    def __init__(self, text):
        self.included, self.excluded = [], []
        for match in TERM.finditer((text or "")[:MAX_QUERY_LENGTH]):
            minus = match[1] or match[3]
            words = tuple(WORD.findall(match[2] if match[2] is not None else match[4]))
            if words and len(self.included) + len(self.excluded) < MAX_TERMS:
                (self.excluded if minus else self.included).append(words)

    def __bool__(self):
        return bool(self.included)

    def fts5(self):
        """An FTS5 MATCH expression: every term quoted, so nothing typed is read as an operator."""
        match = " ".join(f'"{" ".join(words)}"' for words in self.included)
        return match + "".join(f' NOT "{" ".join(words)}"' for words in self.excluded)

    def websearch(self):
        """The same query for PostgreSQL's `websearch_to_tsquery`, which never raises on any input."""
        terms = [f'"{" ".join(words)}"' for words in self.included]
        return " ".join(terms + [f'-"{" ".join(words)}"' for words in self.excluded])

    def postgres(self):
        return SearchQuery(self.websearch(), search_type="websearch", config="english")


def matching(articles, query, within=None):
    """`articles` (already filtered, published only) that match `query`, unordered: for counting.

    `within`, a subquery of article ids, narrows the matches; on SQLite it is checked against each
    full-text hit before the article row is read, which keeps a filter like "by this author" cheap.
    """
    if connection.vendor == "postgresql":
        if within is not None:
            articles = articles.filter(pk__in=within)
        return articles.filter(search_document__vector=query.postgres()).order_by()
    where, params = ["articles_article.id = +search_fts.rowid", "search_fts MATCH %s"], [query.fts5()]
    if within is not None:
        within_sql, within_params = within.query.sql_with_params()
        where.append(f"+search_fts.rowid IN ({within_sql})")
        params.extend(within_params)
    # The unary plus stops SQLite from probing the FTS table once per article: the
    # full-text match drives the query and each hit is looked up by primary key.
    return articles.extra(tables=["search_fts"], where=where, params=params).order_by()  # noqa: S610


def ranked(articles, query, within=None):
    """The newest SEARCH_MAX_RESULTS of the matching `articles`, best match first.

    Ranking every match of a broad word (half the archive) costs far more than a reader will
    wait, so only the most recently added matches are ranked; both engines walk their index
    newest first and stop early, and the page count is capped to match (see CappedPaginator).
    """
    newest = matching(articles, query, within).values("pk")
    if connection.vendor == "postgresql":
        search_query = query.postgres()
        return (
            articles.filter(pk__in=newest.order_by("-pk")[: settings.SEARCH_MAX_RESULTS])
            .annotate(rank=SearchRank(F("search_document__vector"), search_query))
            .order_by("-rank", "-published_at", "-pk")
        )
    # FTS5 hands out matches in descending rowid order by itself, so the LIMIT stops the scan.
    newest = newest.extra(order_by=["-search_fts.rowid"])[: settings.SEARCH_MAX_RESULTS]
    newest_sql, newest_params = newest.query.sql_with_params()
    return articles.extra(  # noqa: S610 - the subquery is Django's own SQL with its parameters
        tables=["search_fts"],
        # The plus signs keep the full-text match driving the query: the candidate list is checked
        # against each hit's rowid rather than probed into the FTS table once per candidate.
        where=[
            "articles_article.id = +search_fts.rowid",
            "search_fts MATCH %s",
            f"+search_fts.rowid IN ({newest_sql})",
        ],
        params=[query.fts5(), *newest_params],
        select={"rank": SQLITE_RANK},
        order_by=["rank", "-published_at", "-id"],
    )


def highlights(article_ids, query):
    """{article id: (headline, snippet)} with matches between MARK_START and MARK_END."""
    if not article_ids:
        return {}
    if connection.vendor == "postgresql":
        from search.models import SearchDocument

        search_query = query.postgres()
        options = {"start_sel": MARK_START, "stop_sel": MARK_END, "config": "english"}
        rows = (
            SearchDocument.objects.filter(pk__in=article_ids)
            .annotate(
                headline_marked=SearchHeadline("headline", search_query, highlight_all=True, **options),
                snippet=SearchHeadline(
                    "body",
                    search_query,
                    max_words=40,
                    min_words=20,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                    **options,
                ),
            )
            .values_list("pk", "headline_marked", "snippet")
        )
        return {pk: (headline, snippet) for pk, headline, snippet in rows}
    placeholders = ", ".join(["%s"] * len(article_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid, highlight(search_fts, 0, %s, %s), snippet(search_fts, 2, %s, %s, '…', 32) "  # noqa: S608
            f"FROM search_fts WHERE search_fts MATCH %s AND rowid IN ({placeholders})",
            [MARK_START, MARK_END, MARK_START, MARK_END, query.fts5(), *article_ids],
        )
        return {pk: (headline, snippet) for pk, headline, snippet in cursor.fetchall()}


def marked(text):
    """Escape `text`, then turn the engine's markers into <mark> elements."""
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
