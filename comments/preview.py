"""The commenter's own preview of comments awaiting moderation.

The browser that posted a held comment gets a signed, expiring cookie naming it; nobody else can
forge or guess one, and the page that shows the preview is marked private so no cache keeps it.
"""

from django.conf import settings

from comments import discussion

COOKIE = "comment_preview"
SALT = "comments.preview"
MAX_IDS = 20


def preview_ids(request):
    """The held comments this browser posted, from its cookie (empty when missing, forged or expired)."""
    value = request.get_signed_cookie(
        COOKIE, default="", salt=SALT, max_age=discussion.current().preview_max_age
    )
    return [int(part) for part in value.split(",") if part.isdigit()]


def remember_preview(request, response, comment):
    """Add the comment to the browser's preview cookie, keeping the newest MAX_IDS."""
    ids = [*preview_ids(request), comment.pk][-MAX_IDS:]
    response.set_signed_cookie(
        COOKIE,
        ",".join(map(str, ids)),
        salt=SALT,
        max_age=discussion.current().preview_max_age,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def mark_private(request):
    """Called while rendering a page with personal content; PrivatePagesMiddleware then stops caching."""
    request.comments_private = True
