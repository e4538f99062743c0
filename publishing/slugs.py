"""Slugs made from a title: unique within a scope, numbered ("-2", "-3"…) when taken."""

from django.utils.text import slugify


def unique_slug(model, value, instance_pk, max_length, scope=None):
    """A slug for `value` that no other row of `model` within `scope` (filter kwargs; the whole table by
    default) uses yet ("-2", "-3"… when taken)."""
    base = slugify(value)[:max_length].strip("-") or "untitled"
    others = model.objects.filter(**(scope or {})).exclude(pk=instance_pk)
    slug, suffix = base, 2
    while others.filter(slug=slug).exists():
        tail = f"-{suffix}"
        slug = base[: max_length - len(tail)] + tail
        suffix += 1
    return slug


class SlugFromTitle:
    """Fills an empty `slug` from the field named by `slug_source`, unique within `slug_scope()`."""

    slug_source = "name"

    def slug_scope(self):
        """Filter kwargs for the rows this slug must differ from: the whole table unless narrowed."""
        return {}

    def save(self, *args, **kwargs):
        if not self.slug:
            max_length = self._meta.get_field("slug").max_length
            self.slug = unique_slug(
                type(self), getattr(self, self.slug_source), self.pk, max_length, self.slug_scope()
            )
        super().save(*args, **kwargs)
