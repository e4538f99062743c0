from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0014_author_profiles'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='backstory',
            field=models.TextField(blank=True, help_text='Optional: how the story was reported — who was asked, what was checked, what could not be.', verbose_name='how we reported this'),
        ),
        migrations.AddField(
            model_name='article',
            name='sources',
            field=models.TextField(blank=True, help_text='Optional: one per line, a title or a title and its web address (“Budget 2026 https://…”).', verbose_name='sources and documents'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='backstory',
            field=models.TextField(blank=True, help_text='Optional: how the story was reported — who was asked, what was checked, what could not be.', verbose_name='how we reported this'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='sources',
            field=models.TextField(blank=True, help_text='Optional: one per line, a title or a title and its web address (“Budget 2026 https://…”).', verbose_name='sources and documents'),
        ),
    ]
