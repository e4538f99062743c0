"""Work done outside the request, through Django's tasks framework (the django-tasks backport),
and the two functions that schedule it: `after_posting` and `after_approval`.

With the database backend (the default) each task is a row that `manage.py db_worker` picks up, so
a slow or broken mail server never slows posting, and a message it refuses waits to be retried.
"""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from comments import discussion, notifications
from comments.models import Comment, Subscription

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt at a message the mail server refused: about a day in all.
RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60, 16 * 60 * 60]
# A second "notify me" from the same address within this time sends no second confirmation email.
RECONFIRM_AFTER = 24 * 60 * 60


def after_posting(comment, *, wants_follow_ups):
    """Queue the emails a new comment calls for, once its transaction has committed."""

    def enqueue():
        if comment.status == Comment.Status.PENDING and discussion.current().notify_moderators:
            notify_moderators.enqueue(comment.pk)
        if comment.status == Comment.Status.APPROVED:
            notify_approved.enqueue(comment.pk)
        wanted = wants_follow_ups and comment.status != Comment.Status.SPAM and comment.email
        if wanted and (subscription := subscription_needing_confirmation(comment.article, comment.email)):
            send_confirmation.enqueue(subscription.pk)
        forget_ip_addresses.enqueue()

    transaction.on_commit(enqueue)


def schedule_after_posting(sender, comment, wants_follow_ups=False, **kwargs):
    """comment_was_posted receiver (connected in comments/apps.py)."""
    after_posting(comment, wants_follow_ups=wants_follow_ups)


def after_approval(comment_ids):
    """Tell authors and subscribers about comments a moderator approved (each comment once)."""
    ids = list(comment_ids)
    transaction.on_commit(lambda: [notify_approved.enqueue(pk) for pk in ids])


def subscription_needing_confirmation(article, email):
    """The reader's subscription, when a confirmation email should go out for it now."""
    subscription, _ = Subscription.objects.get_or_create(article=article, email=email.strip().lower())
    sent_at = subscription.confirmation_sent_at
    if subscription.is_confirmed() or (
        sent_at and sent_at > timezone.now() - timedelta(seconds=RECONFIRM_AFTER)
    ):
        return None
    Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=timezone.now())
    return subscription


@task()
def deliver(message, attempt=1):
    """Send one email; when the server fails, queue another attempt later instead of losing it."""
    try:
        EmailMessage(
            subject=message["subject"],
            body=message["body"],
            to=message["to"],
            headers=message.get("headers", {}),
        ).send()
    except (smtplib.SMTPException, OSError):
        if attempt > len(RETRY_DELAYS) or not deliver.get_backend().supports_defer:
            raise
        run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1])
        logger.warning("Mail server refused %r; attempt %d at %s", message["subject"], attempt + 1, run_after)
        deliver.using(run_after=run_after).enqueue(message, attempt + 1)


@task()
def notify_moderators(comment_id):
    """Tell the moderators about a held comment (unless one of them has dealt with it already)."""
    comment = Comment.objects.select_related("article").filter(pk=comment_id, status=Comment.Status.PENDING)
    if comment := comment.first():
        for message in notifications.held_messages(comment):
            deliver.enqueue(message)


@task()
def notify_approved(comment_id):
    """Tell the article's authors and confirmed subscribers about an approved comment.

    Approved readers' comments only: a pingback or trackback is a mention, not a new comment.
    """
    # Claim the comment first, so approving, unapproving and approving again sends nothing twice.
    claimed = (
        Comment.objects.approved()
        .filter(pk=comment_id, notified_at__isnull=True)
        .update(notified_at=timezone.now())
    )
    if not claimed:
        return
    comment = Comment.objects.select_related("article").get(pk=comment_id)
    for message in notifications.approved_messages(comment):
        deliver.enqueue(message)


@task()
def send_confirmation(subscription_id):
    """Ask a reader to confirm they want follow-up emails (double opt-in)."""
    if subscription := Subscription.objects.select_related("article").filter(pk=subscription_id).first():
        deliver.enqueue(notifications.confirmation_message(subscription))


@task()
def forget_ip_addresses():
    """Remove IP addresses older than the Discussion settings keep them: they are for spam control only."""
    cutoff = timezone.now() - timedelta(days=discussion.current().ip_retention_days)
    return Comment.objects.filter(~Q(ip_address=None), created_at__lt=cutoff).update(ip_address=None)
