"""What an import did, per kind of record: counts, reasons for skips, and problems by WordPress id."""

from collections import Counter, defaultdict

from django.utils.formats import number_format
from django.utils.translation import gettext

OUTCOMES = ("created", "updated", "unchanged", "skipped")


def number(count):
    """A count as the site's language writes numbers (1,234 or 1 234)."""
    return number_format(count, force_grouping=True)


# Past this many ids per reason the summary just says how many more there were.
IDS_SHOWN = 10


class Report:
    def __init__(self):
        self.counts = defaultdict(Counter)
        self.skips = defaultdict(list)  # (kind, reason) → wp ids
        self.problems = []  # "post 12: missing title; used "(untitled)""

    def count(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def skip(self, kind, wp_id, reason):
        self.count(kind, "skipped")
        self.skips[(kind, reason)].append(str(wp_id))

    def problem(self, kind, wp_id, message):
        self.problems.append(f"{kind} {wp_id}: {message}")

    def total(self, outcome):
        return sum(counts[outcome] for counts in self.counts.values())

    def lines(self):
        """The summary table, then skip reasons and problems, as text lines."""
        header = f"{'kind':<12}" + "".join(f"{outcome:>11}" for outcome in OUTCOMES)
        yield header
        yield "-" * len(header)
        for kind, counts in sorted(self.counts.items()):
            yield f"{kind:<12}" + "".join(f"{number(counts[outcome]):>11}" for outcome in OUTCOMES)
        for (kind, reason), ids in sorted(self.skips.items()):
            shown = ", ".join(ids[:IDS_SHOWN])
            if len(ids) > IDS_SHOWN:
                shown = gettext("%(ids)s … and %(count)s more") % {
                    "ids": shown,
                    "count": number(len(ids) - IDS_SHOWN),
                }
            yield gettext("skipped %(count)s %(kind)s: %(reason)s (ids %(ids)s)") % {
                "count": number(len(ids)),
                "kind": kind,
                "reason": reason,
                "ids": shown,
            }
        for problem in self.problems[:200]:
            yield gettext("note: %(problem)s") % {"problem": problem}
        if len(self.problems) > 200:
            yield gettext("note: … and %(count)s more notes") % {"count": number(len(self.problems) - 200)}
