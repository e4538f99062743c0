from django.db import migrations, models

from publishing.schema import AddIndexWithoutLocking, RemoveIndexWithoutLocking


class Migration(migrations.Migration):
    """The page of threads reads only its index once it covers `kind`; each comment feed reads its
    own index newest first. Built before the old index goes, so pages never lose theirs meanwhile."""

    atomic = False  # PostgreSQL builds and drops the indexes concurrently, outside a transaction
    dependencies = [("articles", "0008_index_for_the_lead_story"), ("comments", "0005_translatable_labels")]

    operations = [
        AddIndexWithoutLocking(
            model_name="comment",
            index=models.Index(
                fields=["article", "status", "kind", "parent", "created_at"], name="comments_thread_kind_list"
            ),
        ),
        RemoveIndexWithoutLocking(model_name="comment", name="comments_thread_list"),
        AddIndexWithoutLocking(
            model_name="comment",
            index=models.Index(fields=["status", "kind", "created_at"], name="comments_site_feed"),
        ),
        AddIndexWithoutLocking(
            model_name="comment",
            index=models.Index(
                fields=["article", "status", "kind", "created_at"], name="comments_article_feed"
            ),
        ),
    ]
