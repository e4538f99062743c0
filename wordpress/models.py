from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class WordPressObject(models.Model):
    """Remembers which WordPress record an object of ours was imported from, so re-imports update it."""

    class Kind(models.TextChoices):
        AUTHOR = "author", "Author"
        CATEGORY = "category", "Category"
        TAG = "tag", "Tag"
        POST = "post", "Post"
        PAGE = "page", "Page"
        ATTACHMENT = "attachment", "Attachment"
        COMMENT = "comment", "Comment"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    wp_id = models.CharField(
        max_length=200, help_text="The WordPress id (post and comment ids, term ids, author logins)."
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(
        max_length=40,
        help_text="A fingerprint of the record as last imported; unchanged records are skipped.",
    )
    # WordPress-only facts with no home in our models (author e-mail and login, private status,
    # parent categories…), kept for `export_wordpress`. Never shown publicly.
    extra = models.JSONField(default=dict, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "wp_id"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "wp_id"], name="wordpress_object_unique_wp_id"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="wordpress_object_target")]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id}"
