"""The threads on an article page, each comment's card rendered once and then kept.

A card (avatar, name, time, text, reply link) is the same for every reader, so it is rendered
from `comments/_card.html` once and kept in the cache under a key made of everything it shows —
an edited comment, a new language or a changed template gets a new key, and the old card simply
expires. Held comments, shown only to their writer, are rendered fresh and never kept. The
nested lists around the cards are put together here rather than by a template that includes
itself once for every list of replies.
"""

import functools
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

CARD_TEMPLATE = "comments/_card.html"
CARD_SECONDS = 7 * 24 * 60 * 60

logger = logging.getLogger(__name__)


@functools.cache
def template_version():
    """Part of every key: a new release's card template makes new cards."""
    return hashlib.sha256(get_template(CARD_TEMPLATE).template.source.encode()).hexdigest()[:12]


class Cards:
    def __init__(self, reply_query, can_reply):
        self.reply_query, self.can_reply = reply_query, bool(can_reply)

    def replyable(self, comment):
        return self.can_reply and getattr(comment, "can_reply", False)

    def key(self, comment):
        shown = [
            comment.pk, comment.name, comment.website, comment.avatar_key, comment.body,
            comment.created_at.isoformat(), self.replyable(comment) and self.reply_query,
            comment.badge, comment.is_featured,
            get_language(), settings.TIME_ZONE, template_version(),
        ]  # fmt: skip
        return "comments:card:" + hashlib.sha256(repr(shown).encode()).hexdigest()

    def render(self, comment):
        context = {"comment": comment, "can_reply": self.replyable(comment), "reply_query": self.reply_query}
        return render_to_string(CARD_TEMPLATE, context)

    def all(self, comments):
        """{pk: card HTML} for these comments: the kept ones in one cache read, the rest rendered."""
        kept = [comment for comment in comments if not getattr(comment, "is_preview", False)]
        keys = {comment.pk: self.key(comment) for comment in kept}
        try:
            found = cache.get_many(keys.values())
        except Exception:  # the cache is down: every card is rendered, the page still answers
            logger.warning("Comment cards unavailable from the cache", exc_info=True)
            found, keys = {}, {}
        cards, new = {}, {}
        for comment in comments:
            key = keys.get(comment.pk)
            if key in found:
                cards[comment.pk] = found[key]
            else:
                cards[comment.pk] = self.render(comment)
                if key:
                    new[key] = cards[comment.pk]
        if new:
            try:
                cache.set_many(new, timeout=CARD_SECONDS)
            except Exception:
                logger.warning("Comment cards could not be kept", exc_info=True)
        return cards


def everyone(comments):
    for comment in comments:
        yield comment
        yield from everyone(getattr(comment, "children", ()))


def thread_html(comments, reply_query, can_reply):
    """The nested <ol> of these threads (from `threads.thread_page`), with their cards."""
    cards = Cards(reply_query, can_reply).all(list(everyone(comments)))

    def listing(comments, nested):
        modifier = " comment-list--children" if nested else ""
        return f'<ol class="comment-list{modifier}">{"".join(map(item, comments))}</ol>'

    def item(comment):
        preview = " comment--preview" if getattr(comment, "is_preview", False) else ""
        replies = listing(comment.children, True) if getattr(comment, "children", None) else ""
        return (
            f'<li id="comment-{comment.pk}" class="comment comment--level-{int(comment.level)}{preview}">'
            f"{cards[comment.pk]}{replies}</li>"
        )

    # Safe: the cards are rendered templates, and the rest is our markup around numbers.
    return mark_safe(listing(comments, False))
