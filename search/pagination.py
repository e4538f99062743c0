from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CappedPaginator(Paginator):
    """Counts `matches` only up to `cap`, so a broad search never counts every match.

    `object_list` must hold at most `cap` items (see `search.query.ranked`); the pages then cover
    exactly what was counted.
    """

    def __init__(self, object_list, per_page, matches, cap, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.matches, self.cap = matches, cap

    @cached_property
    def found(self):
        return self.matches.values("pk")[: self.cap + 1].count()

    @cached_property
    def count(self):
        return min(self.found, self.cap)

    @property
    def is_capped(self):
        """More matched than were counted."""
        return self.found > self.cap
