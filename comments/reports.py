"""Readers' reports on approved comments: one per reader and comment, a few an hour from any address,
and enough of them hold the comment for a moderator (Discussion settings: `reports_to_hide`).

Who reported is never stored: only a keyed fingerprint of their address, so that one reader counts once
and a reader whose reports moderators keep rejecting counts for less. Nothing shows it to anyone.
"""

import logging

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext

from comments import discussion
from comments.models import Comment, CommentReport

logger = logging.getLogger(__name__)

# Reports one address may send in an hour; more are refused politely.
PER_HOUR = 10
HOUR = 60 * 60

RECORDED, ALREADY_REPORTED = "recorded", "already reported"


def reporter_key(ip_address):
    return salted_hmac("comments.report", ip_address or "", algorithm="sha256").hexdigest()


def over_the_limit(key):
    """Count this report against the address's hour; True once it has sent PER_HOUR already."""
    counter = f"comments:reports:{key}"
    try:
        cache.add(counter, 0, HOUR)
        return cache.incr(counter) > PER_HOUR
    except Exception:  # no cache, no counting: reports still need a reader each, and moderators decide
        logger.warning("The report rate limit is unavailable", exc_info=True)
        return False


def record(comment, reason, note, key):
    """Keep one reader's report; hold the comment once enough readers have reported it."""
    try:
        with transaction.atomic():
            CommentReport.objects.create(comment=comment, reason=reason, note=note, reporter_key=key)
    except IntegrityError:
        return ALREADY_REPORTED
    threshold = discussion.current().reports_to_hide
    if threshold and comment.status == Comment.Status.APPROVED and weight_of_reports(comment) >= threshold:
        hold(comment)
    return RECORDED


def weight_of_reports(comment):
    """The open reports on `comment`, each reader counting 1 / (1 + reports of theirs rejected before)."""
    keys = list(
        comment.reports.filter(verdict=CommentReport.Verdict.OPEN).values_list("reporter_key", flat=True)
    )
    rejected = dict(
        CommentReport.objects.filter(reporter_key__in=keys, verdict=CommentReport.Verdict.REJECTED)
        .values_list("reporter_key")
        .annotate(count=Count("pk"))
    )
    return sum(1 / (1 + rejected.get(key, 0)) for key in keys)


def hold(comment):
    reasons = comment.reports.filter(verdict=CommentReport.Verdict.OPEN).values_list("reason", flat=True)
    labels = sorted({str(CommentReport.Reason(reason).label) for reason in reasons})
    comment.status = Comment.Status.PENDING
    comment.reason = Comment.Reason.REPORTED
    detail = ngettext("%(count)d report: %(reasons)s", "%(count)d reports: %(reasons)s", len(reasons)) % {
        "count": len(reasons),
        "reasons": ", ".join(labels),
    }
    comment.reason_detail = detail[:200]
    comment.save(update_fields=["status", "reason", "reason_detail"])


def settle(comment_ids, status):
    """A moderator's decision on reported comments answers their open reports: approving a comment
    rejects them, marking it spam or trashing it upholds them."""
    verdict = {
        Comment.Status.APPROVED: CommentReport.Verdict.REJECTED,
        Comment.Status.SPAM: CommentReport.Verdict.UPHELD,
        Comment.Status.TRASH: CommentReport.Verdict.UPHELD,
    }.get(status)
    if verdict:
        CommentReport.objects.filter(comment__in=comment_ids, verdict=CommentReport.Verdict.OPEN).update(
            verdict=verdict
        )
