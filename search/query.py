"""Running a reader's query: parse it safely, rank the matches, highlight the page shown."""

import re

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.backends import get_backend

# The highlight markers the engines put around matches; removed from indexed text so nothing can forge them.
MARK_START, MARK_END = "\x02", "\x03"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# A term is a quoted phrase or a word, either optionally excluded with a leading minus.
TERM = re.compile(r'(-?)"([^"]*)"|(-?)(\w+)')
WORD = re.compile(r"\w+")


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


def search(articles, query, within=None):
    """The newest SEARCH_MAX_RESULTS of `articles` (filtered, published only) that match `query`,
    best match first, and how many matched, counted up to one more than that.

    Ranking every match of a broad word (half the archive) costs far more than a reader will
    wait, so only the most recently added matches are ranked and the count stops early (see
    CappedPaginator). `within`, a subquery of article ids, narrows the matches; on SQLite it is
    checked against each full-text hit before the article row is read, which keeps a filter like
    "by this author" cheap.
    """
    return get_backend().search(articles, query, within, settings.SEARCH_MAX_RESULTS)


def highlights(article_ids, query):
    """{article id: (headline, snippet)} with matches between MARK_START and MARK_END."""
    if not article_ids:
        return {}
    return get_backend().highlights(article_ids, query)


def marked(text):
    """Escape `text`, then turn the engine's markers into <mark> elements."""
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
