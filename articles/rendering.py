"""Turn stored article fields into the HTML a page shows."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

LINK = re.compile(r"<a\b([^>]*)>")
EXTERNAL_HREF = re.compile(r'href="https?://([^/"]+)')
REL = re.compile(r'rel="([^"]*)"')


def sponsored_links(html):
    """Every link to another site marked rel="sponsored", as search engines ask of paid content."""
    own_host = urlsplit(settings.SITE_URL).netloc

    def mark(link):
        attributes = link[1]
        host = EXTERNAL_HREF.search(attributes)
        if host is None or host[1] == own_host:
            return link[0]
        if REL.search(attributes):
            attributes = REL.sub(lambda rel: f'rel="sponsored {rel[1]}"', attributes, count=1)
        else:
            attributes += ' rel="sponsored"'
        return f"<a{attributes}>"

    return LINK.sub(mark, html)


def body_with_dateline(article):
    """The sanitized body with the dateline opening its first paragraph, as wire stories print it (and
    a sponsored story's links marked as paid)."""
    body = sponsored_links(article.body) if article.is_sponsored else article.body
    if not article.dateline:
        return mark_safe(body)
    dateline = format_html('<span class="dateline">{}</span> ', article.dateline)
    if body.startswith("<p>"):
        return mark_safe(f"<p>{dateline}{body[3:]}")
    return mark_safe(f"<p>{dateline}</p>{body}")


def paragraphs_to_html(paragraphs):
    """Plain-text paragraphs to body HTML: "## " starts a subheading and "> " a block quote."""
    parts = []
    for text in paragraphs:
        if text.startswith("## "):
            parts.append(format_html("<h2>{}</h2>", text[3:]))
        elif text.startswith("> "):
            parts.append(format_html("<blockquote><p>{}</p></blockquote>", text[2:]))
        else:
            parts.append(format_html("<p>{}</p>", text))
    return "\n".join(parts)
