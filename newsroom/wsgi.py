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

try:
    application = RefuseUndecodableRequests(get_wsgi_application())
except ImproperlyConfigured as error:
    # One line in the server's log naming the variable, instead of a traceback per worker.
    sys.exit(f"Configuration error: {error}")
