"""Live coverage: an article whose type of work is "Live" is a page of timestamped entries, newest
first, that its editors add to while a story unfolds and then close with a summary."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Author, Image, WorkType
from publishing.html import clean_html, html_to_text

# Entries on each page of a live page; a permalink finds its entry's page.
ENTRIES_PER_PAGE = 50
# What makes an entry "edited" when it changes after it was posted.
CONTENT_FIELDS = ("title", "body", "image_id")


def is_live(article):
    """An article is a live page when its type of work is of the "Live" kind."""
    return article.is_live_page


class CoverageQuerySet(models.QuerySet):
    def public(self):
        """Coverage readers may see: of a published article whose type of work is "Live"."""
        return self.filter(
            article__in=Article.objects.published(), article__work_type__kind=WorkType.Kind.LIVE
        )


class Coverage(models.Model):
    """The live side of a live article: when it began and ended, and the summary it ended with."""

    article = models.OneToOneField(
        Article,
        on_delete=models.CASCADE,
        related_name="live_coverage",
        verbose_name=_("article"),
        limit_choices_to={"work_type__kind": WorkType.Kind.LIVE},
        help_text=_("An article whose type of work is Live."),
    )
    started_at = models.DateTimeField(
        _("started at"),
        null=True,
        blank=True,
        help_text=_("When the live coverage began. Empty: when the article was published."),
    )
    is_closed = models.BooleanField(
        _("ended"),
        default=False,
        help_text=_("Tick when the coverage is over: the page stops saying LIVE and shows the summary."),
    )
    closed_at = models.DateTimeField(_("ended at"), null=True, blank=True, editable=False)
    summary = models.TextField(
        _("final summary"),
        blank=True,
        help_text=_("What happened, for readers who arrive after the coverage ended. Shown at the top."),
    )

    objects = CoverageQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("live coverage")
        verbose_name_plural = _("live coverage")

    def __str__(self):
        return str(self.article)

    def save(self, *args, **kwargs):
        if self.is_closed and self.closed_at is None:
            self.closed_at = timezone.now()
        elif not self.is_closed:
            self.closed_at = None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.article.get_absolute_url()

    @property
    def is_open(self):
        return not self.is_closed

    @property
    def began_at(self):
        return self.started_at or self.article.published_at


class EntryQuerySet(models.QuerySet):
    def public(self):
        """Entries readers may see: on live coverage that is public."""
        return self.filter(coverage__in=Coverage.objects.public())

    def for_page(self):
        """Entries with what their card shows (picture, authors), in a fixed number of queries."""
        return self.select_related("image").prefetch_related("authors")

    def stream(self):
        """The running order: newest first; pinned entries are shown above it instead."""
        return self.filter(is_pinned=False).order_by("-published_at", "-pk")

    def newer_than(self, entry_id):
        """Entries posted after the entry `entry_id`, oldest first (as a reader's page adds them)."""
        return self.filter(pk__gt=entry_id).order_by("published_at", "pk")


class Entry(models.Model):
    coverage = models.ForeignKey(
        Coverage, on_delete=models.CASCADE, related_name="entries", verbose_name=_("live coverage")
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Optional: a few words. Key events are listed at the top by their title."),
    )
    body = models.TextField(_("text"), help_text=_("The update. Unsafe HTML is removed when it is saved."))
    image = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="live_entries",
        verbose_name=_("image"),
    )
    authors = models.ManyToManyField(
        Author, blank=True, related_name="live_entries", verbose_name=_("authors")
    )
    is_key_event = models.BooleanField(
        _("key event"), default=False, help_text=_("Listed in the key events at the top of the page.")
    )
    is_pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Shown above the other entries until unpinned.")
    )
    published_at = models.DateTimeField(_("posted at"), default=timezone.now, editable=False)
    edited_at = models.DateTimeField(
        _("edited at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When its text, title or image last changed after it was posted."),
    )

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("live entry")
        verbose_name_plural = _("live entries")
        indexes = [
            models.Index(fields=["coverage", "is_pinned", "-published_at", "-id"], name="live_entry_stream")
        ]

    def __str__(self):
        return self.title or self.summary_text

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        # An entry whose words or picture change after it was posted says so.
        posted = getattr(self, "_posted_content", None)
        if posted is not None and posted != self.content():
            self.edited_at = timezone.now()
        super().save(*args, **kwargs)
        self._posted_content = self.content()

    def get_absolute_url(self):
        return reverse("live:entry", kwargs={"pk": self.pk})

    @classmethod
    def from_db(cls, db, field_names, values):
        entry = super().from_db(db, field_names, values)
        entry._posted_content = entry.content()
        return entry

    def content(self):
        """Its words and picture as loaded (None when some were deferred: then edits are not judged)."""
        if any(name not in self.__dict__ for name in CONTENT_FIELDS):
            return None
        return tuple(self.__dict__[name] for name in CONTENT_FIELDS)

    @property
    def anchor(self):
        return f"entry-{self.pk}"

    @property
    def summary_text(self):
        """The first words of its text, for lists that show no title."""
        words = html_to_text(self.body).split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")

    @property
    def body_html(self):
        return mark_safe(self.body)  # sanitised when saved (publishing/html.py)

    @property
    def is_edited(self):
        return self.edited_at is not None


def open_coverage(sender, instance, raw=False, **kwargs):
    """post_save of an article: a live article has its coverage, begun when it was published."""
    if raw or instance.work_type_id is None or not is_live(instance):
        return
    Coverage.objects.get_or_create(article=instance)


def validate_banner_link(value):
    """An address on this site (/2026/…) or a web address (https://…)."""
    if value.startswith("/") and not value.startswith("//"):
        return
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise ValidationError(
            _("Give an address on this site, starting with /, or a web address starting with https://."),
            code="invalid",
        ) from None


class BannerQuerySet(models.QuerySet):
    def upcoming(self):
        """Banners switched on that have not ended: shown now, or from their start time on."""
        return self.filter(is_active=True).filter(Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now()))

    def next_change(self):
        """When a banner next goes up or comes down by itself (None if none will)."""
        now = timezone.now()
        times = self.upcoming().aggregate(
            start=Min("starts_at", filter=Q(starts_at__gt=now)), end=Min("ends_at", filter=Q(ends_at__gt=now))
        )
        return min(filter(None, times.values()), default=None)


class Banner(models.Model):
    """A breaking-news line across the top of every page of the site, linking to the story."""

    text = models.CharField(
        _("text"),
        max_length=160,
        help_text=_("One line, e.g. “Storm closes the port of Split: follow our live coverage”."),
    )
    link = models.CharField(
        _("link"),
        max_length=500,
        validators=[validate_banner_link],
        help_text=_("Where it leads: an address on this site (/2026/…) or elsewhere (https://…)."),
    )
    is_active = models.BooleanField(
        _("shown"), default=True, help_text=_("Untick to take the banner down at once.")
    )
    starts_at = models.DateTimeField(
        _("shown from"), default=timezone.now, help_text=_("A time in the future puts it up by itself then.")
    )
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_("Optional: the banner comes down by itself at this time."),
    )

    objects = BannerQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("breaking-news banner")
        verbose_name_plural = _("breaking-news banners")

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The banner must come down after it goes up.")})

    def is_shown(self, now=None):
        """The instance-level mirror of what `live.banners.showing()` decides from the cached copy."""
        now = now or timezone.now()
        return self.is_active and self.starts_at <= now and (self.ends_at is None or self.ends_at > now)
