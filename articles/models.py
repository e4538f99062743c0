import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import (
    Case,
    Count,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from simple_history.models import HistoricalRecords

from articles.images import CleanImageField, make_renditions
from articles.roles import AUTHOR_STATUSES, can_publish
from publishing.html import clean_html
from publishing.languages import WrittenIn
from publishing.slugs import SlugField, SlugFromTitle, unique_slug

# Before any story: the lower bound of a range of stories that has none (see `before`, `related_to`).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
# An edit within this long of publication is part of publishing, not an update worth announcing.
UPDATE_GRACE = timedelta(minutes=10)
SOURCE_ADDRESS = re.compile(r"https?://\S+")


def split_list(text):
    """ "energy, climate" → ["energy", "climate"] (commas of any script's kind)."""
    return [part.strip() for part in re.split(r"[,،、，]", text) if part.strip()]


def validate_time_zone(value):
    """An IANA time zone name, as the dateline's clock."""
    if value and value not in available_timezones():
        raise ValidationError(
            _("“%(zone)s” is not a time zone name; choose one such as Europe/Minsk."),
            params={"zone": value},
            code="invalid_time_zone",
        )


def validate_profile_links(value):
    """Each line an http(s) address; the first that is not is named."""
    check = URLValidator(schemes=["http", "https"])
    for line in filter(None, (line.strip() for line in value.splitlines())):
        try:
            check(line)
        except ValidationError:
            raise ValidationError(
                _("“%(line)s” is not a web address (https://…)."), params={"line": line}, code="invalid"
            ) from None


class Author(SlugFromTitle, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = SlugField(_("slug"), max_length=200, help_text=_("Used in the author's page address."))
    title = models.CharField(
        pgettext_lazy("an author's job", "title"),
        max_length=200,
        blank=True,
        help_text=_('Shown under the name, e.g. "Europe correspondent".'),
    )
    bio = models.TextField(_("bio"), blank=True, help_text=_("A few sentences, shown on the author's page."))
    photo = CleanImageField(
        _("photo"),
        upload_to="authors/",
        blank=True,
        help_text=_(
            "Shown on the author's page. JPEG, PNG, WebP or GIF; location and camera data are removed "
            "when it is uploaded."
        ),
    )
    covers = models.CharField(
        _("covers"),
        max_length=300,
        blank=True,
        help_text=_("What they report on, separated by commas, e.g. “energy, climate, the Baltic states”."),
    )
    based_in = models.CharField(_("based in"), max_length=200, blank=True, help_text=_("e.g. “Vilnius”."))
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_(
            "The languages they report in, separated by commas, e.g. “English, Lithuanian, Russian”."
        ),
    )
    public_email = models.EmailField(
        _("public email"),
        blank=True,
        help_text=_(
            "An address readers may write to with tips, shown on the author's page. Leave empty to show none."
        ),
    )
    profile_links = models.TextField(
        _("profile links"),
        blank=True,
        validators=[validate_profile_links],
        help_text=_("Their pages elsewhere (a personal site, a social profile), one address per line."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        verbose_name=_("user"),
        help_text=_("The staff account that writes as this author, if any."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [models.UniqueConstraint(fields=["slug"], name="articles_author_unique_slug")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})

    @classmethod
    def profile_of(cls, user):
        """The staff user's author profile, made from their name the first time they write."""
        profile, _created = cls.objects.get_or_create(
            user=user, defaults={"name": user.get_full_name() or user.get_username()}
        )
        return profile

    @property
    def beats(self):
        return split_list(self.covers)

    @property
    def language_list(self):
        return split_list(self.languages)

    @property
    def links(self):
        return [line.strip() for line in self.profile_links.splitlines() if line.strip()]


class Section(SlugFromTitle, models.Model):
    name = models.CharField(pgettext_lazy("what a thing is called", "name"), max_length=100)
    slug = SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in the site navigation; lower comes first.")
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [models.UniqueConstraint(fields=["slug"], name="articles_section_unique_slug")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class Tag(SlugFromTitle, models.Model):
    name = models.CharField(pgettext_lazy("what a thing is called", "name"), max_length=100)
    slug = SlugField(_("slug"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [models.UniqueConstraint(fields=["slug"], name="articles_tag_unique_slug")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class WorkType(models.Model):
    """What kind of story it is (news, analysis, opinion…): a label readers see above the headline,
    and the schema.org type machines read. Editors keep the list; a story without one is news."""

    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        ANALYSIS = "analysis", _("Analysis")
        OPINION = "opinion", _("Opinion")
        EXPLAINER = "explainer", _("Explainer")
        REVIEW = "review", _("Review")
        INTERVIEW = "interview", _("Interview")
        LIVE = "live", _("Live")
        SPONSORED = "sponsored", _("Sponsored")

    # schema.org's own types of news article; an interview is a plain NewsArticle, a live page a
    # LiveBlogPosting (its coverage times and updates come from the live app), paid content is
    # AdvertiserContentArticle.
    SCHEMA_TYPES = {
        Kind.NEWS: "ReportageNewsArticle",
        Kind.ANALYSIS: "AnalysisNewsArticle",
        Kind.OPINION: "OpinionNewsArticle",
        Kind.EXPLAINER: "BackgroundNewsArticle",
        Kind.REVIEW: "ReviewNewsArticle",
        Kind.INTERVIEW: "NewsArticle",
        Kind.LIVE: "LiveBlogPosting",
        Kind.SPONSORED: "AdvertiserContentArticle",
    }

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_(
            "What readers and search engines are told the story is; Sponsored stories name their sponsor."
        ),
    )
    name = models.CharField(
        pgettext_lazy("what a thing is called", "name"),
        max_length=100,
        blank=True,
        help_text=_(
            "The label readers see, e.g. “Column”. Empty: the kind's own name, in the site's language."
        ),
    )
    show_label = models.BooleanField(
        _("show the label"),
        default=True,
        help_text=_(
            "Above the headline and on cards. Off suits plain news; sponsored stories always show it."
        ),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in the admin's list.")
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("type of work")
        verbose_name_plural = _("types of work")

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.name or self.get_kind_display()

    @classmethod
    def create_defaults(cls, using="default"):
        """The newsroom's starting list, if it has none: every kind once, named by the kind (so in the
        site's language) until an editor names it; plain news carries no label."""
        types = cls.objects.using(using)
        if not types.exists():
            types.bulk_create(
                cls(kind=kind, show_label=kind != cls.Kind.NEWS, position=position)
                for position, kind in enumerate(cls.Kind.values)
            )

    @property
    def schema_type(self):
        return self.SCHEMA_TYPES[self.kind]

    @property
    def is_sponsored(self):
        return self.kind == self.Kind.SPONSORED

    @property
    def labelled(self):
        return self.show_label or self.is_sponsored


class Image(models.Model):
    file = CleanImageField(
        _("image file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        renditions_field="renditions",
        help_text=_("JPEG, PNG, WebP or GIF. Location and camera data are removed when it is uploaded."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the image shows, for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"), max_length=200, blank=True, help_text=_('e.g. "Photo: Jane Doe / Newsroom".')
    )
    renditions = models.JSONField(
        _("renditions"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Smaller copies made once on upload: [{width, height, format, name}]."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.caption or self.alt_text

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # Stored first (and so cleaned, and its renditions reset), so that the renditions are made
            # from the cleaned file and sit beside it under its final name.
            self.file.save(self.file.name, self.file.file, save=False)
        # A file attached with `file.save(..., save=False)` leaves the dimension fields empty.
        if self.file and not self.width:
            self._meta.get_field("file").update_dimension_fields(self, force=True)
        if self.file and not self.renditions:
            self.renditions = make_renditions(self.file)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "renditions"}
        super().save(*args, **kwargs)

    def srcset(self, image_format):
        """The `srcset` value for one format ("webp" or "jpeg"), narrowest first."""
        storage = self.file.storage
        return ", ".join(
            f"{storage.url(rendition['name'])} {rendition['width']}w"
            for rendition in self.renditions
            if rendition["format"] == image_format
        )

    @property
    def srcset_webp(self):
        return self.srcset("webp")

    @property
    def srcset_jpeg(self):
        return self.srcset("jpeg")


def bylines():
    """The prefetch of an article's byline: its authors, in order."""
    return Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))


def with_bylines(articles):
    """Read the bylines of all these articles (from `for_cards()`) in one query: a page showing several
    lists, or a story and its related cards, reads them once. Returns `articles`."""
    prefetch_related_objects([article for article in articles if article is not None], bylines())
    return articles


def dateline_date_format():
    """The active language's dateline date: ours where we ship its formats (newsroom/formats/), else
    Django's month-and-day format for it ("25. Februar", "25 فبراير")."""
    named = formats.get_format("DATELINE_DATE_FORMAT")
    return formats.get_format("MONTH_DAY_FORMAT") if named == "DATELINE_DATE_FORMAT" else named


class ArticleQuerySet(models.QuerySet):
    # What other apps add to every listed article, as {attribute: expression factory}. The comments
    # app registers `comment_count` (comments/apps.py), so the articles app never imports it.
    listing_annotations = {}
    # The same, added only to the article shown on its own page (the comments app: `comment_threads`).
    page_annotations = {}
    # One-to-one rows of other apps that the article's page shows, joined in its query (live coverage).
    page_relations = []

    def published(self):
        """Visible to the public: marked published and the publish time has passed."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self):
        """Marked published, with a publish time still to come: they appear on their own."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def written_by(self, user):
        """Articles with `user`'s byline (through their author profile)."""
        return self.filter(pk__in=ArticleAuthor.objects.filter(author__user=user).values("article_id"))

    def visible_to(self, user):
        """What `user` may open in the admin: every article for editors, their own bylines for authors."""
        if can_publish(user):
            return self
        return self.written_by(user)

    def editable_by(self, user):
        """What `user` may change: every article for editors, only their own drafts and pending ones for
        authors (published stories are the editors' to change)."""
        if can_publish(user):
            return self
        return self.visible_to(user).filter(status__in=AUTHOR_STATUSES)

    def for_cards(self):
        """Published articles with what a card shows from their own row (section, lead image, counts);
        their bylines come from `with_bylines()`, one query for every card on the page."""
        return (
            self.published().select_related("section", "lead_image", "work_type").with_listing_annotations()
        )

    def for_listing(self):
        """Published articles with everything a list card shows, in a fixed number of queries."""
        return self.for_cards().prefetch_related(bylines())

    def with_listing_annotations(self):
        """Annotate what other apps show beside each listed article (see `listing_annotations`)."""
        return self.annotate(**{name: make() for name, make in self.listing_annotations.items()})

    def for_feed(self):
        """Published articles with everything a feed item carries."""
        return self.for_listing().prefetch_related("tags")

    def for_article_page(self):
        """Published articles with what their own page shows of them; the page reads the story's byline
        with its related cards' (`with_bylines()`)."""
        return (
            self.for_cards()
            .select_related(*self.page_relations)
            .prefetch_related("tags", "corrections")
            .annotate(**{name: make() for name, make in self.page_annotations.items()})
        )

    def retracted(self):
        """Stories withdrawn after they were published: their addresses answer 410 Gone, with why."""
        return self.filter(status=Article.Status.RETRACTED, published_at__isnull=False)

    def at_address(self, year, month, day, slug):
        """The article at /<year>/<month>/<day>/<slug>/; failing that (an old or mistyped date), the newest
        one with that slug, whose own address the caller redirects to. None when there is none."""
        try:
            found = self.filter(published_on=date(year, month, day), slug=slug).first()
        except ValueError:  # 31 February and friends
            found = None
        return found or self.filter(slug=slug).order_by("-published_at", "-pk").first()

    def lead_story(self):
        """The newest featured article, or the newest of all when none is featured."""
        return self.order_by("-is_featured", "-published_at", "-pk").first()

    def top_per_section(self, count):
        """The newest `count` articles of every section, grouped by section, in one query.

        Each section's n-th newest is picked by a subquery that walks the section's index from the top,
        so the cost grows with the number of sections, not with the archive (a window function over
        every article would rank them all)."""
        newest = self.filter(section=OuterRef("pk")).order_by("-published_at", "-pk").values("pk")
        sections = Section.objects.annotate(**{f"top_{n}": Subquery(newest[n : n + 1]) for n in range(count)})
        picked = Q()
        for n in range(count):
            picked |= Q(pk__in=sections.values(f"top_{n}"))
        blocks = {}
        for article in self.filter(picked).order_by(
            "section__position", "section__name", "section", "-published_at", "-pk"
        ):
            blocks.setdefault(article.section, []).append(article)
        return list(blocks.items())

    def related_to(self, article, count=4, nearby=200):
        """Up to `count` published articles sharing tags or the section with `article`: most shared tags, then
        same section, then newest. One query (with `article.tags` prefetched).

        Only the stories published between the `nearby`-th before `article` and the `nearby`-th after it
        are candidates, a range of the publication index: ranking every story that shares a tag or the
        section would cost more the bigger the archive grows."""
        tag_ids = [tag.pk for tag in article.tags.all()]
        published = self.model.objects.published()
        earliest = published.before(article).values("published_at")[nearby - 1 : nearby]
        latest = published.after(article).values("published_at")[nearby - 1 : nearby]
        rank = {
            # An empty IN would make the database-less "no rows" shortcut drop the whole query.
            "shared_tags": Count("tags", filter=Q(tags__in=tag_ids), distinct=True) if tag_ids else Value(0),
            "same_section": Case(When(section=article.section_id, then=1), default=0),
        }
        order = ["-shared_tags", "-same_section", "-published_at", "-pk"]
        nearby_range = Q(
            published_at__gte=Coalesce(Subquery(earliest), Value(EARLIEST)),
            published_at__lte=Coalesce(Subquery(latest), Value(timezone.now())),
        )
        ranked = (
            published.filter(nearby_range)
            .exclude(pk=article.pk)
            .filter(Q(tags__in=tag_ids) | Q(section=article.section_id))
            .annotate(**rank)
            .order_by(*order)
        )
        # Ranked bare, then only the winners read with what this queryset adds (cards' counts); the
        # range again, so that the database looks for them in it rather than among all stories.
        winners = self.filter(nearby_range, pk__in=ranked.values("pk")[:count])
        return winners.annotate(**rank).order_by(*order)

    def before(self, article):
        """Articles published just before `article`, newest first (the "previous story")."""
        # The plain bound beside the OR lets the database start reading the index at `article`; as a
        # range (BETWEEN), or SQLite starts from published()'s "until now" and walks down to it.
        return self.filter(
            Q(published_at__lt=article.published_at)
            | Q(published_at=article.published_at, pk__lt=article.pk),
            published_at__range=(EARLIEST, article.published_at),
        ).order_by("-published_at", "-pk")

    def after(self, article):
        """Articles published just after `article`, oldest first (the "next story")."""
        return self.filter(
            Q(published_at__gt=article.published_at)
            | Q(published_at=article.published_at, pk__gt=article.pk),
            published_at__gte=article.published_at,
        ).order_by("published_at", "pk")

    def neighbours(self, article):
        """The stories just before and just after `article`, in one query: (previous, next), either None."""
        previous = Subquery(self.before(article).values("pk")[:1])
        following = Subquery(self.after(article).values("pk")[:1])
        # The two rows by their ids: the subqueries already applied this queryset's rules.
        found = self.model.objects.filter(Q(pk=previous) | Q(pk=following)).only(
            "headline", "slug", "published_at"
        )
        by_side = {
            (other.published_at, other.pk) < (article.published_at, article.pk): other for other in found
        }
        return by_side.get(True), by_side.get(False)


class Article(SlugFromTitle, WrittenIn, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        RETRACTED = "retracted", _("Retracted")

    headline = models.CharField(_("headline"), max_length=300)
    slug = SlugField(
        _("slug"),
        max_length=255,
        help_text=_("The last part of the article's address; filled from the headline."),
    )
    standfirst = models.TextField(
        _("standfirst"),
        blank=True,
        help_text=_("One or two sentences under the headline that sum the story up."),
    )
    dateline_place = models.CharField(
        _("dateline place"),
        max_length=100,
        blank=True,
        help_text=_('Where the story was filed, in capitals, e.g. "MINSK".'),
    )
    dateline_time_zone = models.CharField(
        _("dateline time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_(
            "The time zone of the dateline place, e.g. Europe/Minsk: the dateline gives the day there. "
            "Empty: the site's time zone."
        ),
    )
    source_credit = models.CharField(
        _("source credit"),
        max_length=100,
        blank=True,
        help_text=_('Agency or desk in the dateline, e.g. "RIA Novosti".'),
    )
    body = models.TextField(_("body"), help_text=_("The story. Unsafe HTML is removed when it is saved."))
    backstory = models.TextField(
        _("how we reported this"),
        blank=True,
        help_text=_(
            "Optional: how the story was reported — who was asked, what was checked, what could not be."
        ),
    )
    sources = models.TextField(
        _("sources and documents"),
        blank=True,
        help_text=_(
            "Optional: one per line, a title or a title and its web address (“Budget 2026 https://…”)."
        ),
    )
    lead_image = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lead_for",
        verbose_name=_("lead image"),
    )
    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="articles", verbose_name=_("section")
    )
    work_type = models.ForeignKey(
        WorkType,
        null=True,
        blank=True,
        # No index: stories are listed by section, tag, author and date, not by type, and building
        # one would hold up writes to a big live table (see the README's "Migrations on a live database").
        db_index=False,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("type of work"),
        help_text=_("News, analysis, opinion… Empty: news."),
    )
    sponsor = models.CharField(
        _("sponsor"),
        max_length=200,
        blank=True,
        help_text=_("Who paid for a sponsored story; shown beside its label and in its disclosure."),
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles", verbose_name=_("tags"))
    authors = models.ManyToManyField(
        Author, through="ArticleAuthor", related_name="articles", verbose_name=_("authors")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the article: it appears by itself at that time."),
    )
    published_on = models.DateField(
        _("published on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "The day of the publish time in the site's time zone, as in the address; kept by save()."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    retraction_note = models.TextField(
        _("retraction note"),
        blank=True,
        help_text=_(
            "Why the story was withdrawn, shown to readers at its address in its place. Needed to retract."
        ),
    )
    retracted_at = models.DateTimeField(_("retracted at"), null=True, blank=True, editable=False)
    revised_at = models.DateTimeField(
        _("revised at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When readers were last told of a change: the time of its newest correction or update note."
        ),
    )
    comments_open = models.BooleanField(_("comments open"), default=True)
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured articles lead the front page.")
    )

    objects = ArticleQuerySet.as_manager()
    # Named here: simple_history would word the name once, at import, in whichever language is active.
    history = HistoricalRecords(
        excluded_fields=["updated_at"],
        verbose_name=_("historical article"),
        verbose_name_plural=_("historical articles"),
    )
    slug_source = "headline"

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule and unpublish articles")),
            ("retract_article", _("Can retract published articles")),
            ("correct_article", _("Can add corrections and notes to readers on published articles")),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="articles_status_published"),
            models.Index(fields=["section", "status", "published_at"], name="articles_section_published"),
            # The front page's lead story: the newest featured one, else the newest.
            models.Index(
                fields=["status", "is_featured", "published_at"], name="articles_featured_published"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["published_on", "slug"],
                name="articles_article_unique_slug_per_day",
                violation_error_message=_(
                    "Another article published that day already has this address (slug). Change the slug."
                ),
            )
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self._sync_published_on()
        if self.is_retracted and self.retracted_at is None:
            self.retracted_at = timezone.now()
        elif not self.is_retracted:
            self.retracted_at = None
        if self.slug and self._slug_is_taken():
            # A draft published onto a day that already has its slug: publishing must not fail, so number it.
            self.slug = unique_slug(Article, self.slug, self.pk, 255, self.slug_scope())
        self.body = clean_html(self.body)
        old_url = self._public_url_in_database()
        super().save(*args, **kwargs)
        if old_url and old_url != self.get_absolute_url():
            self._redirect_from(old_url)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs=self.address_kwargs())

    def address_kwargs(self):
        """The parts of the article's address, /<year>/<month>/<day>/<slug>/, for reverse()."""
        local = timezone.localtime(self.published_at or timezone.now())
        return {"year": local.year, "month": local.month, "day": local.day, "slug": self.slug}

    def clean(self):
        super().clean()
        self._sync_published_on()  # so the form's check of the per-day slug rule looks at the right day
        if self.is_sponsored and not self.sponsor.strip():
            raise ValidationError({"sponsor": _("A sponsored story names who paid for it.")})
        if self.status == self.Status.RETRACTED and not self.retraction_note.strip():
            raise ValidationError({"retraction_note": _("Tell readers why the story was retracted.")})

    @property
    def is_sponsored(self):
        return self.work_type is not None and self.work_type.is_sponsored

    @property
    def is_live_page(self):
        """Live coverage (the live app's): its page says whether it is still live."""
        return self.work_type is not None and self.work_type.kind == WorkType.Kind.LIVE

    @property
    def schema_type(self):
        """The schema.org type of the story: its type of work's, or a news report's."""
        return self.work_type.schema_type if self.work_type else WorkType.SCHEMA_TYPES[WorkType.Kind.NEWS]

    def validate_constraints(self, exclude=None):
        # `published_on` is never a form field, yet clean() has just set it: check the per-day slug rule.
        super().validate_constraints(exclude=set(exclude or ()) - {"published_on"})

    @property
    def is_retracted(self):
        return self.status == self.Status.RETRACTED

    def _sync_published_on(self):
        """Publishing without a time publishes now; `published_on` follows `published_at`'s local day."""
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.published_on = timezone.localdate(self.published_at) if self.published_at else None

    def slug_scope(self):
        """Only articles published the same day share an address's date, so only they must differ."""
        return {"published_on": self.published_on}

    def _slug_is_taken(self):
        if self.published_on is None:  # the database lets undated articles share a slug
            return False
        return Article.objects.filter(slug=self.slug, **self.slug_scope()).exclude(pk=self.pk).exists()

    def _public_url_in_database(self):
        """The address readers knew this article by, if it was published before this save."""
        if self._state.adding:
            return ""
        stored = Article.objects.published().filter(pk=self.pk).only("slug", "published_at").first()
        return stored.get_absolute_url() if stored else ""

    def _redirect_from(self, old_url):
        """Keep an old address working after a slug or date change: a permanent redirect, no chains."""
        new_url = self.get_absolute_url()
        Redirect.objects.filter(site_id=settings.SITE_ID, old_path=new_url).delete()
        Redirect.objects.filter(site_id=settings.SITE_ID, new_path=old_url).update(new_path=new_url)
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old_url, defaults={"new_path": new_url}
        )

    def is_published(self):
        """The instance-level mirror of `ArticleQuerySet.published()`."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def byline_authors(self):
        return [byline.author for byline in self.bylines.all()]

    @property
    def dateline(self):
        """The wire-style opener: "MINSK, February 25 – RIA Novosti." (place and source optional). It
        opens the story, so it is in the story's language ("МИНСК, 25 февраля – РИА Новости."), also
        on a site in another."""
        if not self.dateline_place or not self.published_at:
            return ""
        with translation.override(self.content_language):
            parts = {
                "place": self.dateline_place,
                "date": formats.date_format(self.filed_at, dateline_date_format()),
                "source": self.source_credit,
            }
            if self.source_credit:
                return pgettext("dateline", "%(place)s, %(date)s – %(source)s.") % parts
            return pgettext("dateline", "%(place)s, %(date)s.") % parts

    @property
    def filed_at(self):
        """The publish time where the story was filed: the dateline place's clock, else the site's."""
        zone = ZoneInfo(self.dateline_time_zone) if self.dateline_time_zone else None
        return timezone.localtime(self.published_at, zone)

    @property
    def source_list(self):
        """The story's sources as (title, address or ""), from one line each: a trailing http(s)
        address is the link, the rest its title."""
        found = []
        for line in filter(None, (line.strip() for line in self.sources.splitlines())):
            title, _space, last = line.rpartition(" ")
            if SOURCE_ADDRESS.fullmatch(last):
                found.append((title.strip() or last, last))
            elif SOURCE_ADDRESS.fullmatch(line):
                found.append((line, line))
            else:
                found.append((line, ""))
        return found

    @property
    def notes_above(self):
        """Its serious corrections, shown before the story (from the prefetched notes)."""
        return [note for note in self.corrections.all() if note.at_top]

    @property
    def notes_below(self):
        return [note for note in self.corrections.all() if not note.at_top]

    @property
    def was_updated(self):
        """A change readers were told of (a note), not any save: a typo fix is no update."""
        return (
            bool(self.published_at and self.revised_at) and self.revised_at > self.published_at + UPDATE_GRACE
        )

    def is_scheduled(self):
        """Marked published with a publish time still in the future: it appears by itself then."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def status_label(self):
        return _("Scheduled") if self.is_scheduled() else self.get_status_display()


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        """Notes on published articles, as readers may see them, newest first."""
        return (
            self.filter(article__in=Article.objects.published())
            .select_related("article", "article__section")
            .order_by("-created_at", "-pk")
        )


class Correction(models.Model):
    """A dated note an editor adds to a published article; it shows on the article page."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Correction")
        CLARIFICATION = "clarification", _("Clarification")
        UPDATE = "update", _("Update")
        EDITORS_NOTE = "editors_note", _("Editor's note")

    # What schema.org calls a correction: a fact that was wrong, or stated so it misled.
    CORRECTING_KINDS = {Kind.CORRECTION, Kind.CLARIFICATION}

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("article")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CORRECTION)
    note = models.TextField(
        _("note"), help_text=_("What was wrong and what is right now, in plain words. Shown to readers.")
    )
    created_at = models.DateTimeField(
        _("created at"), default=timezone.now, help_text=_("Shown as the date of the note.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
        # No index: nothing looks notes up by who added them, and building one would lock the table.
        db_index=False,
    )
    at_top = models.BooleanField(
        _("above the story"),
        default=False,
        help_text=_("For a serious correction readers must see first; otherwise the note follows the story."),
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["-created_at", "-id"], name="articles_correction_newest")]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self):
        return _("%(kind)s on %(article)s") % {"kind": self.get_kind_display(), "article": self.article}

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A note is a change readers are told of: the article page says "Updated …" at its time, and
        # the story counts as modified then.
        Article.objects.filter(pk=self.article_id).update(
            updated_at=Greatest("updated_at", Value(self.created_at)),
            revised_at=Greatest(Coalesce("revised_at", Value(self.created_at)), Value(self.created_at)),
        )

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#correction-{self.pk}"


class ArticleAuthor(models.Model):
    """One name in an article's byline; `position` keeps the byline's order."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bylines", verbose_name=_("article")
    )
    author = models.ForeignKey(
        Author, on_delete=models.PROTECT, related_name="bylines", verbose_name=_("author")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="articles_byline_unique_author")
        ]

    def __str__(self):
        return _("%(author)s on %(article)s") % {"author": self.author, "article": self.article}
