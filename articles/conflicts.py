"""Edit conflicts: what others saved to an article after someone opened its form at one revision."""

from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from articles.models import Article
from articles.revisions import changes_between, word_diff


@dataclass(frozen=True)
class ChangedField:
    label: str
    diff: str  # safe HTML: the new value, with <del> and <ins> marking removed and added words


@dataclass(frozen=True)
class Conflict:
    revisions: list  # the revisions saved since the form was opened, oldest first
    changes: list[ChangedField]

    @property
    def latest_revision_id(self):
        return self.revisions[-1].history_id

    @property
    def message(self):
        """Who saved, when, and which fields they changed, in one sentence for the top of the form."""
        who = ", ".join(dict.fromkeys(editor_name(revision.history_user) for revision in self.revisions))
        when = formats.date_format(timezone.localtime(self.revisions[-1].history_date), "DATETIME_FORMAT")
        params = {"who": who, "when": when, "fields": ", ".join(change.label for change in self.changes)}
        if self.changes:
            return (
                ngettext(
                    "%(who)s saved this article at %(when)s, after you opened it, and changed this field: "
                    "%(fields)s. Your changes are still in the form below, not saved.",
                    "%(who)s saved this article at %(when)s, after you opened it, and changed these fields: "
                    "%(fields)s. Your changes are still in the form below, not saved.",
                    len(self.changes),
                )
                % params
            )
        return (
            _(
                "%(who)s saved this article at %(when)s, after you opened it. Your changes are still in the "
                "form below, not saved."
            )
            % params
        )


def editor_name(user):
    """How the admin names a staff user to their colleagues."""
    if user is None:
        return _("an automatic process")
    return user.get_full_name() or user.get_username()


def latest_revision_id(article_pk):
    """The history id of the article's newest saved revision; 0 when it has none."""
    revisions = Article.history.filter(id=article_pk).order_by("-history_id")
    return revisions.values_list("history_id", flat=True).first() or 0


def conflict_since(article_pk, opened_revision_id):
    """The revisions saved after `opened_revision_id`, or None when there are none.

    Call it inside the transaction that saves the form: it locks the article's row until that transaction
    ends, so of two simultaneous saves the second waits, then sees the first one's revision. (SQLite has no
    row locks; there the IMMEDIATE transactions in settings queue writers the same way.)
    """
    list(Article.objects.select_for_update().filter(pk=article_pk).values_list("pk", flat=True))
    newer = list(
        Article.history.filter(id=article_pk, history_id__gt=opened_revision_id)
        .select_related("history_user")
        .order_by("history_id")
    )
    if not newer:
        return None
    opened = Article.history.filter(id=article_pk, history_id=opened_revision_id).first()
    changes = [] if opened is None else changes_between(opened, newer[-1])
    return Conflict(revisions=newer, changes=[changed_field(change) for change in changes])


def changed_field(change):
    """A revisions.FieldChange as one diff: the body's is ready, other fields are diffed word by word."""
    # word_diff() escapes both texts; only its own <del> and <ins> tags are markup.
    return ChangedField(
        change.label, change.new if change.is_diff else mark_safe(word_diff(change.old, change.new))
    )
