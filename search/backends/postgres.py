"""PostgreSQL: a weighted tsvector on each SearchDocument (GIN-indexed), ts_rank and ts_headline."""

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import F

from search.models import SearchDocument
from search.query import MARK_END, MARK_START

CONFIG = "english"


def vector():
    """Headline weighs most, then standfirst and names (section, tags, authors), then the body."""
    return (
        SearchVector("headline", weight="A", config=CONFIG)
        + SearchVector("standfirst", weight="B", config=CONFIG)
        + SearchVector("names", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG)
    )


def refresh(article_ids):
    SearchDocument.objects.filter(pk__in=article_ids).update(vector=vector())


def clear():
    """Nothing to do: the vectors went with their rows."""


def search_query(query):
    """The query for `websearch_to_tsquery`, which never raises on any input."""
    terms = [f'"{" ".join(words)}"' for words in query.included]
    terms += [f'-"{" ".join(words)}"' for words in query.excluded]
    return SearchQuery(" ".join(terms), search_type="websearch", config=CONFIG)


def search(articles, query, within, cap):
    """The count stops at `cap + 1` matches; the results query ranks only the newest `cap`."""
    tsquery = search_query(query)
    matches = articles.filter(search_document__vector=tsquery).order_by()
    if within is not None:
        matches = matches.filter(pk__in=within)
    found = matches.values("pk")[: cap + 1].count()
    results = (
        articles.filter(pk__in=matches.values("pk").order_by("-pk")[:cap])
        .annotate(rank=SearchRank(F("search_document__vector"), tsquery))
        .order_by("-rank", "-published_at", "-pk")
    )
    return results, found


def highlights(article_ids, query):
    tsquery = search_query(query)
    options = {"start_sel": MARK_START, "stop_sel": MARK_END, "config": CONFIG}
    rows = (
        SearchDocument.objects.filter(pk__in=article_ids)
        .annotate(
            headline_marked=SearchHeadline("headline", tsquery, highlight_all=True, **options),
            snippet=SearchHeadline(
                "body",
                tsquery,
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
