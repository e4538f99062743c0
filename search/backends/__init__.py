"""The full-text engine behind search: one module per database, chosen once from the default connection.

Each backend module provides the same five functions, and nothing outside this package names an engine:

- `prepare(documents)`: fill the engine's own fields of these SearchDocuments before they are written;
- `refresh(article_ids)`: bring the engine's index in line with these just-written SearchDocument rows;
- `clear()`: drop what the engine still holds after every SearchDocument row was deleted;
- `search(articles, query, within, cap) -> (results, found)`: the newest `cap` of `articles` matching
  `query` (a `search.query.Query`), best match first, sliceable; `found` counts the matches up to
  `cap + 1`. `within`, a subquery of article ids or None, narrows the matches;
- `highlights(article_ids, query) -> {article id: (headline, snippet)}` with the matches between
  `search.query.MARK_START` and `MARK_END`.
"""

from functools import cache
from importlib import import_module

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

MODULES = {"sqlite": "search.backends.sqlite", "postgresql": "search.backends.postgres"}


@cache
def get_backend():
    """The backend module for the default database."""
    try:
        return import_module(MODULES[connection.vendor])
    except KeyError:
        raise ImproperlyConfigured(f"Search runs on SQLite or PostgreSQL, not {connection.vendor}.") from None
