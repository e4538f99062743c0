"""Create the Discussion settings row, from the COMMENTS_* environment variables where a site still sets them.

Before issue #12 these settings were environment variables; a site upgrading keeps its values, and
from then on editors change them in the admin (the variables are no longer read). Values outside
what the settings page accepts are brought within it.
"""

import math
import os

from django.db import migrations
from django.utils import timezone

MODES = {"all", "known", "none"}
# variable: (field, lowest, highest)
NUMBERS = {
    "COMMENTS_HOLD_LINKS": ("hold_links", 1, 32767),
    "COMMENTS_MIN_FORM_SECONDS": ("min_form_seconds", 0, 300),
    "COMMENTS_FLOOD_SECONDS": ("flood_seconds", 0, 3600),
    "COMMENTS_THREAD_DEPTH": ("thread_depth", 1, 10),
    "COMMENTS_PER_PAGE": ("per_page", 1, 500),
    "COMMENTS_IP_RETENTION_DAYS": ("ip_retention_days", 1, 3650),
}
FLAGS = {
    "COMMENTS_NEWEST_FIRST": "newest_first",
    "COMMENTS_NOTIFY_MODERATORS": "notify_moderators",
    "COMMENTS_NOTIFY_AUTHORS": "notify_authors",
}
WORDS = {"COMMENTS_MODERATION_WORDS": "moderation_words", "COMMENTS_BLOCKED_WORDS": "blocked_words"}


def whole_number(name, value):
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a whole number.") from None


def values_from_environment(environ):
    """The settings the old environment variables set (only those that are set)."""
    values = {}
    given = {
        name: environ[name].strip()
        for name in environ
        if name.startswith("COMMENTS_") and environ[name].strip()
    }
    if given.get("COMMENTS_MODERATION", "").lower() in MODES:
        values["moderation"] = given["COMMENTS_MODERATION"].lower()
    for name, (field, lowest, highest) in NUMBERS.items():
        if name in given:
            values[field] = min(max(whole_number(name, given[name]), lowest), highest)
    if "COMMENTS_MAX_FORM_AGE" in given:
        seconds = whole_number("COMMENTS_MAX_FORM_AGE", given["COMMENTS_MAX_FORM_AGE"])
        values["form_expiry_hours"] = min(max(math.ceil(seconds / 3600), 1), 720)
    if "COMMENTS_CLOSE_AFTER_DAYS" in given:
        days = whole_number("COMMENTS_CLOSE_AFTER_DAYS", given["COMMENTS_CLOSE_AFTER_DAYS"])
        values["close_after_days"] = min(days, 32767) if days > 0 else None
    for name, field in FLAGS.items():
        if name in given:
            values[field] = given[name].lower() in {"1", "true", "yes", "on"}
    for name, field in WORDS.items():
        if name in given:
            values[field] = "\n".join(word.strip() for word in given[name].split(",") if word.strip())
    return values


def seed(apps, schema_editor):
    DiscussionSettings = apps.get_model("comments", "DiscussionSettings")
    HistoricalDiscussionSettings = apps.get_model("comments", "HistoricalDiscussionSettings")
    if DiscussionSettings.objects.exists():
        return
    values = values_from_environment(os.environ)
    row = DiscussionSettings.objects.create(pk=1, **values)
    # Migrations save through historical models, which simple_history does not watch: record it here.
    fields = {
        field.attname: getattr(row, field.attname) for field in DiscussionSettings._meta.concrete_fields
    }
    HistoricalDiscussionSettings.objects.create(
        **fields,
        history_date=timezone.now(),
        history_type="+",
        history_change_reason="From the COMMENTS_* environment variables" if values else "The defaults",
    )


class Migration(migrations.Migration):
    dependencies = [("comments", "0003_discussion_settings")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
