"""The moderation policy: which new comments are published, held for a moderator, or marked spam.

Every rule lives here and reads its setting when it runs, so an operator changes the policy with an
environment variable (see the comments section of newsroom/settings.py).
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from comments.models import Comment
from comments.rendering import count_links

MODERATION_MODES = {"all", "known", "none"}


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str = Comment.Reason.NONE
    detail: str = ""


def judge(comment, *, spam_reason="", trusted=False):
    """The verdict for a new comment: spam first, then the hold rules, then the moderation mode."""
    if spam_reason:
        return Verdict(Comment.Status.SPAM, spam_reason, Comment.Reason(spam_reason).label)
    if trusted:
        return Verdict(Comment.Status.APPROVED)
    if word := matching_word(comment, settings.COMMENTS_BLOCKED_WORDS):
        return Verdict(Comment.Status.SPAM, Comment.Reason.BLOCKED_WORD, f'word "{word}"')
    links = count_links(comment.body)
    if links >= settings.COMMENTS_HOLD_LINKS:
        return Verdict(Comment.Status.PENDING, Comment.Reason.LINKS, f"{links} links")
    if word := matching_word(comment, settings.COMMENTS_MODERATION_WORDS):
        return Verdict(Comment.Status.PENDING, Comment.Reason.MODERATION_WORD, f'word "{word}"')
    if settings.COMMENTS_MODERATION == "all":
        return Verdict(Comment.Status.PENDING, Comment.Reason.HOLD_ALL, "every comment is held")
    if settings.COMMENTS_MODERATION == "known" and not is_known_commenter(comment):
        return Verdict(Comment.Status.PENDING, Comment.Reason.FIRST_TIME, "first-time commenter")
    return Verdict(Comment.Status.APPROVED)


def apply(comment, verdict):
    comment.status, comment.reason, comment.reason_detail = verdict.status, verdict.reason, verdict.detail


def matching_word(comment, words):
    """The first listed word found in the comment's text, name, email, website or IP address."""
    haystack = "\n".join(
        [comment.body, comment.name, comment.email, comment.website, comment.ip_address or ""]
    )
    for word in words:
        # Whole words only, so "ass" does not catch "class"; entries may be phrases, domains or IPs.
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack, flags=re.IGNORECASE):
            return word
    return ""


def is_known_commenter(comment):
    """The same name and email already have an approved comment (WordPress's "known" rule)."""
    return (
        Comment.objects.approved().by_email(comment.email).filter(name__iexact=comment.name.strip()).exists()
    )


def is_flooding(ip_address):
    """This address posted a comment less than COMMENTS_FLOOD_SECONDS ago."""
    if not ip_address or not settings.COMMENTS_FLOOD_SECONDS:
        return False
    since = timezone.now() - timedelta(seconds=settings.COMMENTS_FLOOD_SECONDS)
    # Comments already refused for flooding do not count, or a reader who waits would be refused again.
    return (
        Comment.objects.filter(ip_address=ip_address, created_at__gte=since)
        .exclude(reason=Comment.Reason.FLOOD)
        .exists()
    )


def is_duplicate(comment):
    """The same words from the same person on the same article, already posted (and not thrown away)."""
    same_person = Comment.objects.by_email(comment.email) if comment.email else Comment.objects.all()
    return (
        same_person.filter(article_id=comment.article_id, name=comment.name, body=comment.body)
        .exclude(status__in=[Comment.Status.SPAM, Comment.Status.TRASH])
        .exists()
    )


def closing_date(article):
    """When comments on the article close automatically (COMMENTS_CLOSE_AFTER_DAYS), or None."""
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    if not days or not article.published_at:
        return None
    return article.published_at + timedelta(days=days)


def comments_open(article):
    """Open when the article allows comments and its automatic closing date has not passed."""
    closes_at = closing_date(article)
    return article.comments_open and (closes_at is None or timezone.now() < closes_at)
