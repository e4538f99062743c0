"""The comments chart, drawn on the server: bar geometry for an SVG, from the numbers its table shows."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext, ngettext

from articles.models import dateline_date_format

WIDTH = 600
HEIGHT = 160
# Room under the bars for the first and last day's labels, and over them for the tallest bar's number.
BOTTOM = 20
TOP = 14
GAP = 2


@dataclass(frozen=True)
class Day:
    date: object
    approved: int
    held: int
    x: float
    width: float
    approved_y: float
    approved_height: float
    held_y: float
    held_height: float

    @property
    def total(self):
        return self.approved + self.held

    @property
    def day(self):
        """The day as a dateline names it: "December 5", "5 декабря"."""
        return formats.date_format(self.date, dateline_date_format())

    @property
    def label(self):
        """What the day's bar says to a pointer hovering it, e.g. "December 5: 4 approved, 1 held"."""
        return gettext("%(day)s: %(approved)d approved, %(held)d held") % {
            "day": self.day,
            "approved": self.approved,
            "held": self.held,
        }


@dataclass(frozen=True)
class Chart:
    days: list
    peak: int
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def baseline(self):
        return self.height - BOTTOM

    @property
    def label_y(self):
        return self.height - 5

    @property
    def approved(self):
        return sum(day.approved for day in self.days)

    @property
    def held(self):
        return sum(day.held for day in self.days)

    @property
    def summary(self):
        """The chart in one sentence, its accessible name; the table beside it has every day."""
        if not self.days:
            return ""
        totals = ngettext(
            "Comments over the last %(days)d day: %(approved)d approved, %(held)d held.",
            "Comments over the last %(days)d days: %(approved)d approved, %(held)d held.",
            len(self.days),
        ) % {"approved": self.approved, "held": self.held, "days": len(self.days)}
        if not self.peak:
            return totals
        busiest = max(self.days, key=lambda day: (day.total, day.date))
        return (
            totals
            + " "
            + gettext("The busiest day was %(day)s, with %(count)d.")
            % {
                "day": busiest.day,
                "count": busiest.total,
            }
        )


def bar_chart(series, width=WIDTH, height=HEIGHT):
    """[(date, approved, held)] → a Chart of stacked bars (approved below, held on top), one per day,
    scaled so the busiest day reaches the top."""
    peak = max((approved + held for _date, approved, held in series), default=0)
    slot = width / max(len(series), 1)
    room = height - BOTTOM - TOP
    scale = room / peak if peak else 0
    days = []
    for index, (date, approved, held) in enumerate(series):
        approved_height = round(approved * scale, 1)
        held_height = round(held * scale, 1)
        base = height - BOTTOM
        days.append(
            Day(
                date=date,
                approved=approved,
                held=held,
                x=round(index * slot + GAP / 2, 1),
                width=round(slot - GAP, 1),
                approved_y=round(base - approved_height, 1),
                approved_height=approved_height,
                held_y=round(base - approved_height - held_height, 1),
                held_height=held_height,
            )
        )
    return Chart(days=days, peak=peak, width=width, height=height)
