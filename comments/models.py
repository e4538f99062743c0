from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models import ArticleAuthor
from comments.rendering import avatar_colour, comment_html, initials, website_or_empty


class CommentQuerySet(models.QuerySet):
    def public(self):
        """Visible to the public, whatever the kind: approved by a moderator or by the moderation rules."""
        return self.filter(status=Comment.Status.APPROVED)

    def approved(self):
        """Approved readers' comments: what threads, counts and comment feeds show.

        Pingbacks and trackbacks are not conversation: they are listed apart as mentions
        (`mentions()`) and never counted as comments.
        """
        return self.public().filter(kind=Comment.Kind.COMMENT)

    def mentions(self):
        """Approved pingbacks and trackbacks: other sites linking to the article."""
        return self.public().exclude(kind=Comment.Kind.COMMENT)

    def held(self):
        """Waiting for a moderator: pending or judged spam (the commenter's own preview shows both)."""
        return self.filter(status__in=[Comment.Status.PENDING, Comment.Status.SPAM])

    def by_email(self, email):
        """Every comment written with this email address, whatever its case."""
        return self.filter(email__iexact=email.strip())

    def for_thread_list(self):
        """Approved comments with the few fields a comment list shows (never the email or IP)."""
        return self.approved().only(*LIST_FIELDS)

    def on_thread_page(self, article, roots, held_ids=()):
        """In one query: a page of top-level comments (`roots`, a subquery of their ids), the approved
        replies in those threads, the article's mentions, and the held comments among `held_ids` (the
        browser's own, shown to it as previews). Each keeps its `status`, which tells a preview apart."""
        # One flat OR of parts that each have an index of their own (the thread list, the replies by
        # root), so the database reads just these rows, not every approved comment.
        shown = (
            self.approved().filter(pk__in=roots)  # by id: `roots` are already the article's
            | self.approved().filter(root__in=roots)
            | self.mentions().filter(article=article)
        )
        if held_ids:
            shown |= self.held().filter(article=article, pk__in=held_ids)
        # The editors' picks, wherever in the threads they are, for the list above them.
        shown |= self.approved().filter(article=article, is_featured=True)
        on_page = Q(pk__in=roots) | Q(root__in=roots)
        return (
            shown.only(*LIST_FIELDS, "status")
            .annotate(on_page=ExpressionWrapper(on_page, output_field=models.BooleanField()))
            .with_badges()
        )

    def with_badges(self):
        """`by_article_author`: written signed in as one of the article's bylined authors. With
        `user_id` (set only for signed-in staff), what a comment's badge says: nobody can earn one by
        typing a name or an email."""
        bylined = ArticleAuthor.objects.filter(
            article=OuterRef("article_id"), author__user=OuterRef("user_id")
        )
        return self.annotate(by_article_author=Exists(bylined))


def approved_comment_count(**lookups):
    """How many approved comments (narrowed by `lookups`) the outer query's article has: a subquery, so no
    join multiplies rows."""
    approved = (
        Comment.objects.approved()
        .filter(article=models.OuterRef("pk"), **lookups)
        .order_by()
        .values("article")
        .annotate(count=models.Count("pk"))
        .values("count")
    )
    return Coalesce(models.Subquery(approved), 0)


def approved_thread_count():
    """How many approved top-level comments (threads, which the comment pages count) the article has."""
    return approved_comment_count(parent=None)


# What a public list of comments reads: never the email or the IP address.
LIST_FIELDS = (
    "pk",
    "article_id",
    "parent_id",
    "root_id",
    "depth",
    "kind",
    "name",
    "website",
    "body",
    "created_at",
    "avatar_key",
    "is_featured",
    "user_id",
)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        SPAM = "spam", _("Spam")
        TRASH = "trash", _("Trash")

    class Reason(models.TextChoices):
        """Why a comment was held or marked spam; the admin lists and filters by it."""

        NONE = "", "—"
        HOLD_ALL = "hold_all", _("Every comment is held")
        FIRST_TIME = "first_time", _("First-time commenter")
        LINKS = "links", _("Too many links")
        MODERATION_WORD = "moderation_word", _("Moderation word")
        BLOCKED_WORD = "blocked_word", _("Blocked word")
        HONEYPOT = "honeypot", _("Honeypot filled")
        TOO_FAST = "too_fast", _("Posted too fast")
        BAD_TOKEN = "bad_token", _("Missing or forged form token")
        FLOOD = "flood", _("Flood")
        REPORTED = "reported", _("Reported by readers")

    class Kind(models.TextChoices):
        COMMENT = "comment", pgettext_lazy("kind of comment", "Comment")
        PINGBACK = "pingback", _("Pingback")
        TRACKBACK = "trackback", _("Trackback")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="comments", verbose_name=_("article")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        verbose_name=_("parent"),
        help_text=_("The comment this one replies to, if any."),
    )
    # The top-level comment of the thread, so a page of threads loads its replies in one query.
    root = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        editable=False,
        verbose_name=_("root"),
    )
    depth = models.PositiveSmallIntegerField(
        _("depth"), default=1, editable=False, help_text=_("1 for a top-level comment.")
    )
    body = models.TextField(
        pgettext_lazy("text of a comment", "comment"),
        max_length=65525,
        help_text=_("Plain text; shown exactly as typed."),
    )
    name = models.CharField(_("name"), max_length=245)
    email = models.EmailField(
        _("email"), max_length=100, blank=True, help_text=_("Private: shown only here, never on the site.")
    )
    website = models.URLField(_("website"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name=_("user"),
        help_text=_("The staff account that posted it, if signed in."),
    )
    ip_address = models.GenericIPAddressField(
        _("IP address"),
        null=True,
        blank=True,
        help_text=_("Kept for spam control only; removed after the days set in Discussion settings."),
    )
    # A keyed hash of the email (HMAC with the server secret): it picks the avatar colour and can
    # not be turned back into the address or matched against any other site's hashes.
    avatar_key = models.CharField(_("avatar key"), max_length=64, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.COMMENT,
        help_text=_("Pingbacks and trackbacks (from imported WordPress sites) are listed apart as mentions."),
    )
    reason = models.CharField(
        _("reason"),
        max_length=20,
        choices=Reason.choices,
        blank=True,
        help_text=_("Why the comment was held or marked spam."),
    )
    reason_detail = models.CharField(
        _("reason detail"), max_length=200, blank=True, help_text=_('e.g. 2 links, word "casino".')
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    # Set once the authors and subscribers have been told about the approved comment.
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True, editable=False)
    is_featured = models.BooleanField(
        _("editor's pick"),
        default=False,
        help_text=_(
            "Shown above the thread with a badge, linked to its place in it. Approved comments only."
        ),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = pgettext_lazy("a reader's comment", "comment")
        verbose_name_plural = _("comments")
        indexes = [
            # With `kind`, the page of threads, the counts and the mentions all read only this index.
            models.Index(
                fields=["article", "status", "kind", "parent", "created_at"], name="comments_thread_kind_list"
            ),
            models.Index(fields=["root", "status"], name="comments_thread_replies"),
            # The comment feeds, newest first: the site's and each article's.
            models.Index(fields=["status", "kind", "created_at"], name="comments_site_feed"),
            models.Index(fields=["article", "status", "kind", "created_at"], name="comments_article_feed"),
            models.Index(fields=["status", "created_at"], name="comments_moderation_queue"),
            models.Index(fields=["ip_address", "created_at"], name="comments_flood_check"),
            models.Index(fields=["email"], name="comments_by_email"),
        ]

    def __str__(self):
        return _("%(name)s on %(article)s") % {"name": self.name, "article": self.article}

    def save(self, *args, **kwargs):
        if self.parent_id:
            self.root_id = self.parent.root_id or self.parent_id
            self.depth = self.parent.depth + 1
        else:
            self.root_id, self.depth = None, 1
        self.avatar_key = avatar_key(self.email)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """A permanent address that always finds the comment's page (see `comments:permalink`)."""
        return reverse("comments:permalink", kwargs={"pk": self.pk})

    @property
    def body_html(self):
        return comment_html(self.body)

    @property
    def website_url(self):
        """The website, only when it is an http or https address (safe to put in an href)."""
        return website_or_empty(self.website)

    @property
    def avatar_initials(self):
        return initials(self.name)

    @property
    def avatar_colour(self):
        return avatar_colour(self.avatar_key)

    @property
    def badge(self):
        """ "Author" for the story's own author, "Staff" for anyone else of the newsroom, else ""."""
        if getattr(self, "by_article_author", False):
            return gettext("Author")
        return gettext("Staff") if self.user_id else ""

    @property
    def excerpt(self):
        return self.body if len(self.body) <= 80 else self.body[:79].rstrip() + "…"


def avatar_key(email):
    """HMAC-SHA256 of the normalised email, keyed with a secret derived from SECRET_KEY."""
    if not email:
        return ""
    return salted_hmac("comments.avatar", email.strip().lower(), algorithm="sha256").hexdigest()


class CommentReport(models.Model):
    """A reader's report that an approved comment breaks the rules. Who reported is never kept, only a
    keyed fingerprint of their address (comments/reports.py), so one reader counts once."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive, hateful or threatening")
        OFF_TOPIC = "off_topic", _("Off-topic")
        PERSONAL = "personal", _("It reveals someone's personal information")
        OTHER = "other", _("Something else")

    class Verdict(models.TextChoices):
        OPEN = "", _("Not yet reviewed")
        UPHELD = "upheld", _("Upheld: the comment broke the rules")
        REJECTED = "rejected", _("Rejected: the comment was fine")

    comment = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=pgettext_lazy("a reader's comment", "comment"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    reporter_key = models.CharField(_("reporter key"), max_length=64, editable=False)
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices, default="", blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter_key"], name="comments_report_once_per_reader"
            )
        ]
        indexes = [models.Index(fields=["reporter_key", "verdict"], name="comments_report_reporter")]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.comment}"


class Subscription(models.Model):
    """A reader who asked to be told of follow-up comments on an article (double opt-in)."""

    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        related_name="comment_subscriptions",
        verbose_name=_("article"),
    )
    email = models.EmailField(_("email"), max_length=100)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(
        _("confirmed at"),
        null=True,
        blank=True,
        help_text=_("Empty until the reader follows the link in the confirmation email."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["article", "email"], name="comments_subscription_unique_email")
        ]

    def __str__(self):
        return _("Follow-ups on %(article)s") % {"article": self.article}

    def is_confirmed(self):
        return self.confirmed_at is not None


class NotificationOptOut(models.Model):
    """A staff member who used the unsubscribe link in a moderation or new-comment email."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="comment_notification_opt_out",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification opt-out")
        verbose_name_plural = _("notification opt-outs")

    def __str__(self):
        return _("No comment emails for %(user)s") % {"user": self.user}


# The longest word-list entry: a matched word is recorded in `Comment.reason_detail` (200 characters).
WORD_MAX_LENGTH = 100


def word_list(text):
    """The entries of a word list: one per line, stripped, blank lines and repeats dropped."""
    entries = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(entry for entry in entries if entry))


class DiscussionSettings(models.Model):
    """The editors' Discussion settings (WordPress's Settings → Discussion): one row, pk 1.

    Code reads them through `comments.discussion.current()` (cached), never from this model.
    """

    class Moderation(models.TextChoices):
        ALL = "all", _("Every comment must be manually approved")
        KNOWN = "known", _("Comment author must have a previously approved comment")
        NONE = "none", _("Publish comments without approval")

    moderation = models.CharField(
        _("before a comment appears"),
        max_length=5,
        choices=Moderation.choices,
        default=Moderation.KNOWN,
        help_text=_(
            "Which new comments are published straight away. The link and word rules below hold or "
            "mark as spam in every mode; comments by signed-in moderators are always published."
        ),
    )
    hold_links = models.PositiveSmallIntegerField(
        _("hold a comment in the queue if it contains this many links"),
        default=2,
        validators=[
            MinValueValidator(
                1, _("Hold at least 1 link; to hold no comment for its links, enter a large number.")
            )
        ],
        help_text=_("A common characteristic of comment spam is a large number of links."),
    )
    moderation_words = models.TextField(
        _("moderation words"),
        blank=True,
        help_text=_(
            "When a comment contains any of these words in its content, author name, website, email or "
            "IP address, it will be held in the moderation queue. One word, phrase, domain or IP address "
            'per line. Whole words only: "press" does not match "WordPress".'
        ),
    )
    blocked_words = models.TextField(
        _("disallowed words"),
        blank=True,
        help_text=_(
            "When a comment contains any of these words in its content, author name, website, email or "
            "IP address, it will be marked as spam (kept for moderators, never shown). One word, phrase, "
            "domain or IP address per line. Whole words only."
        ),
    )
    min_form_seconds = models.PositiveSmallIntegerField(
        _("seconds a person needs to write a comment"),
        default=3,
        validators=[MaxValueValidator(300, _("At most 300 seconds, or quick readers are marked as spam."))],
        help_text=_(
            "A comment sent sooner than this after its form was shown is marked as spam: people take "
            "longer, bots do not. 0 turns the check off."
        ),
    )
    form_expiry_hours = models.PositiveSmallIntegerField(
        _("comment forms expire after this many hours"),
        default=24,
        validators=[
            MinValueValidator(1, _("Keep forms open for at least 1 hour.")),
            MaxValueValidator(720, _("Forms can stay open for at most 720 hours (30 days).")),
        ],
        help_text=_(
            "A form left open longer asks the reader to post again, keeping their text. Keep it longer "
            "than pages are cached, or cached pages carry expired forms."
        ),
    )
    flood_seconds = models.PositiveSmallIntegerField(
        _("seconds between comments from one IP address"),
        default=15,
        validators=[MaxValueValidator(3600, _("At most 3600 seconds (an hour)."))],
        help_text=_(
            "A second comment from the same address sooner than this is refused as flooding (and kept "
            "as spam). 0 turns flood control off."
        ),
    )
    close_after_days = models.PositiveSmallIntegerField(
        _("automatically close comments on articles older than this many days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1, _("Close comments after at least 1 day, or leave this empty."))],
        help_text=_("Leave empty to keep comments open on every article that allows them."),
    )
    thread_depth = models.PositiveSmallIntegerField(
        _("threaded (nested) comments, levels deep"),
        default=5,
        validators=[
            MinValueValidator(1, _("Threads can be 1 to 10 levels deep.")),
            MaxValueValidator(10, _("Threads can be 1 to 10 levels deep.")),
        ],
        help_text=_(
            "1 allows no replies. Replies already posted deeper than this line up at the deepest level."
        ),
    )
    per_page = models.PositiveSmallIntegerField(
        _("top-level comments per page"),
        default=50,
        validators=[
            MinValueValidator(1, _("Show at least 1 comment per page.")),
            MaxValueValidator(500, _("Show at most 500 comments per page.")),
        ],
        help_text=_("Break comments into pages with this many top-level comments (and their replies) each."),
    )
    newest_first = models.BooleanField(
        _("newer comments at the top"),
        default=False,
        help_text=_(
            "Show the newest comments first, on the first page. Otherwise older comments come first, as "
            "in a conversation."
        ),
    )
    notify_moderators = models.BooleanField(
        _("email moderators whenever a comment is held for moderation"), default=True
    )
    notify_authors = models.BooleanField(
        _("email an article's authors whenever a comment on it is approved"), default=True
    )
    ip_retention_days = models.PositiveSmallIntegerField(
        _("keep commenters' IP addresses for this many days"),
        default=30,
        validators=[
            MinValueValidator(1, _("Keep IP addresses for at least 1 day: flood control needs them.")),
            MaxValueValidator(3650, _("Keep IP addresses for at most 3650 days (ten years).")),
        ],
        help_text=_("They are kept for spam and flood control only, then removed."),
    )
    reports_to_hide = models.PositiveSmallIntegerField(
        _("hide a comment reported by this many readers"),
        default=3,
        validators=[MaxValueValidator(100, _("At most 100 readers."))],
        help_text=_(
            "Held for a moderator once this many different readers report it (a reader whose reports "
            "moderators keep rejecting counts for less). 0: reports never hide a comment."
        ),
    )
    preview_hours = models.PositiveSmallIntegerField(
        _("a commenter sees their held comment for this many hours"),
        default=24,
        validators=[
            MinValueValidator(1, _("Show held comments to their writer for at least 1 hour.")),
            MaxValueValidator(720, _("At most 720 hours (30 days).")),
        ],
        help_text=_(
            "The browser that posted a comment awaiting moderation sees it in place, marked as such; "
            "nobody else does."
        ),
    )

    # Named here: simple_history would word the name once, at import, in whichever language is active.
    history = HistoricalRecords(
        verbose_name=_("historical discussion settings"),
        verbose_name_plural=_("historical discussion settings"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("discussion settings")
        verbose_name_plural = _("discussion settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="comments_discussion_single_row")
        ]

    def __str__(self):
        return str(_("Discussion settings"))

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The one row, created with the defaults the first time it is read."""
        return cls.objects.get_or_create(pk=1)[0]

    def clean(self):
        """Word lists keep one entry per line, each short enough to be recorded as a comment's reason."""
        errors = {}
        for field in ["moderation_words", "blocked_words"]:
            entries = word_list(getattr(self, field))
            too_long = [entry for entry in entries if len(entry) > WORD_MAX_LENGTH]
            if too_long:
                message = _(
                    "Each entry can be at most %(limit)d characters long; this one is longer: “%(entry)s…”"
                )
                errors[field] = message % {
                    "limit": WORD_MAX_LENGTH,
                    "entry": too_long[0][:40],
                }
            setattr(self, field, "\n".join(entries))
        if errors:
            raise ValidationError(errors)
