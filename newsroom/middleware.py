import logging

from django.core.exceptions import BadRequest, RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http.multipartparser import MultiPartParserError
from django.views.defaults import bad_request

# Everything the site uses comes from its own origin: no CDN, no fonts, no analytics.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = CONTENT_SECURITY_POLICY
        if nonce := getattr(request, "csp_script_nonce", None):
            # Only the admin's rich-text editor sets these: its import map must be an inline script,
            # and it injects one fixed stylesheet, allowed by its hash (see articles/admin.py).
            policy = policy.replace("script-src 'self'", f"script-src 'self' 'nonce-{nonce}'")
            styles = " ".join(f"'{digest}'" for digest in getattr(request, "csp_style_hashes", []))
            policy = policy.replace("style-src 'self'", f"style-src 'self' {styles}".strip())
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), browsing-topics=()"
        )
        return response


logger = logging.getLogger(__name__)

# What Django raises on reading a body it cannot parse: malformed, or over the size limits.
UNREADABLE_POST_ERRORS = (
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
    MultiPartParserError,
    BadRequest,
    UnicodeError,
)


class UnreadablePostMiddleware:
    """A post whose body cannot be parsed gets the 400 page, logged once, instead of a 500.

    Django lets a malformed multipart body (a missing boundary) escape as a server error from the
    first code that reads it: the CSRF check, which must therefore come after this.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        try:
            request.POST  # noqa: B018 - parsing is the point
        except UNREADABLE_POST_ERRORS as error:
            response = bad_request(request, error)
            # Why, beside the request line (operations/logs.py) that says which and when.
            logger.warning("Unreadable request body: %s", error)
            return response
        return None
