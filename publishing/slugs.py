"""Slugs made from a title: transliterated, unique within a scope, numbered ("-2", "-3"…) when taken.

One rule everywhere: the admin fills in a slug as the editor types a headline with Django's
`urlify.js`, so the server makes slugs (imports, a slug left empty) with the same letter maps, read
from that file: "Беларусь продолжит" is `belarus-prodolzhit` in the browser and here alike. With
NEWSROOM_UNICODE_SLUGS=1 slugs keep every script's letters, as WordPress does (`беларусь-продолжит`),
in the prefill (urlify.js's own Unicode mode), here, and in what the admin accepts.
"""

import re
from functools import cache
from pathlib import Path

import django.contrib.admin
from django.conf import settings
from django.db import models
from django.urls import register_converter

URLIFY_JS = Path(django.contrib.admin.__file__).parent / "static" / "admin" / "js" / "urlify.js"
NOT_IN_A_SLUG = re.compile(r"[^-a-z0-9_\s]")
# urlify.js's Unicode mode keeps letters and digits of any script (\p{L}, \p{N}), "-", "_" and spaces.
NOT_IN_A_UNICODE_SLUG = re.compile(r"[^-\w\s]")
SEPARATORS = re.compile(r"[-\s]+")


@cache
def transliteration():
    """urlify.js's letter maps (Latin, Greek, Cyrillic, Arabic, Georgian…), later maps winning as there."""
    pairs = re.findall(r"'([^'\\])'\s*:\s*'([^'\\]*)'", URLIFY_JS.read_text(encoding="utf-8"))
    return str.maketrans(dict(pairs))


def slug_for(text, max_length=255):
    """What the admin's prefill makes of `text` (urlify.js's `URLify`)."""
    if settings.UNICODE_SLUGS:
        slug = NOT_IN_A_UNICODE_SLUG.sub("", str(text).lower()).strip()
    else:
        slug = NOT_IN_A_SLUG.sub("", str(text).translate(transliteration()).lower()).strip()
    return SEPARATORS.sub("-", slug)[:max_length].rstrip("-")


class SlugField(models.SlugField):
    """A slug that may be in any script; the admin offers and accepts Unicode ones only with
    NEWSROOM_UNICODE_SLUGS=1 (its form field decides, and tells urlify.js)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_unicode", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"allow_unicode": settings.UNICODE_SLUGS, **kwargs})


def unique_slug(model, value, instance_pk, max_length, scope=None):
    """A slug for `value` that no other row of `model` within `scope` (filter kwargs; the whole table by
    default) uses yet ("-2", "-3"… when taken)."""
    base = slug_for(value, max_length).strip("-") or "untitled"
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


class AnySlugConverter:
    """Django's `slug`, in every script: letters and digits of any language, "-" and "_"."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


# Registered on import (the models import this module), so every app's URLs can use <anyslug:…>.
register_converter(AnySlugConverter, "anyslug")
