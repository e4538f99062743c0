"""Who publishes the site, as pages read it: `current()`, and nothing else.

Every page's footer links the newsroom's policies and every story names its publisher with them
(schema.org NewsMediaOrganization, the Trust Project's indicators), so this is read on every page
built: from one copy shared by every app server (publishing/shared_copy.py), filled from the
database (two queries, and one for the next scheduled policy page) and replaced when the organisation
or a page is saved.
"""

import dataclasses
import math
import time

from django.conf import settings
from django.db.models import Min

from pages.models import Organisation, Page
from publishing.shared_copy import SharedCopy

CACHE_KEY = "pages.organisation"
# A safety net only: every save replaces the cached copy, and a policy page scheduled for later ends
# the copy's life at its time.
CACHE_SECONDS = 60 * 60


@dataclasses.dataclass(frozen=True)
class Publisher:
    name: str
    founded: str  # ISO date, or ""
    contacts: tuple  # (kind, email) for each address the organisation gives
    policies: tuple  # (policy, title, path) for each published policy page, in the policies' order
    # When the next policy page scheduled for later appears (a Unix time; 0: none is): the copy is stale
    # from then, on every app server, whatever the cache's own expiry.
    until: float = 0.0

    @property
    def policy_links(self):
        labels = dict(Page.Policy.choices)
        return [(labels[policy], title, path) for policy, title, path in self.policies]


def load():
    row = Organisation.load()
    pages = {
        page.policy: page
        for page in Page.objects.published().exclude(policy="").only("policy", "title", "slug", "path")
    }
    contacts = [
        ("newsroom", row.newsroom_email),
        ("corrections", row.corrections_email),
        ("tips", row.tips_email),
    ]
    next_policy_at = Page.objects.scheduled().exclude(policy="").aggregate(at=Min("published_at"))["at"]
    return Publisher(
        until=next_policy_at.timestamp() if next_policy_at else 0.0,
        name=row.name or settings.SITE_NAME,
        founded=row.founded.isoformat() if row.founded else "",
        contacts=tuple((kind, email) for kind, email in contacts if email),
        policies=tuple(
            (policy, pages[policy].title, pages[policy].get_absolute_url())
            for policy in Page.Policy.values
            if policy in pages
        ),
    )


def seconds_to_keep(publisher):
    """Until the next policy page scheduled to appear does, and never longer than CACHE_SECONDS."""
    if not publisher.until:
        return CACHE_SECONDS
    return max(1, min(CACHE_SECONDS, math.ceil(publisher.until - time.time())))


_shared = SharedCopy(CACHE_KEY, Publisher, load, seconds_to_keep, "the organisation")
forget = _shared.forget


def current():
    """The publisher as pages show it now."""
    publisher = _shared.current()
    if publisher.until and time.time() >= publisher.until:  # a scheduled policy page has appeared
        forget()
        publisher = _shared.current()
    return publisher


# post_save and post_delete receiver for the organisation and for pages (pages/apps.py).
changed = _shared.changed
