from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from publishing.html import clean_html
from publishing.languages import WrittenIn
from publishing.slugs import SlugField, SlugFromTitle


class PageQuerySet(models.QuerySet):
    def published(self):
        """Visible to the public: marked published and the publish time has passed."""
        return self.filter(is_live=True, published_at__lte=timezone.now())

    def scheduled(self):
        """Live, with a publish time still to come: they appear on their own."""
        return self.filter(is_live=True, published_at__gt=timezone.now())


class Page(SlugFromTitle, WrittenIn, models.Model):
    """A standing page outside the news flow ("About us", "Contact"), at /page/<slug>/."""

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
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PageQuerySet.as_manager()
    slug_source = "title"

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [models.UniqueConstraint(fields=["slug"], name="pages_page_unique_slug")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.is_live and self.published_at is None:
            self.published_at = timezone.now()
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"slug": self.slug})

    def is_published(self):
        """The instance-level mirror of `PageQuerySet.published()`."""
        return self.is_live and self.published_at is not None and self.published_at <= timezone.now()
