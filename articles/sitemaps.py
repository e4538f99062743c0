"""What crawlers see: the sitemap index, its sitemaps (with a Google News one) and robots.txt.

Absolute URLs are built from the request's (validated) host rather than the Sites framework's
domain, so they match the canonical links of the pages whatever the Site row says.
"""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sites.requests import RequestSite
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles.models import Article, Author, Section, Tag

NEWS_WINDOW = timedelta(hours=48)


class RequestSitemap(Sitemap):
    """A sitemap made per request, so its URLs use the host the request came to."""

    def __init__(self, request):
        self.request = request

    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=RequestSite(self.request), protocol=protocol)


class ArticleSitemap(RequestSitemap):
    def items(self):
        return (
            Article.objects.published()
            .order_by("-published_at", "-pk")
            .only("slug", "published_at", "updated_at")
        )

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)


class NewsSitemap(ArticleSitemap):
    """Google News: articles published in the last 48 hours, at most 1,000."""

    limit = 1000

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("headline", "slug", "published_at", "updated_at")[: self.limit]
        )


class SectionSitemap(RequestSitemap):
    def items(self):
        return Section.objects.all()


class TagSitemap(RequestSitemap):
    def items(self):
        return Tag.objects.filter(articles__in=Article.objects.published()).distinct()


class AuthorSitemap(RequestSitemap):
    def items(self):
        return Author.objects.filter(bylines__article__in=Article.objects.published()).distinct()


class ArchiveSitemap(RequestSitemap):
    """One entry per month that has published articles."""

    def items(self):
        return list(Article.objects.published().dates("published_at", "month", order="DESC"))

    def location(self, month):
        return reverse("articles:month", kwargs={"year": month.year, "month": month.month})


SITEMAPS = {
    "articles": ArticleSitemap,
    "news": NewsSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "archives": ArchiveSitemap,
}


def sitemaps_for(request):
    return {name: sitemap(request) for name, sitemap in SITEMAPS.items()}


@require_safe
def index(request):
    """The sitemap index; Django's own builds its URLs from the Sites framework's domain."""
    entries = []
    for section, sitemap in sitemaps_for(request).items():
        location = request.build_absolute_uri(reverse("articles:sitemap", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(location, lastmod))
        entries += [
            SitemapIndexItem(f"{location}?p={page}", lastmod) for page in sitemap.paginator.page_range[1:]
        ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


@require_safe
def sitemap(request, section):
    template = "sitemaps/news.xml" if section == "news" else "sitemap.xml"
    return sitemap_views.sitemap(request, sitemaps_for(request), section=section, template_name=template)


@require_safe
def robots_txt(request):
    preview_prefix = reverse("articles:preview", kwargs={"token": "token"}).removesuffix("token/")
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Disallow: {preview_prefix}",
        f"Disallow: {reverse('search:search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('articles:sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
