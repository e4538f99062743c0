from django.db import migrations, models


class Migration(migrations.Migration):
    """In a migration of its own: PostgreSQL will not alter a table in the transaction that just updated it."""

    dependencies = [
        ("articles", "0004_article_published_on"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="article",
            name="articles_article_unique_slug",
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.UniqueConstraint(
                fields=("published_on", "slug"),
                name="articles_article_unique_slug_per_day",
                violation_error_message=(
                    "Another article published that day already has this address (slug). Change the slug."
                ),
            ),
        ),
    ]
