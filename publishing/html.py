"""The one place that decides which HTML a body (an article's, a page's) may contain, and what its
text is."""

import re
from html import unescape

import nh3
from django.utils.html import strip_tags

# Block-level tags end a line of the text, so the last word of one paragraph, heading or list item
# and the first word of the next stay two words.
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*/?>|<hr\s*/?>", re.IGNORECASE)

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "cite",
    "code",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "blockquote": {"cite"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}


def clean_html(html):
    """Return `html` with everything but plain body markup removed (scripts, styles, events)."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    ).strip()


def html_to_text(html):
    """The text of an HTML fragment, unescaped, with a line break where each block or line ends."""
    return unescape(strip_tags(BLOCK_END.sub("\n", html or "")))
