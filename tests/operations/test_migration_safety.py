"""Migrations stay safe to run on a live PostgreSQL database: none rewrites or long-locks a table
that already holds data, except the ones listed (and explained) in the README's
"Migrations on a live database"."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the locks checked are PostgreSQL's"),
]

OUR_APPS = {"articles", "comments", "pages", "search", "wordpress", "operations", "pagecache", "publishing"}
# Reviewed, and noted in the README: what each costs on a big table.
NOTED = {
    ("articles", "0004_article_published_on"),  # fills a new column row by row
    ("articles", "0005_article_unique_slug_per_day"),  # builds a unique index; writes wait meanwhile
    ("articles", "0011_types_of_work"),  # indexes the revisions' type of work; article saves wait meanwhile
    ("pages", "0006_organisation_and_policies"),  # one policy page each: a unique index on a few pages
    ("pages", "0007_page_tree"),  # the page tree: indexes a few dozen pages' parent and path
}
RISKY = [
    (
        re.compile(r'ALTER TABLE "(\w+)" ALTER COLUMN "\w+" TYPE'),
        "changes a column's type (rewrites the table)",
    ),
    (
        re.compile(r'ALTER TABLE "(\w+)" ALTER COLUMN "\w+" SET NOT NULL'),
        "scans the table under an exclusive lock",
    ),
    (
        re.compile(r'ALTER TABLE "(\w+)" ADD CONSTRAINT "\w+" (?:UNIQUE|CHECK)'),
        "builds under a lock that stops writes",
    ),
    (re.compile(r'CREATE (?:UNIQUE )?INDEX "\w+" ON "(\w+)"'), "builds an index while writes wait"),
    (
        re.compile(r'ALTER TABLE "(\w+)" ADD COLUMN .* DEFAULT \(?(?:now|gen_random|random|clock)'),
        "volatile default",
    ),
]


def migration_sql(app, name):
    out = StringIO()
    call_command("sqlmigrate", app, name, stdout=out)
    return out.getvalue()


def risky_statements(sql):
    created = set(re.findall(r'CREATE TABLE "(\w+)"', sql))
    for pattern, why in RISKY:
        for match in pattern.finditer(sql):
            if match[1] not in created:  # a table made in the same migration is empty
                yield f"{match[0][:90]}… {why}"


def our_migrations():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted((app, name) for app, name in loader.disk_migrations if app in OUR_APPS)


def test_no_migration_rewrites_or_long_locks_a_table_that_holds_data():
    problems = {
        (app, name): found
        for app, name in our_migrations()
        if (app, name) not in NOTED and (found := list(risky_statements(migration_sql(app, name))))
    }
    assert not problems, (
        "These migrations lock or rewrite tables that may be big: split them (add nullable, fill in "
        "batches, then constrain), or note them in the README and in NOTED here:\n"
        + "\n".join(f"{app}.{name}: {line}" for (app, name), lines in problems.items() for line in lines)
    )


def test_the_noted_migrations_still_exist():
    assert set(NOTED) <= set(our_migrations())


def test_the_checker_spots_a_type_change_on_an_existing_table():
    sql = 'ALTER TABLE "comments_comment" ALTER COLUMN "body" TYPE varchar(500);'
    assert list(risky_statements(sql))
    assert not list(risky_statements('CREATE TABLE "x" (id int);\nCREATE INDEX "x_i" ON "x" ("id");'))
