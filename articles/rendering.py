"""Turn stored article fields into the HTML a page shows."""

from django.utils.html import format_html
from django.utils.safestring import mark_safe


def body_with_dateline(article):
    """The sanitized body with the dateline opening its first paragraph, as wire stories print it."""
    body = article.body
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
