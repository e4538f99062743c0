from django.utils.cache import add_never_cache_headers, patch_vary_headers


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
