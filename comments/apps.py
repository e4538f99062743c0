from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"

    def ready(self):
        from articles.signals import demo_story_created
        from comments.demo import add_demo_comments

        demo_story_created.connect(add_demo_comments, dispatch_uid="comments.demo")
