from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class WordPressObject(models.Model):
    """Remembers which WordPress record an object of ours was imported from, so re-imports update it."""

    class Kind(models.TextChoices):
        AUTHOR = "author", _("Author")
        CATEGORY = "category", _("Category")
        TAG = "tag", _("Tag")
        POST = "post", _("Post")
        PAGE = "page", _("Page")
        ATTACHMENT = "attachment", _("Attachment")
        COMMENT = "comment", pgettext_lazy("kind of comment", "Comment")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    wp_id = models.CharField(
        _("WordPress id"),
        max_length=200,
        help_text=_("The WordPress id (post and comment ids, term ids, author logins)."),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(
        _("checksum"),
        max_length=40,
        help_text=_("A fingerprint of the record as last imported; unchanged records are skipped."),
    )
    # WordPress-only facts with no home in our models (author e-mail and login, private status,
    # parent categories…), kept for `export_wordpress`. Never shown publicly.
    extra = models.JSONField(_("extra"), default=dict, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        ordering = ["kind", "wp_id"]
        verbose_name = _("WordPress import record")
        verbose_name_plural = _("WordPress import records")
        constraints = [
            models.UniqueConstraint(fields=["kind", "wp_id"], name="wordpress_object_unique_wp_id"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="wordpress_object_target")]

    def __str__(self):
        return _("WordPress %(kind)s %(wp_id)s") % {"kind": self.kind, "wp_id": self.wp_id}
