"""Schema changes that keep a live site writable while they run (see the README's "Migrations on a
live database")."""

from django.db import migrations


class AddIndexWithoutLocking(migrations.AddIndex):
    """`AddIndex`, built `CONCURRENTLY` on PostgreSQL: readers and writers carry on while it builds.

    PostgreSQL cannot build an index concurrently inside a transaction, so the migration using this
    says `atomic = False`. SQLite builds it as usual (its writers queue for a moment).
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            schema_editor.add_index(model, self.index, **concurrently(schema_editor))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            schema_editor.remove_index(model, self.index, **concurrently(schema_editor))


def concurrently(schema_editor):
    return {"concurrently": True} if schema_editor.connection.vendor == "postgresql" else {}


class RemoveIndexWithoutLocking(migrations.RemoveIndex):
    """`RemoveIndex`, dropped `CONCURRENTLY` on PostgreSQL (the migration says `atomic = False`)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            index = from_state.models[app_label, self.model_name_lower].get_index_by_name(self.name)
            schema_editor.remove_index(model, index, **concurrently(schema_editor))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            index = to_state.models[app_label, self.model_name_lower].get_index_by_name(self.name)
            schema_editor.add_index(model, index, **concurrently(schema_editor))
