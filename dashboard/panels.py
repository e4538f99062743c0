"""Which panels a staff user's dashboard shows: each only to those who can act on what it lists."""

from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext

from articles.models import Article
from articles.roles import can_publish
from comments.models import Comment
from dashboard import queries
from dashboard.chart import bar_chart
from dashboard.forms import QuickDraftForm

ARTICLES = "admin:articles_article_changelist"
COMMENTS = "admin:comments_comment_changelist"


def can_write(user):
    """Authors and editors start stories."""
    return user.has_perm("articles.add_article")


def can_moderate(user):
    """Moderators approve, hold and throw away comments."""
    return user.has_perm("comments.change_comment")


def dashboard_for(user, quick_draft_form=None):
    """The panels `user` may act on, by name (a panel that is absent is not shown), with their links."""
    now = timezone.now()
    panels = {}
    if can_publish(user):
        panels["pending_review"] = queries.pending_review()
        panels["pending_review_url"] = reverse(ARTICLES, query={"status__exact": Article.Status.PENDING})
        panels["scheduled"] = queries.scheduled_soon(now)
        panels["scheduled_url"] = reverse(ARTICLES, query={"publication": "scheduled"})
        panels["published"] = queries.published_counts(now)
        panels["published_today"] = queries.published_today(now)
    if can_write(user):
        panels["drafts"] = queries.drafts_of(user)
        panels["drafts_url"] = reverse(ARTICLES, query={"mine": "yes"})
        panels["quick_draft_form"] = quick_draft_form or QuickDraftForm()
    if can_moderate(user):
        panels["held"] = held_reasons()
        panels["held_pending"] = sum(row["pending"] for row in panels["held"])
        panels["held_pending_url"] = reverse(COMMENTS, query={"status__exact": Comment.Status.PENDING})
        panels["comment_chart"] = bar_chart(queries.comment_activity(now))
    if can_publish(user) or can_moderate(user):
        panels["closing"] = queries.closing_soon(now)
        panels["most_commented"] = most_commented(now, to_comments=can_moderate(user))
    if user.has_perm("articles.view_correction"):
        panels["corrections"] = queries.recent_corrections()
    return panels


def held_reasons():
    """Held comments by reason, each with its name and the link to those comments."""
    held = ",".join(queries.HELD_STATUSES)
    labels = dict(Comment.Reason.choices) | {Comment.Reason.NONE: gettext("No reason recorded")}
    return [
        row
        | {
            "label": labels.get(row["reason"], row["reason"]),
            "waiting": timesince(row["oldest_at"], depth=1),
            "url": reverse(COMMENTS, query={"status__in": held, "reason__exact": row["reason"]}),
        }
        for row in queries.held_by_reason()
    ]


def most_commented(now, to_comments):
    """The week's most-commented stories, each linking to its comments (for moderators) or to the story."""
    rows = queries.most_commented(now)
    for row in rows:
        if to_comments:
            row["url"] = reverse(COMMENTS, query={"article__id__exact": row["article_id"]})
        else:
            row["url"] = reverse("admin:articles_article_change", args=[row["article_id"]])
    return rows
