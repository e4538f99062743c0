from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = _("Live coverage")

    def ready(self):
        from articles.meta import story_data_extensions
        from articles.models import Article, ArticleQuerySet
        from articles.roles import add_role_permissions
        from articles.signals import demo_story_created
        from live import banners
        from live.demo import add_demo_entries
        from live.models import Banner, open_coverage
        from live.roles import ROLE_PERMISSIONS
        from live.schema import live_blog_posting

        add_role_permissions(ROLE_PERMISSIONS)
        story_data_extensions.append(live_blog_posting)
        # The article page reads its live coverage (if any) in the article's own query.
        ArticleQuerySet.page_relations.append("live_coverage")
        # A story given the Live type of work gets its coverage (open) when it is saved.
        post_save.connect(open_coverage, sender=Article, dispatch_uid="live.coverage")
        demo_story_created.connect(add_demo_entries, dispatch_uid="live.demo")
        for signal in (post_save, post_delete):
            signal.connect(banners.changed, sender=Banner, dispatch_uid="live.banners")
