"""Who has an article's change form open: a soft lock in the cache, shown to colleagues, never enforced.

Like WordPress's post lock it blocks nobody; an edit conflict is caught when saving (articles/conflicts.py).
The change form records its user when it opens and its script refreshes that every REFRESH_SECONDS; an
entry not refreshed for LOCK_SECONDS (the tab was closed, the laptop slept) has gone.
"""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import ngettext

from articles.conflicts import editor_name

REFRESH_SECONDS = 30
LOCK_SECONDS = 120


def cache_key(article_pk):
    return f"articles:editing:{article_pk}"


def current_editors(article_pk, now):
    """{user id: {"name", "at"}} for everyone whose form was open within LOCK_SECONDS of `now`."""
    editors = cache.get(cache_key(article_pk), {})
    return {pk: entry for pk, entry in editors.items() if now - entry["at"] < timedelta(seconds=LOCK_SECONDS)}


def others_editing(article_pk, user, now=None):
    """The names of everyone but `user` who has the article's form open, most recent first."""
    editors = current_editors(article_pk, now or timezone.now())
    others = sorted((entry for pk, entry in editors.items() if pk != user.pk), key=lambda e: e["at"])
    return [entry["name"] for entry in reversed(others)]


def start_editing(article_pk, user, now=None):
    """Record that `user` has the article's form open now; returns the others who have it open too."""
    now = now or timezone.now()
    # Read, change, write: two heartbeats at the same instant may drop one entry until its next refresh,
    # which a notice that only informs can afford.
    editors = current_editors(article_pk, now) | {user.pk: {"name": editor_name(user), "at": now}}
    cache.set(cache_key(article_pk), editors, LOCK_SECONDS)
    return others_editing(article_pk, user, now)


def stop_editing(article_pk, user):
    """`user` has saved and left the form."""
    editors = cache.get(cache_key(article_pk), {})
    if editors.pop(user.pk, None) is not None:
        cache.set(cache_key(article_pk), editors, LOCK_SECONDS)


def editing_message(names):
    """The notice a colleague sees while others have the form open; empty when nobody else has."""
    if not names:
        return ""
    return ngettext(
        "%(names)s is editing this article. You can still edit it: if they save first, you will be shown "
        "what they changed before anything of theirs is replaced.",
        "%(names)s are editing this article. You can still edit it: if they save first, you will be shown "
        "what they changed before anything of theirs is replaced.",
        len(names),
    ) % {"names": ", ".join(names)}
