"""Days in the site's time zone as ranges of publish times, safe at both ends of the calendar."""

from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone


def published_between(first=None, last=None):
    """Published from the start of day `first` to the end of day `last` (either may be None: open).

    A bound a datetime cannot hold in UTC (1 January of year 1 east of Greenwich, the day after
    31 December 9999 anywhere) lies beyond every publish time, so it is left off.
    """
    bounds = Q()
    if first is not None and (start := start_of(first)) is not None:
        bounds &= Q(published_at__gte=start)
    if last is not None and last < date.max and (end := start_of(last + timedelta(days=1))) is not None:
        bounds &= Q(published_at__lt=end)
    return bounds


def start_of(day):
    """The first instant of `day` in the site's time zone, in UTC, or None if that is before year 1."""
    try:
        return timezone.make_aware(datetime.combine(day, time.min)).astimezone(UTC)
    except OverflowError:
        return None
