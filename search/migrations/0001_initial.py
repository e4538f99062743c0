import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

SQLITE_FORWARD = [
    # External-content FTS5 table over search_searchdocument; the Porter stemmer makes
    # "protest" find "protests", and unicode61 folds case and accents.
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        headline, standfirst, body, names,
        content='search_searchdocument', content_rowid='article_id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, headline, standfirst, body, names)
        VALUES (new.article_id, new.headline, new.standfirst, new.body, new.names);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, headline, standfirst, body, names)
        VALUES ('delete', old.article_id, old.headline, old.standfirst, old.body, old.names);
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, headline, standfirst, body, names)
        VALUES ('delete', old.article_id, old.headline, old.standfirst, old.body, old.names);
        INSERT INTO search_fts(rowid, headline, standfirst, body, names)
        VALUES (new.article_id, new.headline, new.standfirst, new.body, new.names);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (vector)",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS search_document_vector_gin"]


def run_for_vendor(sqlite, postgresql):
    def run(apps, schema_editor):
        statements = {"sqlite": sqlite, "postgresql": postgresql}.get(schema_editor.connection.vendor, [])
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_document",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                ("headline", models.TextField()),
                ("standfirst", models.TextField(blank=True)),
                ("body", models.TextField(blank=True, help_text="The body as plain text.")),
                (
                    "names",
                    models.TextField(blank=True, help_text="Section, tags and authors, space separated."),
                ),
                ("vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
            ],
            options={"ordering": ["article"]},
        ),
        migrations.RunPython(
            run_for_vendor(SQLITE_FORWARD, POSTGRES_FORWARD),
            run_for_vendor(SQLITE_BACKWARD, POSTGRES_BACKWARD),
        ),
    ]
