"""Who is told about a comment, with which email, and the signed links in those emails.

Nothing here sends or schedules anything: the tasks in comments/tasks.py build these messages
outside the request and hand each one to the `deliver` task, which retries while the mail server
is down. Every link is on the configured site address (NEWSROOM_SITE_URL), never a request's host.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import signing
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from comments import discussion
from comments.models import NotificationOptOut, Subscription
from newsroom.links import absolute_url

CONFIRM_SALT = "comments.subscription.confirm"
UNSUBSCRIBE_SALT = "comments.subscription.unsubscribe"
STAFF_UNSUBSCRIBE_SALT = "comments.staff.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


def signed_link(view_name, value, salt):
    token = signing.dumps(value, salt=salt)
    return absolute_url(reverse(view_name, kwargs={"token": token}))


def read_token(token, salt, max_age=None):
    """The value signed into a link, or None when the link is forged, damaged or expired."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


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


def held_messages(comment):
    """For each moderator: a comment is waiting, with a link to it in the admin."""
    admin_url = absolute_url(reverse("admin:comments_comment_change", args=[comment.pk]))
    return [
        message(
            "comments/email/held.txt",
            {"comment": comment, "article": comment.article, "admin_url": admin_url},
            user.email,
            signed_link("comments:staff_unsubscribe", user.pk, STAFF_UNSUBSCRIBE_SALT),
        )
        for user in moderators()
    ]


def approved_messages(comment):
    """For the article's authors (a Discussion setting) and confirmed subscribers: a new comment to read."""
    article = comment.article
    comment_url = absolute_url(comment.get_absolute_url())
    context = {"comment": comment, "article": article, "comment_url": comment_url}
    messages = []
    if discussion.current().notify_authors:
        messages += [
            message(
                "comments/email/approved_author.txt",
                context,
                user.email,
                signed_link("comments:staff_unsubscribe", user.pk, STAFF_UNSUBSCRIBE_SALT),
            )
            for user in article_authors(article)
            if user.email.lower() != comment.email.lower()
        ]
    subscribers = Subscription.objects.filter(article=article, confirmed_at__isnull=False).exclude(
        email__iexact=comment.email
    )
    for subscription in subscribers:
        unsubscribe_url = signed_link("comments:unsubscribe", subscription.pk, UNSUBSCRIBE_SALT)
        messages.append(
            message(
                "comments/email/follow_up.txt",
                context,
                subscription.email,
                unsubscribe_url,
            )
        )
    return messages


def confirmation_message(subscription):
    """The double opt-in: follow-up emails start only once the reader follows this link."""
    unsubscribe_url = signed_link("comments:unsubscribe", subscription.pk, UNSUBSCRIBE_SALT)
    context = {
        "article": subscription.article,
        "confirm_url": signed_link("comments:confirm", subscription.pk, CONFIRM_SALT),
        "site_name": settings.SITE_NAME,
    }
    return message("comments/email/confirm.txt", context, subscription.email, unsubscribe_url)
