"""What changed between two saved revisions of an article, for the admin's comparison page."""

import difflib
import re
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from publishing.html import html_to_text

SKIPPED_FIELDS = {"id", "updated_at", "created_at"}
# What the admin shows of the person behind a revision.
PERSON_FIELDS = ["username", "first_name", "last_name"]


@dataclass
class FieldChange:
    label: str
    old: str
    new: str
    is_diff: bool = False


def body_lines(html):
    """The body's text, one line per paragraph, heading or list item."""
    return [line.strip() for line in html_to_text(html).splitlines() if line.strip()]


def word_diff(old, new):
    """`new` compared with `old` word by word, escaped, with <del> and <ins> marking the changes."""
    old_words, new_words = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = escape("".join(old_words[old_start:old_end]))
        added = escape("".join(new_words[new_start:new_end]))
        if tag == "equal":
            parts.append(added)
            continue
        if removed:
            parts.append(f"<del>{removed}</del>")
        if added:
            parts.append(f"<ins>{added}</ins>")
    return "".join(parts)


def body_diff(old_html, new_html):
    """The changed lines of the body as safe HTML paragraphs; unchanged lines are left out."""
    old_lines, new_lines = body_lines(old_html), body_lines(new_html)
    lines = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = old_lines[old_start:old_end], new_lines[new_start:new_end]
        if tag == "replace" and len(removed) == len(added):
            lines += [word_diff(old, new) for old, new in zip(removed, added, strict=True)]
        else:
            lines += [f"<del>{escape(line)}</del>" for line in removed]
            lines += [f"<ins>{escape(line)}</ins>" for line in added]
    # Every piece above went through escape(); only our own <del>/<ins>/<p> tags are markup.
    return mark_safe("".join(f"<p>{line}</p>" for line in lines))


def display_value(revision, field):
    """A field's value as an editor reads it: choice labels and related objects by name."""
    if field.choices:
        return getattr(revision, f"get_{field.name}_display")()
    if field.is_relation:
        try:
            related = getattr(revision, field.name)
        except ObjectDoesNotExist:
            return gettext("(deleted, id %(id)s)") % {"id": getattr(revision, field.attname)}
        return str(related) if related is not None else "–"
    value = getattr(revision, field.attname)
    return "–" if value in (None, "") else str(value)


def changes_between(older, newer):
    """Each field that differs between two historical records of one article, in form order."""
    fields = [
        field
        for field in type(newer)._meta.concrete_fields
        if not field.name.startswith("history_") and field.name not in SKIPPED_FIELDS
    ]
    changes = []
    for field in fields:
        old, new = getattr(older, field.attname), getattr(newer, field.attname)
        if old == new:
            continue
        label = field.verbose_name.capitalize()
        if field.name == "body":
            changes.append(FieldChange(label, "", body_diff(old, new), is_diff=True))
        else:
            changes.append(FieldChange(label, display_value(older, field), display_value(newer, field)))
    return changes


@dataclass
class StatusChange:
    status: str
    label: str
    user: object
    at: object


def status_changes(article):
    """Who moved the article to each status it has had (submitted, published, retracted…), and when,
    oldest first, as the revisions recorded it."""
    revisions = (
        article.history.order_by("history_date", "history_id")
        .select_related("history_user")
        .only("status", "history_date", *(f"history_user__{name}" for name in PERSON_FIELDS))
    )
    changes, previous = [], None
    for revision in revisions:
        if revision.status != previous:
            label = revision.get_status_display()
            changes.append(StatusChange(revision.status, label, revision.history_user, revision.history_date))
        previous = revision.status
    return changes
