import publishing.slugs
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0009_language'),
    ]

    # Slugs may now hold any script's letters: a rule for what forms accept, not a column change, so
    # nothing is done to the tables (SQLite would otherwise copy each one whole).
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, help_text="The last part of the article's address; filled from the headline.", max_length=255, verbose_name='slug'),
                ),
                migrations.AlterField(
                    model_name='author',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, help_text="Used in the author's page address.", max_length=200, verbose_name='slug'),
                ),
                migrations.AlterField(
                    model_name='historicalarticle',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, help_text="The last part of the article's address; filled from the headline.", max_length=255, verbose_name='slug'),
                ),
                migrations.AlterField(
                    model_name='section',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, max_length=100, verbose_name='slug'),
                ),
                migrations.AlterField(
                    model_name='tag',
                    name='slug',
                    field=publishing.slugs.SlugField(allow_unicode=True, max_length=100, verbose_name='slug'),
                ),
            ]
        )
    ]
