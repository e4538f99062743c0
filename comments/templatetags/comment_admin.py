from django import template
from django.urls import reverse

from comments.models import Comment

register = template.Library()


@register.inclusion_tag("admin/comments/_pending_notice.html", takes_context=True)
def pending_comments_notice(context):
    """On the admin index: how many comments wait for a moderator, linking to them."""
    if not context["request"].user.has_perm("comments.view_comment"):
        return {"allowed": False}
    url = reverse("admin:comments_comment_changelist", query={"status__exact": Comment.Status.PENDING})
    count = Comment.objects.filter(status=Comment.Status.PENDING).count()
    return {"allowed": True, "count": count, "url": url}
