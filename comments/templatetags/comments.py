"""The comments and the "Leave a Reply" form on an article page, and comment counts anywhere.

Article templates load this library; nothing in `articles` imports the comments app.
"""

from django import template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext

from comments import blank_form, cards, discussion, moderation
from comments.feeds import comments_feed_title
from comments.forms import CommentForm, parse_id
from comments.models import Comment
from comments.preview import mark_private, preview_ids
from comments.threads import PAGE_PARAMETER, page_url, thread_page
from newsroom.links import absolute_url

register = template.Library()


@register.filter
def comment_count_label(count):
    """ "No comments", "1 comment", "1,234 comments" (numbers as the site's language writes them)."""
    count = count or 0
    if count == 0:
        return gettext("No comments")
    number = number_format(count, force_grouping=True)
    return ngettext("%(count)s comment", "%(count)s comments", count) % {"count": number}


@register.simple_tag
def comment_threads(comments, reply_query, can_reply):
    """The page's threads, nested, each comment's card rendered once and kept (comments/cards.py)."""
    return cards.thread_html(comments, reply_query, can_reply)


@register.simple_tag
def comment_form(form):
    """The "Leave a Reply" form itself; a reader's first, blank one is kept (comments/blank_form.py)."""
    return blank_form.form_html(form)


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """A page of approved threads, this browser's held comments, and the form (or why it is closed)."""
    request = context["request"]
    if not article.is_published():
        return {"article": article, "unpublished": True}
    held_ids = preview_ids(request)
    page, comments, mentions, featured = thread_page(article, request.GET.get(PAGE_PARAMETER), held_ids)
    is_open = moderation.comments_open(article)
    form = context.get("comment_form")
    reply_to = form.reply_to_comment if form is not None else None
    if form is None and is_open:
        reply_to = reply_target(request, article)
        form = CommentForm(article=article, user=request.user, initial={"reply_to": reply_to and reply_to.pk})
    if held_ids or (form is not None and (form.is_bound or form.user)):
        mark_private(request)
    count = getattr(article, "comment_count", None)
    if count is None:
        count = Comment.objects.approved().filter(article=article).count()
    page_query = {PAGE_PARAMETER: page.number} if page.number > 1 else {}
    return {
        "article": article,
        "article_url": article.get_absolute_url(),
        "count": count,
        "comments": comments,
        "mentions": mentions,
        "featured": featured,
        "page_obj": page,
        "previous_url": page.has_previous() and page_url(article, page.previous_page_number(), "comments"),
        "next_url": page.has_next() and page_url(article, page.next_page_number(), "comments"),
        "comment_form": form,
        "reply_to": reply_to,
        "reply_query": "?" + urlencode(page_query | {"replytocom": ""}),
        "closed_on": None if is_open or not article.comments_open else moderation.closing_date(article),
        "comments_per_page": discussion.current().per_page,
    }


def reply_target(request, article):
    """The comment named by ?replytocom= (the no-JavaScript "Reply" link), if one may be replied to."""
    pk = parse_id(request.GET.get("replytocom"))
    if pk is None:
        return None
    return (
        Comment.objects.approved()
        .filter(pk=pk, article=article, depth__lt=discussion.current().thread_depth)
        .only("pk", "name")
        .first()
    )


@register.simple_tag(takes_context=True)
def comments_feed_link(context, article):
    """The autodiscovery link to a published article's comments feed, for the page's <head>."""
    if not article.is_published():
        return ""
    url = absolute_url(reverse("comments:article_feed", kwargs=article.address_kwargs()))
    return format_html(
        '<link rel="alternate" type="application/rss+xml" title="{}" href="{}">',
        comments_feed_title(article),
        url,
    )
