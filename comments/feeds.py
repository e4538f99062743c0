"""RSS 2.0 feeds of approved comments: one per published article and one for the whole site.

Items carry the commenter's name (as `dc:creator`), never their email address or any hash of it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.encoding import escape_uri_path
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext

from articles.models import Article
from comments.models import Comment
from publishing.feeds import RequestFeed

FEED_LENGTH = 30


def comments_feed_title(article):
    """The title of an article's comments feed, as the feed and the article page's <head> give it."""
    return gettext("Comments on: %(headline)s") % {"headline": article.headline}


class SiteCommentsFeed(RequestFeed):
    """The newest approved comments on published articles, across the whole site."""

    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def title(self, obj):
        return gettext("Comments on %(site_name)s") % {"site_name": settings.SITE_NAME}

    def description(self, obj):
        return gettext("The latest comments from readers of %(site_name)s.") % {
            "site_name": settings.SITE_NAME
        }

    def link(self, obj):
        return self.absolute(reverse("articles:home"))

    def comments(self, obj):
        # Checked comment by comment, newest first (EXISTS), so the feed stops after its first items
        # instead of listing every published article's comments to sort them.
        published = Article.objects.published().filter(pk=OuterRef("article"))
        return Comment.objects.approved().filter(Exists(published))

    def items(self, obj):
        return (
            self.comments(obj)
            .select_related("article")
            .only("pk", "name", "body", "created_at", "article__headline")
            .order_by("-created_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return gettext("Comment on %(headline)s by %(name)s") % {
            "headline": item.article.headline,
            "name": item.name,
        }

    def item_description(self, item):
        """The comment as typed: everything escaped, blank lines make paragraphs."""
        return item.body_html

    def item_link(self, item):
        return self.absolute(item.get_absolute_url())

    def item_guid(self, item):
        """A tag: URI that stays the same whatever page the comment ends up on."""
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{item.created_at:%Y-%m-%d}:comment:{item.pk}"

    def item_author_name(self, item):
        # Only the name: with no author email, Django writes it as <dc:creator>.
        return item.name

    def item_pubdate(self, item):
        return item.created_at


class ArticleCommentsFeed(SiteCommentsFeed):
    """The approved comments on one published article, newest first."""

    def __call__(self, request, *args, **kwargs):
        article = Article.objects.published().at_address(
            kwargs["year"], kwargs["month"], kwargs["day"], kwargs["slug"]
        )
        if article is None:
            raise Http404("No article at this address.")
        canonical = reverse("comments:article_feed", kwargs=article.address_kwargs())
        if escape_uri_path(request.path) != canonical:  # an old date in the address: as the article page does
            return redirect(canonical, permanent=True)
        return super().__call__(request, article=article)

    def get_object(self, request, article):
        return article

    def get_feed(self, obj, request):
        self.language = obj.content_language  # readers answer in the story's language
        return super().get_feed(obj, request)

    def title(self, obj):
        return comments_feed_title(obj)

    def description(self, obj):
        return gettext("Readers' comments on “%(headline)s”, %(site_name)s.") % {
            "headline": obj.headline,
            "site_name": settings.SITE_NAME,
        }

    def link(self, obj):
        return self.absolute(obj.get_absolute_url())

    def comments(self, obj):
        return Comment.objects.approved().filter(article=obj)

    def item_title(self, item):
        return gettext("By: %(name)s") % {"name": item.name}
