"""RSS of a live page: its entries, newest first, each linking to its own place on the page."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.encoding import escape_uri_path
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext

from articles.models import Article
from live.models import Coverage, Entry
from publishing.feeds import RequestFeed

FEED_LENGTH = 50


def live_feed_title(article):
    return gettext("Live updates: %(headline)s") % {"headline": article.headline}


class LiveFeed(RequestFeed):
    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def __call__(self, request, *args, **kwargs):
        article = Article.objects.published().at_address(
            kwargs["year"], kwargs["month"], kwargs["day"], kwargs["slug"]
        )
        coverage = Coverage.objects.public().filter(article=article).first() if article else None
        if coverage is None:
            raise Http404("No live page at this address.")
        canonical = reverse("live:feed", kwargs=article.address_kwargs())
        if escape_uri_path(request.path) != canonical:  # an old date in the address, as the article page
            return redirect(canonical, permanent=True)
        return super().__call__(request, coverage=coverage)

    def get_object(self, request, coverage):
        return coverage

    def get_feed(self, obj, request):
        self.language = obj.article.content_language
        return super().get_feed(obj, request)

    def title(self, obj):
        return live_feed_title(obj.article)

    def description(self, obj):
        return obj.article.standfirst or obj.article.headline

    def link(self, obj):
        return self.absolute(obj.article.get_absolute_url())

    def items(self, obj):
        return Entry.objects.filter(coverage=obj).for_page().order_by("-published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.body  # sanitised when saved (publishing/html.py)

    def item_link(self, item):
        return self.absolute(item.get_absolute_url())

    def item_guid(self, item):
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{item.published_at:%Y-%m-%d}:live-entry:{item.pk}"

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or settings.SITE_NAME

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.edited_at
