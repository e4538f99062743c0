"""Work done outside the request, through Django's tasks framework (the django-tasks backport).

With the database backend (the default) each task is a row that `manage.py db_worker` picks up, so
a slow or broken mail server never slows posting, and a message it refuses waits to be retried.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from comments import notifications
from comments.models import Comment, Subscription

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt at a message the mail server refused: about a day in all.
RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60, 16 * 60 * 60]


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
def notify_moderators(comment_id, base_url):
    """Tell the moderators about a held comment (unless one of them has dealt with it already)."""
    comment = Comment.objects.select_related("article").filter(pk=comment_id, status=Comment.Status.PENDING)
    if comment := comment.first():
        for message in notifications.held_messages(comment, base_url):
            deliver.enqueue(message)


@task()
def notify_approved(comment_id, base_url):
    """Tell the article's authors and confirmed subscribers about an approved comment."""
    # Claim the comment first, so approving, unapproving and approving again sends nothing twice.
    claimed = Comment.objects.filter(
        pk=comment_id, status=Comment.Status.APPROVED, notified_at__isnull=True
    ).update(notified_at=timezone.now())
    if not claimed:
        return
    comment = Comment.objects.select_related("article").get(pk=comment_id)
    for message in notifications.approved_messages(comment, base_url):
        deliver.enqueue(message)


@task()
def send_confirmation(subscription_id, base_url):
    """Ask a reader to confirm they want follow-up emails (double opt-in)."""
    if subscription := Subscription.objects.select_related("article").filter(pk=subscription_id).first():
        deliver.enqueue(notifications.confirmation_message(subscription, base_url))


@task()
def forget_ip_addresses():
    """Remove IP addresses older than COMMENTS_IP_RETENTION_DAYS: they are kept for spam control only."""
    cutoff = timezone.now() - timedelta(days=settings.COMMENTS_IP_RETENTION_DAYS)
    return Comment.objects.filter(~Q(ip_address=None), created_at__lt=cutoff).update(ip_address=None)
