from django.utils.cache import add_never_cache_headers, patch_vary_headers

from newsroom.middleware import UNREADABLE_POST_ERRORS


class PrivatePagesMiddleware:
    """Pages that showed one person's data (their held comment, "Logged in as…") are never cached.

    The comments template tags flag the request while rendering; no cache in front, shared or
    Django's own, may then keep the response and serve it to somebody else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "comments_private", False):
            add_never_cache_headers(response)
            patch_vary_headers(response, ["Cookie"])
        return response


class UnreadableCommentPostMiddleware:
    """A comment post whose body cannot be parsed gets the article page with a message, not a bare 400.

    It must run before CsrfViewMiddleware, which is the first to read the body (for its token) and
    would otherwise turn a malformed or oversized post into Django's plain "Bad Request" page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.view_name != "comments:create":
            return None
        from comments.views import comment_not_read

        try:
            request.POST  # noqa: B018 - parsing is the point
        except UNREADABLE_POST_ERRORS as error:
            return comment_not_read(request, view_kwargs["article_id"], error)
        return None
