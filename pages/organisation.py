"""Who publishes the site, as pages read it: `current()`, and nothing else.

Every page's footer links the newsroom's policies and every story names its publisher with them
(schema.org NewsMediaOrganization, the Trust Project's indicators), so this is read on every page
built: from the shared cache, filled from the database once (two queries) and replaced when the
organisation or a page is saved, once that transaction commits.
"""

import dataclasses
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from pages.models import Organisation, Page

logger = logging.getLogger(__name__)

CACHE_KEY = "pages.organisation"
# A safety net only: every save replaces the cached copy. Short, so a policy page scheduled for
# later joins the footer soon after its time.
CACHE_SECONDS = 5 * 60


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


def current():
    """The publisher as pages show it now."""
    try:
        cached = cache.get(CACHE_KEY)
    except Exception:  # a cache that is down must not take every page with it
        logger.warning("The cache is unreachable; reading the organisation from the database.")
        return load()
    if cached is not None:
        try:
            return Publisher(**cached)
        except TypeError:
            pass  # cached by a release with other fields
    publisher = load()
    try:
        cache.add(CACHE_KEY, dataclasses.asdict(publisher), CACHE_SECONDS)
    except Exception:
        logger.warning("The cache is unreachable; the organisation is read again next time.")
    return publisher


def publish():
    """Put what was just saved in the shared cache, for every app server's next request."""
    cache.set(CACHE_KEY, dataclasses.asdict(load()), CACHE_SECONDS)


def forget():
    cache.delete(CACHE_KEY)


def changed(sender, **kwargs):
    """post_save and post_delete receiver for the organisation and for pages (pages/apps.py): the saved
    state is read afresh from now on, and kept for every app server once it has committed."""
    forget()
    transaction.on_commit(publish, robust=True)
