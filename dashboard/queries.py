"""What the dashboard reads: one named query per panel, each a fixed number of queries whatever the data."""

from datetime import datetime, time, timedelta

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from articles.models import Article, Correction
from comments import discussion
from comments.models import Comment

# How many items a panel lists; each links to the full list in the admin.
PANEL_SIZE = 8
SCHEDULED_HOURS = 48
CLOSING_DAYS = 3
CHART_DAYS = 30
HELD_STATUSES = [Comment.Status.PENDING, Comment.Status.SPAM]


def pending_review(limit=PANEL_SIZE):
    """Articles waiting for an editor, the longest-waiting first."""
    return list(
        Article.objects.filter(status=Article.Status.PENDING)
        .only("headline", "updated_at")
        .order_by("updated_at", "pk")[:limit]
    )


def drafts_of(user, limit=PANEL_SIZE):
    """The user's own drafts and articles pending review, the most recently changed first."""
    return list(
        Article.objects.written_by(user)
        .filter(status__in=[Article.Status.DRAFT, Article.Status.PENDING])
        .only("headline", "status", "updated_at")
        .order_by("-updated_at", "-pk")[:limit]
    )


def scheduled_soon(now, hours=SCHEDULED_HOURS, limit=PANEL_SIZE):
    """Articles that appear by themselves within `hours`, the soonest first."""
    return list(
        Article.objects.scheduled()
        .filter(published_at__lte=now + timedelta(hours=hours))
        .only("headline", "status", "published_at")
        .order_by("published_at", "pk")[:limit]
    )


def held_by_reason():
    """Held comments (`Comment.objects.held()`) counted by why they were held, with the oldest's time,
    the longest-waiting reason first; and how many of them are pending (not judged spam)."""
    rows = (
        Comment.objects.held()
        .values("reason")
        .annotate(
            count=Count("pk"),
            pending=Count("pk", filter=Q(status=Comment.Status.PENDING)),
            oldest_at=Min("created_at"),
        )
        .order_by("oldest_at", "reason")
    )
    return list(rows)


def closing_soon(now, days=CLOSING_DAYS, limit=PANEL_SIZE):
    """Published articles whose comments close by themselves within `days` (the Discussion settings'
    "close after" rule, as comments.moderation.closing_date applies it), the soonest first; None when
    no such rule is set."""
    close_after = discussion.current().close_after_days
    if not close_after:
        return None
    opened_after = now - timedelta(days=close_after)
    articles = (
        Article.objects.published()
        .filter(comments_open=True, published_at__gt=opened_after)
        .filter(published_at__lte=opened_after + timedelta(days=days))
        .only("headline", "status", "published_at")
        .order_by("published_at", "pk")[:limit]
    )
    return [(article, article.published_at + timedelta(days=close_after)) for article in articles]


def recent_corrections(limit=5):
    """The newest correction and update notes, with their articles."""
    return list(
        Correction.objects.select_related("article")
        .only("kind", "created_at", "article__headline")
        .order_by("-created_at", "-pk")[:limit]
    )


def published_counts(now):
    """How many stories went live since midnight and in the last seven days, in one query."""
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return Article.objects.published().aggregate(
        today=Count("pk", filter=Q(published_at__gte=midnight)),
        week=Count("pk", filter=Q(published_at__gte=now - timedelta(days=7))),
    )


def published_today(now, limit=PANEL_SIZE):
    """The stories that went live since midnight, newest first."""
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return list(
        Article.objects.published()
        .filter(published_at__gte=midnight)
        .only("headline", "status", "published_at")
        .order_by("-published_at", "-pk")[:limit]
    )


def most_commented(now, days=7, limit=5):
    """The published stories with the most approved comments posted in the last `days`, as
    {article_id, article__headline, count}, in one query."""
    return list(
        Comment.objects.approved()
        .filter(created_at__gte=now - timedelta(days=days), article__in=Article.objects.published())
        .values("article_id", "article__headline")
        .annotate(count=Count("pk"))
        .order_by("-count", "article_id")[:limit]
    )


def comment_activity(now, days=CHART_DAYS):
    """Readers' comments posted on each of the last `days` days (the site's time zone), by where they stand
    now: [(date, approved, held)], oldest day first, days without comments included."""
    today = timezone.localdate(now)
    first_day = today - timedelta(days=days - 1)
    since = timezone.make_aware(datetime.combine(first_day, time.min))
    rows = (
        Comment.objects.filter(kind=Comment.Kind.COMMENT, created_at__gte=since)
        .annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        # Counted in one pass over the rows: CommentQuerySet.approved() and held(), as conditions.
        .annotate(
            approved=Count("pk", filter=Q(status=Comment.Status.APPROVED)),
            held=Count("pk", filter=Q(status__in=HELD_STATUSES)),
        )
        .order_by("day")
    )
    by_day = {row["day"]: (row["approved"], row["held"]) for row in rows}
    return [(day, *by_day.get(day, (0, 0))) for day in (first_day + timedelta(days=n) for n in range(days))]
