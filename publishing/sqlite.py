"""SQLite, made to behave as a site needs: case-insensitive matching in every alphabet, as on
PostgreSQL, and planner statistics refreshed at each `migrate`.

Django matches `icontains`, `iexact`, `istartswith`… (the admin's search and autocomplete, the known
commenter's name, an imported byline's author) with SQLite's LIKE, which folds the case of ASCII
letters only: "анна" would not find "Анна Петрова". Each new SQLite connection gets a LIKE that folds
every letter's case. It is what SQLite's LIKE already does for English (case-insensitive, `contains`
included), and what PostgreSQL's UPPER(…) LIKE UPPER(…) does for every language.

The price: a Python call per row compared, about ten times SQLite's own LIKE (some 70 ms for an
`iexact` over 100,000 comments). Full-text search (search/) does not use LIKE.
"""

import re
from functools import lru_cache

from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


@lru_cache(maxsize=512)
def like_regex(pattern, escape):
    """A LIKE pattern as a regular expression: % is any run of characters, _ any one, and the
    `escape` character makes the next one literal."""
    parts, literal = [], False
    for char in pattern:
        if literal or char not in {"%", "_", escape}:
            parts.append(re.escape(char))
            literal = False
        elif char == escape:
            literal = True
        else:
            parts.append(".*" if char == "%" else ".")
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def like(pattern, value, escape=None):
    """`value LIKE pattern [ESCAPE escape]`, SQLite's like(X, Y, Z): NULL if either side is NULL."""
    if pattern is None or value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode(errors="replace")
    return like_regex(str(pattern), escape).fullmatch(str(value)) is not None


def fold_case_in_like(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        for arguments in (2, 3):
            connection.connection.create_function("like", arguments, like, deterministic=True)


connection_created.connect(fold_case_in_like, dispatch_uid="publishing.sqlite.fold_case_in_like")


def refresh_planner_statistics(sender, app_config, using="default", **kwargs):
    """After each `migrate` (every deploy, every `make run`), SQLite's planner learns the tables' sizes
    again, so list pages keep choosing their indexes as the archive grows. A sample of each index is
    read (analysis_limit), so this takes moments even with a million comments."""
    connection = connections[using]
    if app_config.label != "articles" or connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA analysis_limit=1000")
        cursor.execute("ANALYZE")


post_migrate.connect(refresh_planner_statistics, dispatch_uid="publishing.sqlite.refresh_planner_statistics")
