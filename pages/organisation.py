"""Who publishes the site, as pages read it: `current()`, and nothing else.

Every page's footer links the newsroom's policies and every story names its publisher with them
(schema.org NewsMediaOrganization, the Trust Project's indicators), so this is read on every page
built: from one copy shared by every app server (publishing/shared_copy.py), filled from the
database (two queries, and one for the next scheduled policy page) and replaced when the organisation
or a page is saved.
"""

import dataclasses
import math

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

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
    return Publisher(
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
    """Until the next policy page scheduled to appear does (so it joins the footer at its time), and
    never longer than CACHE_SECONDS."""
    next_policy_at = Page.objects.scheduled().exclude(policy="").aggregate(at=Min("published_at"))["at"]
    if next_policy_at is None:
        return CACHE_SECONDS
    return max(1, min(CACHE_SECONDS, math.ceil((next_policy_at - timezone.now()).total_seconds())))


_shared = SharedCopy(CACHE_KEY, Publisher, load, seconds_to_keep, "the organisation")
current = _shared.current  # the publisher as pages show it now
forget = _shared.forget
# post_save and post_delete receiver for the organisation and for pages (pages/apps.py).
changed = _shared.changed
