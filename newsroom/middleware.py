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
