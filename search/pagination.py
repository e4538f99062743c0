from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CappedPaginator(Paginator):
    """Pages through at most `cap` results, of `found` matches counted up to `cap + 1`.

    A broad search never counts every match: `object_list` holds the newest `cap` matches and
    `found` says whether there were more (see `search.query.search`).
    """

    def __init__(self, object_list, per_page, found, cap, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.found, self.cap = found, cap

    @cached_property
    def count(self):
        return min(self.found, self.cap)

    @property
    def is_capped(self):
        """More matched than were counted."""
        return self.found > self.cap
