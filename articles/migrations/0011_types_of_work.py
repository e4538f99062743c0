import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0010_any_script_slugs'),
    ]

    operations = [
        migrations.CreateModel(
            name='WorkType',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('news', 'News'), ('analysis', 'Analysis'), ('opinion', 'Opinion'), ('explainer', 'Explainer'), ('review', 'Review'), ('interview', 'Interview'), ('live', 'Live'), ('sponsored', 'Sponsored')], help_text='What readers and search engines are told the story is; Sponsored stories name their sponsor.', max_length=20, verbose_name='kind')),
                ('name', models.CharField(blank=True, help_text="The label readers see, e.g. “Column”. Empty: the kind's own name, in the site's language.", max_length=100, verbose_name='name')),
                ('show_label', models.BooleanField(default=True, help_text='Above the headline and on cards. Off suits plain news; sponsored stories always show it.', verbose_name='show the label')),
                ('position', models.PositiveSmallIntegerField(default=0, help_text="Order in the admin's list.", verbose_name='position')),
            ],
            options={
                'verbose_name': 'type of work',
                'verbose_name_plural': 'types of work',
                'ordering': ['position', 'pk'],
            },
        ),
        migrations.AddField(
            model_name='article',
            name='sponsor',
            field=models.CharField(blank=True, help_text='Who paid for a sponsored story; shown beside its label and in its disclosure.', max_length=200, verbose_name='sponsor'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='sponsor',
            field=models.CharField(blank=True, help_text='Who paid for a sponsored story; shown beside its label and in its disclosure.', max_length=200, verbose_name='sponsor'),
        ),
        migrations.AddField(
            model_name='article',
            name='work_type',
            field=models.ForeignKey(blank=True, db_index=False, help_text='News, analysis, opinion… Empty: news.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='articles.worktype', verbose_name='type of work'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='work_type',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='News, analysis, opinion… Empty: news.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='articles.worktype', verbose_name='type of work'),
        ),
    ]
