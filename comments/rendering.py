"""Turn what a commenter typed into safe HTML, and draw their avatar without asking anyone else."""

import re
from urllib.parse import urlsplit

from django.utils.html import urlize
from django.utils.safestring import mark_safe

# Links a commenter adds are theirs, not ours: search engines and the opened page are told so.
COMMENT_LINK_REL = "nofollow ugc noopener"
AVATAR_COLOURS = 12
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def comment_html(text):
    """Plain text to HTML: everything escaped, blank lines make paragraphs, addresses become links."""
    paragraphs = [part.strip("\n") for part in PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").strip())]
    html = "\n".join(
        f"<p>{linked(part).replace(chr(10), '<br>' + chr(10))}</p>" for part in paragraphs if part
    )
    return mark_safe(html)


def linked(text):
    # urlize escapes the text around the addresses; our rel replaces its bare "nofollow".
    return urlize(text, nofollow=True, autoescape=True).replace('rel="nofollow"', f'rel="{COMMENT_LINK_REL}"')


def website_or_empty(url):
    """The address itself when it is http or https, else "" (a javascript: link must never be shown)."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in {"http", "https"} else ""


def initials(name):
    """Up to two capital letters for an avatar: "Lucija Kovač" → "LK", "ante" → "A"."""
    letters = [word[0] for word in re.findall(r"\w+", name)][:2]
    return "".join(letters).upper() or "?"


def avatar_colour(key):
    """One of AVATAR_COLOURS colour classes, picked by the keyed hash (never by the email itself)."""
    if not key:
        return "none"
    return str(int(key[:8], 16) % AVATAR_COLOURS)


def count_links(text):
    """How many links the comment shows once rendered: every address that becomes an <a>."""
    return linked(text).count("<a ")
