"""The moderation policy: which new comments are published, held for a moderator, or marked spam.

`judge` alone decides, from `Facts` (what the form reported and what the database knows about the
comment) and `Rules` (the Discussion settings): a pure function, tested table by table. `gather`
collects the facts; comments/posting.py runs the two inside one transaction per address.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from comments import discussion
from comments.models import Comment
from comments.rendering import count_links

DUPLICATE = _("Duplicate comment detected; it looks as though you've already said that!")
FLOOD = _("You are posting comments too quickly. Slow down.")


@dataclass(frozen=True)
class Rules:
    """The discussion settings the policy reads."""

    mode: str = "known"
    hold_links: int = 2
    moderation_words: tuple = ()
    blocked_words: tuple = ()
    min_form_seconds: int = 3
    flood_seconds: int = 15

    @classmethod
    def current(cls):
        """The rules in force now, from the Discussion settings (comments.discussion.current())."""
        values = discussion.current()
        return cls(
            mode=values.moderation,
            hold_links=values.hold_links,
            moderation_words=values.moderation_words,
            blocked_words=values.blocked_words,
            min_form_seconds=values.min_form_seconds,
            flood_seconds=values.flood_seconds,
        )


@dataclass(frozen=True)
class Facts:
    """What is known about a new comment when it is judged."""

    trusted: bool = False  # posted by a signed-in moderator
    honeypot_filled: bool = False
    token_age: float | None = 60.0  # seconds since the form was served; None: missing or forged
    duplicate: bool = False
    flooding: bool = False
    blocked_word: str = ""
    moderation_word: str = ""
    links: int = 0
    known_commenter: bool = False


@dataclass(frozen=True)
class Verdict:
    status: str | None  # None: the comment is not kept at all
    reason: str = Comment.Reason.NONE
    detail: str = ""
    message: str = ""  # shown beside the form when the comment is not published as posted

    @staticmethod
    def spam(reason):
        return Verdict(Comment.Status.SPAM, reason, str(Comment.Reason(reason).label))


def judge(facts, rules):
    """The verdict for a new comment: refusals, then spam, then the hold rules, then the moderation mode."""
    if facts.duplicate:
        return Verdict(None, message=DUPLICATE)
    if not facts.trusted:
        if facts.flooding:
            # Kept as spam, so nothing typed is lost without a trace.
            return Verdict(Comment.Status.SPAM, Comment.Reason.FLOOD, gettext("flood"), message=FLOOD)
        if facts.honeypot_filled:
            return Verdict.spam(Comment.Reason.HONEYPOT)
        if facts.token_age is None:
            return Verdict.spam(Comment.Reason.BAD_TOKEN)
        if facts.token_age < rules.min_form_seconds:
            return Verdict.spam(Comment.Reason.TOO_FAST)
    if facts.trusted:
        return Verdict(Comment.Status.APPROVED)
    if facts.blocked_word:
        return Verdict(Comment.Status.SPAM, Comment.Reason.BLOCKED_WORD, word_detail(facts.blocked_word))
    if facts.links >= rules.hold_links:
        links = ngettext("%(count)d link", "%(count)d links", facts.links) % {"count": facts.links}
        return Verdict(Comment.Status.PENDING, Comment.Reason.LINKS, links)
    if facts.moderation_word:
        return Verdict(
            Comment.Status.PENDING, Comment.Reason.MODERATION_WORD, word_detail(facts.moderation_word)
        )
    if rules.mode == "all":
        return Verdict(Comment.Status.PENDING, Comment.Reason.HOLD_ALL, gettext("every comment is held"))
    if rules.mode == "known" and not facts.known_commenter:
        return Verdict(Comment.Status.PENDING, Comment.Reason.FIRST_TIME, gettext("first-time commenter"))
    return Verdict(Comment.Status.APPROVED)


def word_detail(word):
    """The matched word, as the moderation queue shows why a comment was held."""
    return gettext('word "%(word)s"') % {"word": word}


def gather(comment, rules, *, trusted=False, honeypot_filled=False, token_age=None):
    """The facts about an unsaved comment: the form's report plus what the database knows."""
    return Facts(
        trusted=trusted,
        honeypot_filled=honeypot_filled,
        token_age=token_age,
        duplicate=is_duplicate(comment),
        flooding=not trusted and is_flooding(comment.ip_address, rules.flood_seconds),
        blocked_word=matching_word(comment, rules.blocked_words),
        moderation_word=matching_word(comment, rules.moderation_words),
        links=count_links(comment.body),
        known_commenter=rules.mode == "known" and is_known_commenter(comment),
    )


def apply(comment, verdict):
    comment.status, comment.reason, comment.reason_detail = verdict.status, verdict.reason, verdict.detail


def matching_word(comment, words):
    """The first listed word found in the comment's text, name, email, website or IP address."""
    haystack = "\n".join(
        [comment.body, comment.name, comment.email, comment.website, comment.ip_address or ""]
    )
    for word in words:
        # Whole words only, so "ass" does not catch "class"; entries may be phrases, domains or IPs.
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack, flags=re.IGNORECASE):
            return word
    return ""


def is_known_commenter(comment):
    """The same name and email already have an approved comment (WordPress's "known" rule)."""
    return (
        Comment.objects.approved().by_email(comment.email).filter(name__iexact=comment.name.strip()).exists()
    )


def is_flooding(ip_address, flood_seconds):
    """This address posted a comment less than `flood_seconds` ago."""
    if not ip_address or not flood_seconds:
        return False
    since = timezone.now() - timedelta(seconds=flood_seconds)
    # Comments already refused for flooding do not count, or a reader who waits would be refused again.
    return (
        Comment.objects.filter(ip_address=ip_address, created_at__gte=since)
        .exclude(reason=Comment.Reason.FLOOD)
        .exists()
    )


def is_duplicate(comment):
    """The same words from the same person on the same article, already posted (and not thrown away)."""
    same_person = Comment.objects.by_email(comment.email) if comment.email else Comment.objects.all()
    return (
        same_person.filter(article_id=comment.article_id, name=comment.name, body=comment.body)
        .exclude(status__in=[Comment.Status.SPAM, Comment.Status.TRASH])
        .exists()
    )


def closing_date(article):
    """When comments on the article close automatically (the Discussion settings' days), or None."""
    days = discussion.current().close_after_days
    if not days or not article.published_at:
        return None
    return article.published_at + timedelta(days=days)


def comments_open(article):
    """Open when the article allows comments and its automatic closing date has not passed."""
    closes_at = closing_date(article)
    return article.comments_open and (closes_at is None or timezone.now() < closes_at)
