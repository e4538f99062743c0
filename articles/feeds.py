"""RSS 2.0 and Atom feeds of published articles: the whole site, and each section, tag and author."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc3339_date
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext

from articles.models import Article, Author, Correction, Section, Tag
from articles.rendering import body_with_dateline
from publishing.feeds import RequestFeed

FEED_LENGTH = 20
# Root-relative links in a body ("/media/…", "/2024/…") must become absolute in a feed reader.
RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")/(?!/)')


class RssFeed(Rss201rev2Feed):
    """RSS 2.0 with every author as `dc:creator` (names only), the full body and the update time."""

    def rss_attributes(self):
        return super().rss_attributes() | {
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.addQuickElement("dc:creator", author["name"])
        if item["updateddate"] is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        handler.addQuickElement("content:encoded", item["content"])


class AtomFeed(Atom1Feed):
    """Atom with one `author` (name and page) per byline and the full body as `content`."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", author["name"])
            handler.addQuickElement("uri", author["url"])
            handler.endElement("author")
        handler.addQuickElement("content", item["content"], {"type": "html"})


class ArticleFeed(RequestFeed):
    """The newest published articles of the whole site; subclasses narrow it to one section, tag or author."""

    feed_type = RssFeed
    description = settings.SITE_TAGLINE

    def title(self, obj):
        return settings.SITE_NAME

    def link(self, obj):
        return self.absolute(reverse("articles:home"))

    def articles(self, obj):
        return Article.objects.for_feed()

    def items(self, obj):
        return self.articles(obj)[:FEED_LENGTH]

    def item_title(self, item):
        if item.is_sponsored:  # paid content is never passed on without its label
            return pgettext("feed item", "Sponsored: %(headline)s") % {"headline": item.headline}
        return item.headline

    def item_description(self, item):
        return item.standfirst or item.headline

    def item_link(self, item):
        return self.absolute(item.get_absolute_url())

    def item_guid(self, item):
        """A tag: URI that stays the same when the slug or publication date changes."""
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{item.created_at:%Y-%m-%d}:article:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.published_at)

    def item_categories(self, item):
        work_type = [item.work_type.label] if item.work_type else []
        return [*work_type, item.section.name, *(tag.name for tag in item.tags.all())]

    def item_extra_kwargs(self, item):
        authors = [
            {"name": author.name, "url": self.absolute(author.get_absolute_url())}
            for author in item.byline_authors
        ]
        return {"authors": authors, "content": self.item_content(item)}

    def item_content(self, item):
        """The sanitized body (with dateline and lead image), every link made absolute."""
        html = str(body_with_dateline(item))
        if item.lead_image:
            image = item.lead_image
            html = (
                str(
                    format_html(
                        '<figure><img src="{}" alt="{}"><figcaption>{}</figcaption></figure>',
                        image.file.url,
                        image.alt_text,
                        image.caption,
                    )
                )
                + html
            )
        base = self.absolute("/").rstrip("/")
        return RELATIVE_LINK.sub(lambda match: match[1] + base + "/", html)


class SectionFeed(ArticleFeed):
    model = Section
    lookup = "section"

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, obj):
        return f"{settings.SITE_NAME}: {obj.name}"

    def link(self, obj):
        return self.absolute(obj.get_absolute_url())

    def articles(self, obj):
        return super().articles(obj).filter(**{self.lookup: obj})


class TagFeed(SectionFeed):
    model = Tag
    lookup = "tags"


class AuthorFeed(SectionFeed):
    model = Author
    lookup = "bylines__author"


class AtomMixin:
    feed_type = AtomFeed

    def subtitle(self, obj):
        return self.description


class ArticleAtomFeed(AtomMixin, ArticleFeed):
    pass


class SectionAtomFeed(AtomMixin, SectionFeed):
    pass


class TagAtomFeed(AtomMixin, TagFeed):
    pass


class AuthorAtomFeed(AtomMixin, AuthorFeed):
    pass


class CorrectionsFeed(RequestFeed):
    """The newest corrections, clarifications, updates and editor's notes, each linked to its story."""

    feed_type = Rss201rev2Feed

    def title(self, obj):
        return gettext("%(site)s: corrections and updates") % {"site": settings.SITE_NAME}

    def description(self, obj):
        return gettext("Every correction and update note on our stories, newest first.")

    def link(self, obj):
        return self.absolute(reverse("articles:corrections"))

    def items(self, obj):
        return Correction.objects.public()[:FEED_LENGTH]

    def item_title(self, item):
        return pgettext("feed item", "%(kind)s: %(headline)s") % {
            "kind": item.get_kind_display(),
            "headline": item.article.headline,
        }

    def item_description(self, item):
        return item.note

    def item_link(self, item):
        return self.absolute(item.get_absolute_url())

    def item_guid(self, item):
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{item.created_at:%Y-%m-%d}:correction:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.created_at

    def item_categories(self, item):
        return [item.get_kind_display(), item.article.section.name]


class CorrectionsAtomFeed(CorrectionsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
