"""What crawlers see: the sitemap index and its sitemaps, with a Google News one (robots.txt: publishing).

Absolute URLs are built on the configured site address (NEWSROOM_SITE_URL), never the request's
host nor the Sites framework's row, so they match the canonical links of the pages.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles.models import Article, Author, Section, Tag
from newsroom.links import absolute_url

NEWS_WINDOW = timedelta(hours=48)


class ConfiguredSite:
    """What Django's sitemaps read of a site: its domain, here from NEWSROOM_SITE_URL."""

    def __init__(self, site_url):
        self.protocol, _, self.domain = site_url.partition("://")


class RequestSitemap(Sitemap):
    """A sitemap made per request (some read the request), with URLs on the configured site address."""

    def __init__(self, request):
        self.request = request

    def get_urls(self, page=1, site=None, protocol=None):
        site = ConfiguredSite(settings.SITE_URL)
        return super().get_urls(page=page, site=site, protocol=site.protocol)


class ArticleSitemap(RequestSitemap):
    def items(self):
        return (
            Article.objects.published()
            .order_by("-published_at", "-pk")
            .only("slug", "published_at", "updated_at")
        )

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self):
        """The newest `lastmod`, from the database: Django's own reads every article to find it."""
        latest = self.items().aggregate(updated=Max("updated_at"), published=Max("published_at"))
        return max(filter(None, latest.values()), default=None)


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
        lastmod = sitemap.get_latest_lastmod()
        for page in sitemap.paginator.page_range:
            query = {"p": page} if page > 1 else None
            location = reverse("articles:sitemap", kwargs={"section": section}, query=query)
            entries.append(SitemapIndexItem(absolute_url(location), lastmod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


@require_safe
def sitemap(request, section):
    template = "sitemaps/news.xml" if section == "news" else "sitemap.xml"
    return sitemap_views.sitemap(request, sitemaps_for(request), section=section, template_name=template)
