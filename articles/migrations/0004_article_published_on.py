from django.db import migrations, models
from django.utils import timezone

HELP_TEXT = "The day of the publish time in the site's time zone, as in the address; kept by save()."


def fill_published_on(apps, schema_editor):
    """Each dated article's day in the site's time zone (TIME_ZONE), as its address shows it."""
    Article = apps.get_model("articles", "Article")
    articles = list(Article.objects.exclude(published_at=None).only("pk", "published_at"))
    for article in articles:
        article.published_on = timezone.localdate(article.published_at)
    Article.objects.bulk_update(articles, ["published_on"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_roles"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="published_on",
            field=models.DateField(blank=True, editable=False, help_text=HELP_TEXT, null=True),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="published_on",
            field=models.DateField(blank=True, editable=False, help_text=HELP_TEXT, null=True),
        ),
        migrations.RunPython(fill_published_on, migrations.RunPython.noop),
    ]
