from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from articles.roles import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="articles_sync_roles")
        post_migrate.connect(create_default_work_types, sender=self, dispatch_uid="articles_work_types")


def create_default_work_types(sender, using="default", **kwargs):
    """After every migrate (and every flush, which empties the table): the starting types of work."""
    from articles.models import WorkType

    WorkType.create_defaults(using)
