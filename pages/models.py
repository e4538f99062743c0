from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Concat
from django.db.models.lookups import StartsWith
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from publishing.html import clean_html
from publishing.languages import WrittenIn
from publishing.slugs import SlugField, SlugFromTitle


class PageQuerySet(models.QuerySet):
    def published(self):
        """Visible to the public: marked published, the publish time has passed, and so for every
        page above it (a child of a hidden page stays hidden, so its address never names the parent)."""
        now = timezone.now()
        hidden_ancestors = Page.objects.exclude(is_live=True, published_at__lte=now).filter(
            StartsWith(OuterRef("path"), Concat(F("path"), Value("/")))
        )
        return self.filter(is_live=True, published_at__lte=now).exclude(Exists(hidden_ancestors))

    def scheduled(self):
        """Live, with a publish time still to come: they appear on their own."""
        return self.filter(is_live=True, published_at__gt=timezone.now())


class Page(SlugFromTitle, WrittenIn, models.Model):
    """A standing page outside the news flow ("About us", "Contact"), at /page/<path>/: its slug after
    those of the pages above it (/page/about/team/)."""

    class Policy(models.TextChoices):
        # The Trust Project's indicators, each a schema.org property of the publisher.
        ETHICS = "ethics", _("Ethics policy")
        CORRECTIONS = "corrections", _("Corrections policy")
        VERIFICATION = "verification", _("Verification and fact-checking policy")
        UNNAMED_SOURCES = "unnamed_sources", _("Unnamed sources policy")
        OWNERSHIP = "ownership", _("Ownership and funding")
        MASTHEAD = "masthead", _("Masthead")
        DIVERSITY = "diversity", _("Diversity policy")
        FEEDBACK = "feedback", _("Feedback policy")

    SCHEMA_PROPERTIES = {
        Policy.ETHICS: "ethicsPolicy",
        Policy.CORRECTIONS: "correctionsPolicy",
        Policy.VERIFICATION: "verificationFactCheckingPolicy",
        Policy.UNNAMED_SOURCES: "unnamedSourcesPolicy",
        Policy.OWNERSHIP: "ownershipFundingInfo",
        Policy.MASTHEAD: "masthead",
        Policy.DIVERSITY: "diversityPolicy",
        Policy.FEEDBACK: "actionableFeedbackPolicy",
    }

    title = models.CharField(_("title"), max_length=300)
    slug = SlugField(_("slug"), max_length=255, help_text=_("The last part of the page's address."))
    body = models.TextField(_("body"), blank=True, help_text=_("Unsafe HTML is removed when it is saved."))
    is_live = models.BooleanField(
        _("published"), default=False, help_text=_("Off keeps the page hidden, whatever its publish time.")
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A time in the future keeps the page hidden until then."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent page"),
        help_text=_("The page this one sits under: its address starts with the parent's."),
    )
    # The slugs from the top page down ("about/team"), kept so an address is found in one query.
    path = models.CharField(_("path"), max_length=1000, default="", editable=False, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    policy = models.CharField(
        _("the newsroom's policy"),
        max_length=20,
        blank=True,
        choices=Policy.choices,
        help_text=_(
            "If this page is one of the newsroom's standards: it is linked from every page's footer."
        ),
    )

    objects = PageQuerySet.as_manager()
    slug_source = "title"

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="pages_page_unique_slug"),
            models.UniqueConstraint(
                fields=["policy"],
                condition=~models.Q(policy=""),
                name="pages_page_one_page_per_policy",
                violation_error_message=_("Another page already is this policy."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.is_live and self.published_at is None:
            self.published_at = timezone.now()
        self.body = clean_html(self.body)
        if self.parent_id and self.is_above(self.parent):
            raise ValidationError(_("A page cannot sit under itself or under a page below it."))
        previous = Page.objects.filter(pk=self.pk).values_list("path", flat=True).first() if self.pk else None
        self.path = self.path_for(self.slug)
        super().save(*args, **kwargs)
        if self.path != self.path_for(self.slug):  # the slug was empty, and was just made from the title
            self.path = self.path_for(self.slug)
            Page.objects.filter(pk=self.pk).update(path=self.path)
        if previous is not None and previous != self.path:
            for child in self.children.all():
                child.parent = self
                child.save()

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"path": self.path or self.slug})

    def clean(self):
        super().clean()
        if self.parent_id and self.is_above(self.parent):
            raise ValidationError({"parent": _("A page cannot sit under itself or under a page below it.")})

    def is_above(self, page):
        """True when `page` is this page or one of the pages below it (making it the parent would loop)."""
        if self.pk is None:
            return False
        mine = Page.objects.filter(pk=self.pk).values_list("path", flat=True).first() or self.path
        return page.pk == self.pk or page.path.startswith(f"{mine}/")

    def ancestor_paths(self):
        """The paths of the pages above this one, top first ("about", "about/team")."""
        parts = self.path.split("/")[:-1]
        return ["/".join(parts[: depth + 1]) for depth in range(len(parts))]

    def path_for(self, slug):
        return f"{self.parent.path}/{slug}" if self.parent_id else slug

    def is_published(self):
        """The instance-level mirror of `PageQuerySet.published()`."""
        live = self.is_live and self.published_at is not None and self.published_at <= timezone.now()
        return live and (self.parent is None or self.parent.is_published())


class Organisation(models.Model):
    """Who publishes the site, as readers and machines are told (one row, edited in the admin)."""

    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("The organisation's full name. Empty: the site's name."),
    )
    founded = models.DateField(_("founded"), null=True, blank=True)
    newsroom_email = models.EmailField(
        _("newsroom email"), blank=True, help_text=_("For readers' questions.")
    )
    corrections_email = models.EmailField(
        _("corrections email"), blank=True, help_text=_("Where readers report an error.")
    )
    tips_email = models.EmailField(_("tips email"), blank=True, help_text=_("Where readers send story tips."))

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")

    def __str__(self):
        return str(_("The organisation"))

    @classmethod
    def load(cls):
        """The one row, created empty the first time it is read."""
        return cls.objects.get_or_create(pk=1)[0]
