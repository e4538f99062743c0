from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

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

    def replies_and_mentions(self, article, roots):
        """In one query: the approved replies in these threads and the article's mentions."""
        replies = models.Q(root__in=roots, kind=Comment.Kind.COMMENT)
        mentions = models.Q(article=article) & ~models.Q(kind=Comment.Kind.COMMENT)
        return self.public().filter(replies | mentions).only(*LIST_FIELDS)


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
)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        TRASH = "trash", "Trash"

    class Reason(models.TextChoices):
        """Why a comment was held or marked spam; the admin lists and filters by it."""

        NONE = "", "—"
        HOLD_ALL = "hold_all", "Every comment is held"
        FIRST_TIME = "first_time", "First-time commenter"
        LINKS = "links", "Too many links"
        MODERATION_WORD = "moderation_word", "Moderation word"
        BLOCKED_WORD = "blocked_word", "Blocked word"
        HONEYPOT = "honeypot", "Honeypot filled"
        TOO_FAST = "too_fast", "Posted too fast"
        BAD_TOKEN = "bad_token", "Missing or forged form token"
        FLOOD = "flood", "Flood"

    class Kind(models.TextChoices):
        COMMENT = "comment", "Comment"
        PINGBACK = "pingback", "Pingback"
        TRACKBACK = "trackback", "Trackback"

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        help_text="The comment this one replies to, if any.",
    )
    # The top-level comment of the thread, so a page of threads loads its replies in one query.
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+", editable=False
    )
    depth = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text="1 for a top-level comment."
    )
    body = models.TextField("comment", max_length=65525, help_text="Plain text; shown exactly as typed.")
    name = models.CharField(max_length=245)
    email = models.EmailField(
        max_length=100, blank=True, help_text="Private: shown only here, never on the site."
    )
    website = models.URLField(max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        help_text="The staff account that posted it, if signed in.",
    )
    ip_address = models.GenericIPAddressField(
        "IP address",
        null=True,
        blank=True,
        help_text="Kept for spam control only; removed after COMMENTS_IP_RETENTION_DAYS days.",
    )
    # A keyed hash of the email (HMAC with the server secret): it picks the avatar colour and can
    # not be turned back into the address or matched against any other site's hashes.
    avatar_key = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.COMMENT,
        help_text="Pingbacks and trackbacks (from imported WordPress sites) are listed apart as mentions.",
    )
    reason = models.CharField(
        max_length=20,
        choices=Reason.choices,
        blank=True,
        help_text="Why the comment was held or marked spam.",
    )
    reason_detail = models.CharField(max_length=200, blank=True, help_text='e.g. 2 links, word "casino".')
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Set once the authors and subscribers have been told about the approved comment.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["article", "status", "parent", "created_at"], name="comments_thread_list"),
            models.Index(fields=["root", "status"], name="comments_thread_replies"),
            models.Index(fields=["status", "created_at"], name="comments_moderation_queue"),
            models.Index(fields=["ip_address", "created_at"], name="comments_flood_check"),
            models.Index(fields=["email"], name="comments_by_email"),
        ]

    def __str__(self):
        return f"{self.name} on {self.article}"

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
    def excerpt(self):
        return self.body if len(self.body) <= 80 else self.body[:79].rstrip() + "…"


def avatar_key(email):
    """HMAC-SHA256 of the normalised email, keyed with a secret derived from SECRET_KEY."""
    if not email:
        return ""
    return salted_hmac("comments.avatar", email.strip().lower(), algorithm="sha256").hexdigest()


class Subscription(models.Model):
    """A reader who asked to be told of follow-up comments on an article (double opt-in)."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="comment_subscriptions"
    )
    email = models.EmailField(max_length=100)
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty until the reader follows the link in the confirmation email."
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["article", "email"], name="comments_subscription_unique_email")
        ]

    def __str__(self):
        return f"Follow-ups on {self.article}"

    def is_confirmed(self):
        return self.confirmed_at is not None


class NotificationOptOut(models.Model):
    """A staff member who used the unsubscribe link in a moderation or new-comment email."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_notification_opt_out"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "notification opt-out"

    def __str__(self):
        return f"No comment emails for {self.user}"
