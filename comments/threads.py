"""Threads of comments, a page of top-level comments at a time, in a fixed number of queries."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q

from comments.models import Comment

PAGE_PARAMETER = "cpage"


def top_level_order():
    return ["-created_at", "-pk"] if settings.COMMENTS_NEWEST_FIRST else ["created_at", "pk"]


def thread_page(article, page_number, preview_ids=()):
    """One page of top-level comments with all their replies nested, this browser's held ones, and
    the article's mentions (approved pingbacks and trackbacks, listed apart on every page).

    Queries: one counting top-level comments and mentions, then (only when there are any) the page
    of top-level comments and their replies together with the mentions (one query for every
    thread on the page, thanks to `root`), and the browser's own held comments when it has any.
    """
    counts = (
        Comment.objects.public()
        .filter(article=article)
        .aggregate(
            threads=Count("pk", filter=Q(kind=Comment.Kind.COMMENT, parent=None)),
            mentions=Count("pk", filter=~Q(kind=Comment.Kind.COMMENT)),
        )
    )
    top_level = Comment.objects.for_thread_list().filter(article=article, parent=None)
    paginator = Paginator(top_level.order_by(*top_level_order()), settings.COMMENTS_PER_PAGE)
    paginator.count = counts["threads"]  # counted above, with the mentions
    page = paginator.get_page(page_number)
    roots = list(page.object_list)
    replies, mentions = [], []
    if roots or counts["mentions"]:
        for comment in Comment.objects.replies_and_mentions(article, roots):
            (replies if comment.kind == Comment.Kind.COMMENT else mentions).append(comment)
    previews = list(Comment.objects.held().filter(article=article, pk__in=preview_ids)) if preview_ids else []
    for comment in previews:
        comment.is_preview = True
    newest_page = page.number == (1 if settings.COMMENTS_NEWEST_FIRST else paginator.num_pages)
    held_top_level = [comment for comment in previews if comment.parent_id is None] if newest_page else []
    if settings.COMMENTS_NEWEST_FIRST:
        roots = held_top_level[::-1] + roots
    else:
        roots += held_top_level
    nest(roots, sorted(replies + [c for c in previews if c.parent_id], key=lambda c: (c.created_at, c.pk)))
    return page, roots, mentions


def nest(roots, replies):
    """Hang each reply under its parent; replies deeper than the thread depth line up at the deepest level."""
    max_depth = settings.COMMENTS_THREAD_DEPTH
    shown = {}
    for comment in roots:
        comment.level, comment.children = 1, []
        shown[comment.pk] = comment
    for comment in replies:
        # A reply whose parent is not shown (unapproved since) still belongs to its thread's root.
        parent = shown.get(comment.parent_id) or shown.get(comment.root_id)
        if parent is None:
            continue
        while parent.level >= max_depth:
            parent = parent.display_parent
        comment.level, comment.children, comment.display_parent = parent.level + 1, [], parent
        parent.children.append(comment)
        shown[comment.pk] = comment
    for comment in shown.values():
        comment.can_reply = comment.level < max_depth and not getattr(comment, "is_preview", False)


def page_number_of(comment):
    """The comment page its thread is on, counting approved top-level comments before its root."""
    root_id = comment.root_id or comment.pk
    root = Comment.objects.only("created_at").get(pk=root_id)
    if settings.COMMENTS_NEWEST_FIRST:
        before = Q(created_at__gt=root.created_at) | Q(created_at=root.created_at, pk__gt=root.pk)
    else:
        before = Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk)
    position = Comment.objects.approved().filter(before, article_id=comment.article_id, parent=None).count()
    return position // settings.COMMENTS_PER_PAGE + 1


def newest_page_number(article):
    """The page a new top-level comment lands on."""
    if settings.COMMENTS_NEWEST_FIRST:
        return 1
    count = Comment.objects.approved().filter(article=article, parent=None).count()
    return max(1, -(-count // settings.COMMENTS_PER_PAGE))


def page_url(article, number, fragment=""):
    query = f"?{PAGE_PARAMETER}={number}" if number > 1 else ""
    return f"{article.get_absolute_url()}{query}{'#' + fragment if fragment else ''}"
