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
        # Moderators may not open articles: their links go to the story's comments.
        to_comments = can_moderate(user) and not can_publish(user)
        panels["closing"] = closing_soon(now, to_comments)
        panels["most_commented"] = most_commented(now, to_comments)
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


def article_link(article_id, to_comments):
    """Where an article in a panel leads: its comments in the admin, or the article itself."""
    if to_comments:
        return reverse(COMMENTS, query={"article__id__exact": article_id})
    return reverse("admin:articles_article_change", args=[article_id])


def closing_soon(now, to_comments):
    """Articles whose comments close soon as {article, closes_at, url}; None when comments never close."""
    closing = queries.closing_soon(now)
    if closing is None:
        return None
    return [
        {"article": article, "closes_at": closes_at, "url": article_link(article.pk, to_comments)}
        for article, closes_at in closing
    ]


def most_commented(now, to_comments):
    """The week's most-commented stories, each with its link."""
    return [
        row | {"url": article_link(row["article_id"], to_comments)} for row in queries.most_commented(now)
    ]
