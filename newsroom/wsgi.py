"""
WSGI config for newsroom project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

from newsroom.unreadable import RefuseUndecodableRequests

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")


def in_front_of(django_application):
    """What answers before Django: undecodable requests refused, page-cache hits served."""
    from pagecache.wsgi import ServeCachedPages  # reads the settings: only once Django is set up

    return RefuseUndecodableRequests(ServeCachedPages(django_application))


try:
    application = in_front_of(get_wsgi_application())
    from pagecache import editions

    # A server starting a new release, or a new language, drops the pages kept of the last one.
    editions.start()
except ImproperlyConfigured as error:
    # One line in the server's log naming the variable, instead of a traceback per worker.
    sys.exit(f"Configuration error: {error}")
