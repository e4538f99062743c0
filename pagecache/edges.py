"""Edge caches in front of the app servers (Varnish with its xkey module, deploy/varnish.vcl).

Pages tell the edge what they show in an `xkey` header (the page cache's keys). A change purges
exactly those keys on every edge in EDGE_PURGE_URLS, through the task queue once the change has
committed, and again later on an edge that did not answer.
"""

import logging
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt at an edge that did not answer.
RETRY_DELAYS = [2, 10, 60, 5 * 60]
# How long an edge may hand out a page whose time is up while it fetches the new one (never after a
# purge): under a spike readers never wait on the app. deploy/varnish.vcl's grace is the same.
GRACE_SECONDS = 10
TIMEOUT = 5


def purge_after_commit(keys):
    if settings.EDGE_PURGE_URLS:
        keys = sorted(keys)
        transaction.on_commit(lambda: purge.enqueue(keys, list(settings.EDGE_PURGE_URLS)))


def send_purge(url, keys):
    # http(s) only: settings refuse any other scheme at start-up.
    request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": " ".join(keys)})  # noqa: S310
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
        return response.status


@task()
def purge(keys, urls, attempt=1):
    """Purge `keys` on each edge; the ones that fail are tried again, after RETRY_DELAYS."""
    failed = []
    for url in urls:
        try:
            send_purge(url, keys)
        except OSError as error:  # refused, timed out, or an HTTP error status
            logger.warning("Edge %s did not purge %s: %s", url, keys, error)
            failed.append(url)
    if not failed:
        return
    if attempt > len(RETRY_DELAYS) or not purge.get_backend().supports_defer:
        logger.error("Gave up purging %s on %s: pages there may be stale until they expire", keys, failed)
        return
    run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1])
    purge.using(run_after=run_after).enqueue(keys, failed, attempt + 1)


def edge_headers(keys, seconds):
    """What the edge needs to keep a page: its keys, and how long it may (until a purge)."""
    control = f"public, max-age=0, s-maxage={max(0, int(seconds))}, stale-while-revalidate={GRACE_SECONDS}"
    return [("xkey", " ".join(sorted(keys))), ("Cache-Control", control)]
