from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0005_any_script_slugs'),
    ]

    operations = [
        migrations.CreateModel(
            name='Organisation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(blank=True, help_text="The organisation's full name. Empty: the site's name.", max_length=200, verbose_name='name')),
                ('founded', models.DateField(blank=True, null=True, verbose_name='founded')),
                ('newsroom_email', models.EmailField(blank=True, help_text="For readers' questions.", max_length=254, verbose_name='newsroom email')),
                ('corrections_email', models.EmailField(blank=True, help_text='Where readers report an error.', max_length=254, verbose_name='corrections email')),
                ('tips_email', models.EmailField(blank=True, help_text='Where readers send story tips.', max_length=254, verbose_name='tips email')),
            ],
            options={
                'verbose_name': 'organisation',
                'verbose_name_plural': 'organisation',
            },
        ),
        migrations.AddField(
            model_name='page',
            name='policy',
            field=models.CharField(blank=True, choices=[('ethics', 'Ethics policy'), ('corrections', 'Corrections policy'), ('verification', 'Verification and fact-checking policy'), ('unnamed_sources', 'Unnamed sources policy'), ('ownership', 'Ownership and funding'), ('masthead', 'Masthead'), ('diversity', 'Diversity policy'), ('feedback', 'Feedback policy')], help_text="If this page is one of the newsroom's standards: it is linked from every page's footer.", max_length=20, verbose_name="the newsroom's policy"),
        ),
        migrations.AddConstraint(
            model_name='page',
            constraint=models.UniqueConstraint(condition=models.Q(('policy', ''), _negated=True), fields=('policy',), name='pages_page_one_page_per_policy', violation_error_message='Another page already is this policy.'),
        ),
    ]
