"""Who is told about a comment, with which email, and the signed links in those emails.

Nothing here sends anything: the tasks in comments/tasks.py build these messages outside the
request and hand each one to the `deliver` task, which retries while the mail server is down.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, NotificationOptOut, Subscription

CONFIRM_SALT = "comments.subscription.confirm"
UNSUBSCRIBE_SALT = "comments.subscription.unsubscribe"
STAFF_UNSUBSCRIBE_SALT = "comments.staff.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60
# A second "notify me" from the same address within this time sends no second confirmation email.
RECONFIRM_AFTER = 24 * 60 * 60


def signed_link(base_url, view_name, value, salt):
    token = signing.dumps(value, salt=salt)
    return base_url + reverse(view_name, kwargs={"token": token})


def read_token(token, salt, max_age=None):
    """The value signed into a link, or None when the link is forged, damaged or expired."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


def after_posting(comment, *, wants_follow_ups, base_url):
    """Queue the emails a new comment calls for, once its transaction has committed."""
    from comments import tasks

    def enqueue():
        if comment.status == Comment.Status.PENDING and settings.COMMENTS_NOTIFY_MODERATORS:
            tasks.notify_moderators.enqueue(comment.pk, base_url)
        if comment.status == Comment.Status.APPROVED:
            tasks.notify_approved.enqueue(comment.pk, base_url)
        wanted = wants_follow_ups and comment.status != Comment.Status.SPAM and comment.email
        if wanted and (subscription := subscription_needing_confirmation(comment.article, comment.email)):
            tasks.send_confirmation.enqueue(subscription.pk, base_url)
        tasks.forget_ip_addresses.enqueue()

    transaction.on_commit(enqueue)


def after_approval(comment_ids, *, base_url):
    """Tell authors and subscribers about comments a moderator approved (each comment once)."""
    from comments import tasks

    ids = list(comment_ids)
    transaction.on_commit(lambda: [tasks.notify_approved.enqueue(pk, base_url) for pk in ids])


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


def moderators():
    """Active staff with an email address who may moderate comments and have not opted out."""
    permission = Permission.objects.get(content_type__app_label="comments", codename="change_comment")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(is_superuser=True) | Q(user_permissions=permission) | Q(groups__permissions=permission))
        .exclude(pk__in=NotificationOptOut.objects.values("user"))
        .distinct()
    )


def article_authors(article):
    """The staff accounts behind the article's bylines that have an email and have not opted out."""
    users = [byline.author.user for byline in article.bylines.select_related("author__user")]
    opted_out = set(NotificationOptOut.objects.values_list("user_id", flat=True))
    return [user for user in users if user and user.is_active and user.email and user.pk not in opted_out]


def message(template, context, to, unsubscribe_url):
    """A plain-text email with one-click unsubscribe headers (RFC 8058)."""
    text = render_to_string(template, context | {"unsubscribe_url": unsubscribe_url})
    subject, _, body = text.strip().partition("\n\n")
    return {
        "subject": subject.strip(),
        "body": body.strip() + "\n",
        "to": [to],
        "headers": {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    }


def held_messages(comment, base_url):
    """For each moderator: a comment is waiting, with a link to it in the admin."""
    admin_url = base_url + reverse("admin:comments_comment_change", args=[comment.pk])
    return [
        message(
            "comments/email/held.txt",
            {"comment": comment, "article": comment.article, "admin_url": admin_url},
            user.email,
            signed_link(base_url, "comments:staff_unsubscribe", user.pk, STAFF_UNSUBSCRIBE_SALT),
        )
        for user in moderators()
    ]


def approved_messages(comment, base_url):
    """For the article's authors (setting) and confirmed subscribers: a new comment to read."""
    article = comment.article
    comment_url = base_url + comment.get_absolute_url()
    context = {"comment": comment, "article": article, "comment_url": comment_url}
    messages = []
    if settings.COMMENTS_NOTIFY_AUTHORS:
        messages += [
            message(
                "comments/email/approved_author.txt",
                context,
                user.email,
                signed_link(base_url, "comments:staff_unsubscribe", user.pk, STAFF_UNSUBSCRIBE_SALT),
            )
            for user in article_authors(article)
            if user.email.lower() != comment.email.lower()
        ]
    subscribers = Subscription.objects.filter(article=article, confirmed_at__isnull=False).exclude(
        email__iexact=comment.email
    )
    for subscription in subscribers:
        unsubscribe_url = signed_link(base_url, "comments:unsubscribe", subscription.pk, UNSUBSCRIBE_SALT)
        messages.append(
            message(
                "comments/email/follow_up.txt",
                context,
                subscription.email,
                unsubscribe_url,
            )
        )
    return messages


def confirmation_message(subscription, base_url):
    """The double opt-in: follow-up emails start only once the reader follows this link."""
    unsubscribe_url = signed_link(base_url, "comments:unsubscribe", subscription.pk, UNSUBSCRIBE_SALT)
    context = {
        "article": subscription.article,
        "confirm_url": signed_link(base_url, "comments:confirm", subscription.pk, CONFIRM_SALT),
        "site_name": settings.SITE_NAME,
    }
    return message("comments/email/confirm.txt", context, subscription.email, unsubscribe_url)
