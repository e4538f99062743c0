from django.db import migrations, models

# FTS5 cannot add a column to a virtual table, so the table and its triggers are made anew with a
# `stems` column (each document's words as its language's stemmer reads them; see
# search.backends.sqlite) and filled from the documents with 'rebuild'. The tokenizer is unchanged:
# Porter for English, unicode61 for any script, accents folded.
OLD_COLUMNS = ["headline", "standfirst", "body", "names"]
NEW_COLUMNS = [*OLD_COLUMNS, "stems"]
DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def create(columns):
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"""CREATE VIRTUAL TABLE search_fts USING fts5(
            {names},
            content='search_searchdocument', content_rowid='article_id',
            tokenize='porter unicode61 remove_diacritics 2'
        )""",
        f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
            INSERT INTO search_fts(rowid, {names}) VALUES (new.article_id, {new});
        END""",
        f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.article_id, {old});
        END""",
        f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.article_id, {old});
            INSERT INTO search_fts(rowid, {names}) VALUES (new.article_id, {new});
        END""",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ]


def on_sqlite(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    # The old FTS table goes before the fields are added, and the new one comes after: on SQLite,
    # adding a field copies search_searchdocument into a new table, which drops its triggers.
    operations = [
        migrations.RunPython(on_sqlite(DROP), on_sqlite(create(OLD_COLUMNS))),
        migrations.AddField(
            model_name="searchdocument",
            name="language",
            field=models.CharField(
                blank=True, help_text="The article's language, such as ru or en-gb.", max_length=15
            ),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="stems",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Every word above as its language's stemmer reads it (SQLite).",
            ),
        ),
        migrations.RunPython(on_sqlite(create(NEW_COLUMNS)), on_sqlite(DROP)),
    ]
