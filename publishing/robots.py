"""robots.txt: what crawlers should leave alone, and where the sitemap is."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from newsroom.links import absolute_url

# NEWSROOM_ADMIN_PATH's default. An admin moved elsewhere is kept off the list: robots.txt is public,
# and naming the new path would tell every scanner where it went.
DEFAULT_ADMIN_PATH = "admin/"


@require_safe
def robots_txt(request):
    preview_prefix = reverse("articles:preview", kwargs={"token": "token"}).removesuffix("token/")
    private = [preview_prefix, reverse("search:search"), reverse("operations:healthz")]
    if settings.ADMIN_PATH == DEFAULT_ADMIN_PATH:
        private.insert(0, reverse("admin:index"))
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in private),
        "",
        f"Sitemap: {absolute_url(reverse('articles:sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
