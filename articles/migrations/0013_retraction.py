from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0012_corrections_as_records'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='article',
            options={'ordering': ['-published_at', '-pk'], 'permissions': [('publish_article', 'Can publish, schedule and unpublish articles'), ('retract_article', 'Can retract published articles')], 'verbose_name': 'article', 'verbose_name_plural': 'articles'},
        ),
        migrations.AddField(
            model_name='article',
            name='retracted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='retracted at'),
        ),
        migrations.AddField(
            model_name='article',
            name='retraction_note',
            field=models.TextField(blank=True, help_text='Why the story was withdrawn, shown to readers at its address in its place. Needed to retract.', verbose_name='retraction note'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='retracted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='retracted at'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='retraction_note',
            field=models.TextField(blank=True, help_text='Why the story was withdrawn, shown to readers at its address in its place. Needed to retract.', verbose_name='retraction note'),
        ),
        migrations.AlterField(
            model_name='article',
            name='status',
            field=models.CharField(choices=[('draft', 'Draft'), ('pending', 'Pending review'), ('published', 'Published'), ('unpublished', 'Unpublished'), ('retracted', 'Retracted')], default='draft', max_length=20, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='historicalarticle',
            name='status',
            field=models.CharField(choices=[('draft', 'Draft'), ('pending', 'Pending review'), ('published', 'Published'), ('unpublished', 'Unpublished'), ('retracted', 'Retracted')], default='draft', max_length=20, verbose_name='status'),
        ),
    ]
