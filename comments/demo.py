"""Demo comments for `seed_demo`: the threads written into articles/demo/stories.py, approved."""

from datetime import timedelta

from comments.models import Comment


def add_demo_comments(sender, article, story, **kwargs):
    """Receiver of `articles.signals.demo_story_created`: the story's comment threads, spaced out in time."""
    moment = iter(range(1, 1000))
    for data in story.get("comments", []):
        add_thread(article, data, None, moment)


def add_thread(article, data, parent, moment):
    comment = Comment.objects.create(
        article=article,
        parent=parent,
        name=data["name"],
        email=data.get("email", ""),
        website=data.get("website", ""),
        body=data["body"],
        status=Comment.Status.APPROVED,
        created_at=article.published_at + timedelta(minutes=37 * next(moment)),
    )
    for reply in data.get("replies", []):
        add_thread(article, reply, comment, moment)
