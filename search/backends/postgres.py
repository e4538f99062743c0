"""PostgreSQL: a weighted tsvector on each SearchDocument (GIN-indexed), ts_rank and ts_headline.

Each document is read with the text-search configuration of its own language, and a query with
those of the site's search languages (see `search.languages`, whose stemmer names are also the
names of PostgreSQL's built-in configurations).
"""

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import Case, F, Q, Value, When

from search import languages
from search.models import SearchDocument
from search.query import MARK_END, MARK_START

# The configuration that only folds case: a document in a language without a stemmer is indexed
# with it, and every query is also read with it, so such a document is found by its words as written.
UNSTEMMED = "simple"


def document_config():
    """Each document's configuration, from its language."""
    whens = [
        When(Q(language=code) | Q(language__startswith=f"{code}-"), then=Value(stemmer))
        for code, stemmer in languages.stemmed_languages().items()
    ]
    return Case(*whens, default=Value(UNSTEMMED))


def vector():
    """Headline weighs most, then standfirst and names (section, tags, authors), then the body."""
    config = document_config()
    return (
        SearchVector("headline", weight="A", config=config)
        + SearchVector("standfirst", weight="B", config=config)
        + SearchVector("names", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
    )


def prepare(documents):
    """Nothing to do: `refresh` computes the vectors from the written rows."""


def refresh(article_ids):
    SearchDocument.objects.filter(pk__in=article_ids).update(vector=vector())


def clear():
    """Nothing to do: the vectors went with their rows."""


def search_query(query):
    """The included terms as one of the configurations reads them, and the excluded ones as none does.

    Built from `websearch_to_tsquery`, which never raises on any input; a constant, so the GIN index
    on the stored vectors still answers it.
    """
    configs = dict.fromkeys([*languages.search_stemmers(), UNSTEMMED])
    included = " ".join(f'"{" ".join(words)}"' for words in query.included)
    tsquery = reduce(or_, (websearch(included, config) for config in configs))
    if query.excluded:
        excluded = " or ".join(f'"{" ".join(words)}"' for words in query.excluded)
        for config in configs:
            tsquery &= ~websearch(excluded, config)
    return tsquery


def websearch(text, config):
    return SearchQuery(text, search_type="websearch", config=config)


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
    options = {"start_sel": MARK_START, "stop_sel": MARK_END, "config": document_config()}
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
