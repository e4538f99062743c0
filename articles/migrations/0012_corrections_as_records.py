from django.db import migrations, models
from django.db.models import Max, OuterRef, Subquery

from publishing.schema import AddIndexWithoutLocking


def date_the_updates_readers_were_told_of(apps, schema_editor):
    """An article's revision time is its newest note's: from now on only notes make it "Updated"."""
    Article = apps.get_model("articles", "Article")
    Correction = apps.get_model("articles", "Correction")
    newest = Correction.objects.filter(article=OuterRef("pk")).values("article").annotate(at=Max("created_at"))
    Article.objects.filter(corrections__isnull=False).update(revised_at=Subquery(newest.values("at")))


class Migration(migrations.Migration):
    # The index is built concurrently on PostgreSQL, which cannot happen inside a transaction.
    atomic = False

    dependencies = [
        ('articles', '0011_types_of_work'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='revised_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='When readers were last told of a change: the time of its newest correction or update note.', null=True, verbose_name='revised at'),
        ),
        migrations.AddField(
            model_name='correction',
            name='at_top',
            field=models.BooleanField(default=False, help_text='For a serious correction readers must see first; otherwise the note follows the story.', verbose_name='above the story'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='revised_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='When readers were last told of a change: the time of its newest correction or update note.', null=True, verbose_name='revised at'),
        ),
        migrations.AlterField(
            model_name='correction',
            name='kind',
            field=models.CharField(choices=[('correction', 'Correction'), ('clarification', 'Clarification'), ('update', 'Update'), ('editors_note', "Editor's note")], default='correction', max_length=20, verbose_name='kind'),
        ),
        AddIndexWithoutLocking(
            model_name='correction',
            index=models.Index(fields=['-created_at', '-id'], name='articles_correction_newest'),
        ),
        migrations.RunPython(date_the_updates_readers_were_told_of, migrations.RunPython.noop),
    ]
