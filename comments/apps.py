from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from articles.models import ArticleQuerySet
        from articles.roles import add_role_permissions
        from articles.signals import demo_story_created
        from comments import discussion
        from comments.demo import add_demo_comments
        from comments.models import DiscussionSettings, approved_comment_count, approved_thread_count
        from comments.roles import ROLE_PERMISSIONS
        from comments.signals import comment_was_posted
        from comments.tasks import schedule_after_posting

        # Before any migration or post_migrate sync runs, so the Moderator group gets its rights.
        add_role_permissions(ROLE_PERMISSIONS)
        demo_story_created.connect(add_demo_comments, dispatch_uid="comments.demo")
        comment_was_posted.connect(schedule_after_posting, dispatch_uid="comments.tasks")
        for signal in (post_save, post_delete):
            signal.connect(discussion.changed, sender=DiscussionSettings, dispatch_uid="comments.discussion")
        # Every list of articles, the article page and the admin count the same comments.
        ArticleQuerySet.listing_annotations["comment_count"] = approved_comment_count
        # The article page's comment pages, counted in the article's own query.
        ArticleQuerySet.page_annotations["comment_threads"] = approved_thread_count
