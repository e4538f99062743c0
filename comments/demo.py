"""Demo comments for `seed_demo`: the threads written into articles/demo/ (approved unless a comment's
`status` says otherwise: the desk's held ones, with their `reason`)."""

from datetime import timedelta

from django.utils import timezone

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
        status=data.get("status", Comment.Status.APPROVED),
        reason=data.get("reason", ""),
        reason_detail=data.get("reason_detail", ""),
        created_at=min(article.published_at + timedelta(minutes=37 * next(moment)), timezone.now()),
    )
    for reply in data.get("replies", []):
        add_thread(article, reply, comment, moment)
