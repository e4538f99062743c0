"""Signed, expiring preview links: how an unpublished article is shown before it goes live."""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView

from articles.models import Article
from articles.rendering import body_with_dateline

SALT = "articles.preview"


def preview_url(article):
    """A link anyone can open, without an account, until it expires (ARTICLE_PREVIEW_MAX_AGE)."""
    token = signing.dumps({"article": article.pk}, salt=SALT, compress=True)
    return reverse("articles:preview", kwargs={"token": token})


def article_from_token(token):
    """The article a valid, unexpired token names; a 404 for anything else."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=settings.ARTICLE_PREVIEW_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise Http404("This preview link is invalid or has expired.") from error
    articles = Article.objects.select_related("section", "lead_image", "work_type").prefetch_related(
        "bylines__author", "tags", "corrections"
    )
    return get_object_or_404(articles, pk=payload.get("article"))


@method_decorator(never_cache, name="dispatch")
class PreviewView(DetailView):
    """The article page as readers will see it, for whoever holds a signed link."""

    context_object_name = "article"
    template_name = "articles/article_detail.html"

    def get_object(self, queryset=None):
        return article_from_token(self.kwargs["token"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(body=body_with_dateline(self.object), is_preview=True, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
