import publishing.slugs
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0004_language'),
    ]

    # Slugs may now hold any script's letters: a rule for what forms accept, not a column change, so
    # nothing is done to the tables (SQLite would otherwise copy each one whole).
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='page',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, help_text="The last part of the page's address.", max_length=255, verbose_name='slug'),
                ),
            ]
        )
    ]
