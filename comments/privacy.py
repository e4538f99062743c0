"""A commenter's personal data, found by email address: export it, or erase it as WordPress does.

Erasing anonymises the name, email, website and IP address of every comment and keeps the words;
follow-up subscriptions for the address are deleted.
"""

from django.db import transaction
from django.utils.translation import gettext

from comments.models import Comment, Subscription
from comments.signals import comments_changed


def export_personal_data(email):
    """Everything stored about the address, as JSON-ready data."""
    comments = Comment.objects.by_email(email).select_related("article").order_by("created_at", "pk")
    subscriptions = Subscription.objects.filter(email__iexact=email.strip()).select_related("article")
    return {
        "email": email.strip(),
        "comments": [
            {
                "id": comment.pk,
                "article": comment.article.headline,
                "article_url": comment.article.get_absolute_url(),
                "created_at": comment.created_at.isoformat(),
                "status": comment.status,
                "name": comment.name,
                "email": comment.email,
                "website": comment.website,
                "ip_address": comment.ip_address,
                "comment": comment.body,
            }
            for comment in comments
        ],
        "follow_up_subscriptions": [
            {
                "article": subscription.article.headline,
                "created_at": subscription.created_at.isoformat(),
                "confirmed_at": subscription.confirmed_at.isoformat() if subscription.confirmed_at else None,
            }
            for subscription in subscriptions
        ],
    }


@transaction.atomic
def erase_personal_data(email):
    """Anonymise the address's comments and drop its subscriptions; returns (comments, subscriptions)."""
    email = email.strip()
    if not email:
        return 0, 0
    article_ids = set(Comment.objects.by_email(email).values_list("article_id", flat=True))
    comments = Comment.objects.by_email(email).update(
        name=gettext("Anonymous"), email="", website="", ip_address=None, avatar_key="", user=None
    )
    comments_changed.send(sender=Comment, article_ids=article_ids)
    subscriptions, _ = Subscription.objects.filter(email__iexact=email).delete()
    return comments, subscriptions
