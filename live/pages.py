"""What a live page shows: its coverage, pinned entries, key events and one page of the running order,
read once per request in a fixed number of queries and shared by the page's template tags and its
structured data."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q, Window, prefetch_related_objects

from live.models import ENTRIES_PER_PAGE, Coverage, Entry, is_live

PAGE_PARAMETER = "updates"


@dataclass
class LivePage:
    coverage: Coverage | None
    pinned: list = field(default_factory=list)
    key_events: list = field(default_factory=list)
    entries: list = field(default_factory=list)
    page_obj: object = None

    @property
    def is_open(self):
        return self.coverage is None or self.coverage.is_open

    @property
    def newest_id(self):
        """The newest entry shown, from which a reader's page asks for what is new."""
        return max((entry.pk for entry in self.shown), default=0)

    @property
    def shown(self):
        return [*self.pinned, *self.entries]

    @property
    def key_event_links(self):
        """(entry, link) for each key event: to its place on this page, else to its permalink."""
        here = {entry.pk for entry in self.shown}
        return [
            (entry, f"#{entry.anchor}" if entry.pk in here else entry.get_absolute_url())
            for entry in self.key_events
        ]


def live_page(article, number):
    """The live page of `article` at page `number` of its running order (None if not a live page);
    kept on the article, so the page's template tags and its JSON-LD read it once."""
    if not is_live(article):
        return None
    kept = getattr(article, "_live_page", None)
    if kept is None:
        kept = article._live_page = build(article, number)
    return kept


def build(article, number):
    """Three queries: a page of the running order (counting it as it goes), the pinned entries and key
    events together, and the authors of every entry shown. The coverage comes with the article
    (`page_relations`, see live/apps.py)."""
    coverage = coverage_of(article)
    if coverage is None:
        return LivePage(coverage=None)
    coverage.article = article  # the article at hand, not read again
    entries = Entry.objects.filter(coverage=coverage).select_related("image")
    page = running_order_page(entries.stream(), number)
    standing = list(entries.filter(Q(is_pinned=True) | Q(is_key_event=True)).order_by("-published_at", "-pk"))
    pinned = [entry for entry in standing if entry.is_pinned] if page.number == 1 else []
    key_events = [entry for entry in standing if entry.is_key_event]
    prefetch_related_objects([*pinned, *page.object_list], "authors")
    return LivePage(coverage, pinned, key_events, list(page.object_list), page)


def coverage_of(article):
    try:
        return article.live_coverage
    except Coverage.DoesNotExist:
        return None


def running_order_page(stream, number):
    """Page `number` (else the first) of the unpinned entries, newest first, read with their total in
    one query: a window count rides along on each row."""
    paginator = Paginator(stream, ENTRIES_PER_PAGE)
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1
    start = (number - 1) * ENTRIES_PER_PAGE
    rows = list(stream.annotate(total=Window(Count("pk")))[start : start + ENTRIES_PER_PAGE])
    if not rows and number > 1:
        return running_order_page(stream, 1)
    paginator.count = rows[0].total if rows else 0
    return paginator._get_page(rows, number, paginator)


def page_of(entry):
    """The page of its live page's running order that shows `entry` (pinned ones are on the first)."""
    if entry.is_pinned:
        return 1
    newer = (
        Entry.objects.filter(coverage_id=entry.coverage_id, is_pinned=False)
        .filter(published_at__gte=entry.published_at)
        .exclude(published_at=entry.published_at, pk__lte=entry.pk)
        .count()
    )
    return newer // ENTRIES_PER_PAGE + 1
