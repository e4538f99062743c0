"""SQLite: an FTS5 table mirroring SearchDocument, bm25 ranking, and FTS5's highlight() and snippet()."""

from django.db import connection
from django.db.models import F

from search import languages
from search.query import MARK_END, MARK_START, WORD

# The external-content FTS5 table of the migrations (Porter stemmer, any script, accents folded).
# Its triggers copy every insert, update and delete of a SearchDocument, with the article id as rowid.
FTS_TABLE = "search_fts"
# Its columns in the order the migration declares them, with their bm25 weights. `stems` holds the
# document's words as its language's stemmer reads them, so a query's stems find other forms.
WEIGHTS = {"headline": 10.0, "standfirst": 4.0, "body": 1.0, "names": 4.0, "stems": 0.5}
COLUMNS = list(WEIGHTS)
TEXT_COLUMNS = COLUMNS[:-1]
# The tokenizer's Porter stemmer already reads every column as English, so English needs no stems.
TOKENIZER_STEMMER = "english"
# A shorter stem marks no longer words: a short prefix such as "по" starts half the words of a
# Russian text, and FTS5 reads the entries of every word it starts (about 20 ms for three letters
# over 20,000 articles, 5 ms for four).
SHORTEST_MARKED_STEM = 4


def prepare(documents):
    """Fill each document's stems: all its words, lower-case, as its language's stemmer reads them."""
    for document in documents:
        stemmer = languages.stemmer_for(document.language)
        if stemmer is None or stemmer == TOKENIZER_STEMMER:
            document.stems = ""
        else:
            words = WORD.findall(" ".join(getattr(document, column) for column in TEXT_COLUMNS).lower())
            document.stems = " ".join(languages.stem_words(words, stemmer))


def refresh(article_ids):
    """Nothing to do: the triggers already copied the documents into the FTS table."""


def clear():
    """Empty the FTS table: the delete trigger already did, but this also drops any drift in its data."""
    table = connection.ops.quote_name(FTS_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")  # noqa: S608 - our own name


def match_expression(query):
    """An FTS5 MATCH expression: every term quoted, so nothing typed is read as an operator."""
    match = " AND ".join(term(words) for words in query.included)
    return match + "".join(f" NOT {term(words)}" for words in query.excluded)


def term(words):
    """The words as typed, in any column, or as one of the site's stemmers reads them, in `stems`."""
    readings = [phrase(stems) for stems in readings_of(words)]
    if not readings:
        return phrase(words)
    return f"({phrase(words)} OR stems : ({' OR '.join(readings)}))"


def phrase(words):
    return f'"{" ".join(words)}"'


def readings_of(words):
    """The stems of `words` by each stemmer a query is read with, each once and unlike the words."""
    words = tuple(word.lower() for word in words)
    stemmers = [stemmer for stemmer in languages.search_stemmers() if stemmer != TOKENIZER_STEMMER]
    readings = dict.fromkeys(tuple(languages.stem_words(words, stemmer)) for stemmer in stemmers)
    return [stems for stems in readings if stems != words]


def marking_expression(query):
    """What highlight() and snippet() mark: each included term as matched, or any word that begins
    with one of its stems ("поставк" marks "поставки" for a search for "поставками").

    Every document found matches it, since it only widens each included term.
    """
    terms = []
    for words in query.included:
        lowered = [word.lower() for word in words]
        prefixes = [
            " + ".join(
                f'"{stem}" *' if stem != word and len(stem) >= SHORTEST_MARKED_STEM else f'"{word}"'
                for word, stem in zip(lowered, stems, strict=True)
            )
            for stems in readings_of(words)
        ]
        terms.append(" OR ".join([term(words), *prefixes]))
    return " AND ".join(f"({expression})" for expression in terms)


def search(articles, query, within, cap):
    """One statement finds, counts and ranks the matches; the page is fetched when sliced.

    FTS5 hands out matches in descending rowid order by itself, so the LIMIT stops the scan. The
    plus signs keep the full-text match driving the query: each hit's article (and `within`) is
    looked up by its rowid, rather than the FTS table being probed once per candidate article.
    """
    fts = connection.ops.quote_name(FTS_TABLE)
    candidates = articles.order_by().values(hit_pk=F("pk"), hit_published_at=F("published_at"))
    candidates_sql, params = candidates.query.sql_with_params()
    where, params = [f"{fts} MATCH %s"], [*params, match_expression(query)]
    if within is not None:
        within_sql, within_params = within.order_by().query.sql_with_params()
        where.append(f"+{fts}.rowid IN ({within_sql})")
        params.extend(within_params)
    weights = ", ".join(map(str, WEIGHTS.values()))
    sql = (
        f"SELECT hit_pk FROM (SELECT candidate.*, bm25({fts}, {weights}) AS hit_rank "  # noqa: S608 - Django's own SQL
        f"FROM {fts} JOIN ({candidates_sql}) AS candidate ON candidate.hit_pk = +{fts}.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY {fts}.rowid DESC LIMIT %s) "
        "ORDER BY hit_rank, hit_published_at DESC, hit_pk DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, cap + 1])
        pks = [pk for (pk,) in cursor.fetchall()]
    found = len(pks)
    if found > cap:
        pks.remove(min(pks))  # the oldest hit, fetched only to tell that more matched
    return RankedArticles(articles, pks), found


def highlights(article_ids, query):
    fts = connection.ops.quote_name(FTS_TABLE)
    headline_column, body_column = COLUMNS.index("headline"), COLUMNS.index("body")
    placeholders = ", ".join(["%s"] * len(article_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, highlight({fts}, {headline_column}, %s, %s), "  # noqa: S608 - values are params
            f"snippet({fts}, {body_column}, %s, %s, '…', 32) "
            f"FROM {fts} WHERE {fts} MATCH %s AND rowid IN ({placeholders})",
            [MARK_START, MARK_END, MARK_START, MARK_END, marking_expression(query), *article_ids],
        )
        return {pk: (headline, snippet) for pk, headline, snippet in cursor.fetchall()}


class RankedArticles:
    """`articles` in the order of `pks`, fetched a slice at a time, so a page of results costs one query."""

    def __init__(self, articles, pks):
        self.articles, self.pks = articles, pks

    def __len__(self):
        return len(self.pks)

    def __getitem__(self, page):
        """Takes only a slice, as a paginator does."""
        pks = self.pks[page]
        by_pk = self.articles.in_bulk(pks)
        return [by_pk[pk] for pk in pks if pk in by_pk]
