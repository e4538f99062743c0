"""An index for the tasks RUNNING longer than they should (the worker's sweep and /healthz ask every second).

django-tasks-db indexes only READY tasks, and its table keeps every finished task, so without this each
question would read the whole table. The index is partial, and so tiny: few tasks run at a time. It is
added to the library's table from here because the library's model is not ours to change.
"""

from django.db import migrations, models

INDEX = models.Index(
    fields=["started_at"], condition=models.Q(status="RUNNING"), name="operations_tasks_running_idx"
)


def add_index(apps, schema_editor):
    schema_editor.add_index(apps.get_model("django_tasks_database", "DBTaskResult"), INDEX)


def remove_index(apps, schema_editor):
    schema_editor.remove_index(apps.get_model("django_tasks_database", "DBTaskResult"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("django_tasks_database", "0021_conditional_partial_index_ordering")]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
