"""A live page's status, entries and feed link on the article page. Article templates load this
library; nothing in `articles` imports the live app."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html

from live import banners
from live.feeds import live_feed_title
from live.models import is_live
from live.pages import PAGE_PARAMETER, live_page
from newsroom.links import absolute_url

register = template.Library()


def page_number(request):
    return request.GET.get(PAGE_PARAMETER, 1)


@register.inclusion_tag("live/_status.html", takes_context=True)
def live_status(context, article):
    """ "LIVE" while the coverage is open; when it ended, once it has."""
    page = live_page(article, page_number(context["request"]))
    return {"live": page, "coverage": page and page.coverage}


@register.inclusion_tag("live/_coverage.html", takes_context=True)
def live_coverage(context, article):
    """The summary, key events, pinned entries and a page of the running order; on the first page, what
    the script needs to fetch newer entries as they are posted."""
    request = context["request"]
    page = live_page(article, page_number(request))
    if page is None:
        return {"live": None}
    article_url = article.get_absolute_url()
    page_obj = page.page_obj
    polls = page.is_open and (page_obj is None or page_obj.number == 1)
    return {
        "live": page,
        "coverage": page.coverage,
        "article_url": article_url,
        "poll_url": polls and reverse("live:new_entries", kwargs={"article_id": article.pk}),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
        "page_obj": page_obj,
        "page_parameter": PAGE_PARAMETER,
    }


@register.simple_tag
def live_feed_link(article):
    """The autodiscovery link to a published live page's feed of entries, for the page's <head>."""
    if not is_live(article) or not article.is_published():
        return ""
    url = absolute_url(reverse("live:feed", kwargs=article.address_kwargs()))
    return format_html(
        '<link rel="alternate" type="application/rss+xml" title="{}" href="{}">',
        live_feed_title(article),
        url,
    )


@register.inclusion_tag("live/_banner.html")
def breaking_news():
    """The breaking-news line across the top of every page, while one is up (from the cache)."""
    return {"banner": banners.showing()}
