"""Threads of comments, a page of top-level comments at a time, in a fixed number of queries."""

from django.core.paginator import Paginator
from django.db.models import Q

from comments import discussion
from comments.models import Comment

PAGE_PARAMETER = "cpage"


def top_level_order(newest_first):
    return ["-created_at", "-pk"] if newest_first else ["created_at", "pk"]


def thread_page(article, page_number, preview_ids=()):
    """One page of top-level comments with all their replies nested, this browser's held ones, the
    article's mentions (approved pingbacks and trackbacks, listed apart on every page) and the editors'
    picks (shown above the threads on every page).

    One query reads them all (`Comment.objects.on_thread_page`); the pages are counted in the
    article page's own query (`comment_threads`, see comments/apps.py), else here.
    """
    values = discussion.current()
    top_level = Comment.objects.for_thread_list().filter(article=article, parent=None)
    paginator = Paginator(top_level.order_by(*top_level_order(values.newest_first)), values.per_page)
    paginator.count = thread_count(article)
    page = paginator.get_page(page_number)
    roots, replies, mentions, previews, featured = [], [], [], [], []
    for comment in Comment.objects.on_thread_page(article, page.object_list.values("pk"), preview_ids):
        if comment.status != Comment.Status.APPROVED:
            comment.is_preview = True
            previews.append(comment)
        elif comment.kind != Comment.Kind.COMMENT:
            mentions.append(comment)
        else:
            if comment.is_featured:
                featured.append(comment)
            if comment.on_page:  # not an editor's pick from another page
                (replies if comment.parent_id else roots).append(comment)
    if values.newest_first:
        roots.reverse()  # read oldest first, like every comment
    newest_page = page.number == (1 if values.newest_first else paginator.num_pages)
    held_top_level = [comment for comment in previews if comment.parent_id is None] if newest_page else []
    if values.newest_first:
        roots = held_top_level[::-1] + roots
    else:
        roots += held_top_level
    replies = sorted(replies + [c for c in previews if c.parent_id], key=lambda c: (c.created_at, c.pk))
    nest(roots, replies, values.thread_depth)
    return page, roots, mentions, featured


def thread_count(article):
    """How many approved top-level comments the article has."""
    counted = getattr(article, "comment_threads", None)
    if counted is None:
        counted = Comment.objects.approved().filter(article=article, parent=None).count()
    return counted


def nest(roots, replies, max_depth):
    """Hang each reply under its parent; replies deeper than the thread depth line up at the deepest level."""
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
    values = discussion.current()
    if values.newest_first:
        before = Q(created_at__gt=root.created_at) | Q(created_at=root.created_at, pk__gt=root.pk)
    else:
        before = Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk)
    position = Comment.objects.approved().filter(before, article_id=comment.article_id, parent=None).count()
    return position // values.per_page + 1


def newest_page_number(article):
    """The page a new top-level comment lands on."""
    values = discussion.current()
    if values.newest_first:
        return 1
    count = Comment.objects.approved().filter(article=article, parent=None).count()
    return max(1, -(-count // values.per_page))


def page_url(article, number, fragment=""):
    query = f"?{PAGE_PARAMETER}={number}" if number > 1 else ""
    return f"{article.get_absolute_url()}{query}{'#' + fragment if fragment else ''}"
