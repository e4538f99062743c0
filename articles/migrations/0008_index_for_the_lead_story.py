from django.db import models

from publishing.schema import AddIndexWithoutLocking
from django.db import migrations


class Migration(migrations.Migration):
    """The front page's lead story: the newest featured one, else the newest."""

    atomic = False  # PostgreSQL builds the index concurrently, outside a transaction
    dependencies = [("articles", "0007_translatable_labels")]

    operations = [
        AddIndexWithoutLocking(
            model_name="article",
            index=models.Index(
                fields=["status", "is_featured", "published_at"], name="articles_featured_published"
            ),
        ),
    ]
