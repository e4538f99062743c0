import articles.models
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0013_retraction'),
    ]

    operations = [
        migrations.AddField(
            model_name='author',
            name='based_in',
            field=models.CharField(blank=True, help_text='e.g. “Vilnius”.', max_length=200, verbose_name='based in'),
        ),
        migrations.AddField(
            model_name='author',
            name='covers',
            field=models.CharField(blank=True, help_text='What they report on, separated by commas, e.g. “energy, climate, the Baltic states”.', max_length=300, verbose_name='covers'),
        ),
        migrations.AddField(
            model_name='author',
            name='languages',
            field=models.CharField(blank=True, help_text='The languages they report in, separated by commas, e.g. “English, Lithuanian, Russian”.', max_length=200, verbose_name='languages'),
        ),
        migrations.AddField(
            model_name='author',
            name='profile_links',
            field=models.TextField(blank=True, help_text='Their pages elsewhere (a personal site, a social profile), one address per line.', validators=[articles.models.validate_profile_links], verbose_name='profile links'),
        ),
        migrations.AddField(
            model_name='author',
            name='public_email',
            field=models.EmailField(blank=True, help_text="An address readers may write to with tips, shown on the author's page. Leave empty to show none.", max_length=254, verbose_name='public email'),
        ),
    ]
