"""What a page's <head> says about it: title, description, canonical address, feeds, Open Graph, JSON-LD.

Each view builds its `page_meta` from what it knows (PageMetaMixin); `{% seo_meta %}` only renders it, and
falls back to the site's defaults for a page that sets none.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode, urlunsplit

from django.conf import settings
from django.urls import reverse
from django.utils.encoding import escape_uri_path

from newsroom.links import absolute_url

RSS = "application/rss+xml"
ATOM = "application/atom+xml"


@dataclass
class PageMeta:
    canonical: str
    title: str
    description: str
    feeds: list = field(default_factory=list)  # (type, title, absolute URL) for each autodiscovery link
    type: str = "website"
    image: dict | None = None  # url, width, height, alt
    # Open Graph's article:* properties, for type "article".
    published_at: str | None = None
    updated_at: str | None = None
    section: str = ""
    tags: list = field(default_factory=list)
    json_ld: list = field(default_factory=list)  # schema.org objects, one <script> each


def feed_links(name, rss_url, atom_url):
    """The RSS and Atom autodiscovery links of one feed."""
    return [(RSS, f"{name} (RSS)", absolute_url(rss_url)), (ATOM, f"{name} (Atom)", absolute_url(atom_url))]


def page_meta(request, *, path=None, feeds=(), **fields):
    """The site's defaults for the page at `path` (the request's), with what the page knows over them;
    `feeds` come after the site's own."""
    site_feeds = feed_links(settings.SITE_NAME, reverse("articles:feed"), reverse("articles:feed_atom"))
    defaults = {"title": settings.SITE_NAME, "description": settings.SITE_TAGLINE}
    return PageMeta(
        canonical=absolute_url(path or escape_uri_path(request.path)),
        feeds=[*site_feeds, *feeds],
        **(defaults | fields),
    )


def page_path(path, number):
    """`path` as the address of page `number` of a list; the first page has no ?page=."""
    return urlunsplit(("", "", path, urlencode({"page": number}) if number > 1 else "", ""))


class PageMetaMixin:
    """Puts `page_meta` in the context: the site's defaults unless get_page_meta() knows better."""

    def get_page_meta(self, context):
        return page_meta(self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_meta"] = self.get_page_meta(context)
        return context
