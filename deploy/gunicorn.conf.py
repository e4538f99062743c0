"""gunicorn settings for a Newsroom app server: `gunicorn -c deploy/gunicorn.conf.py newsroom.wsgi`.

GUNICORN_BIND (default 127.0.0.1:8000) and GUNICORN_WORKERS (default: 2 per core, plus one) choose
where and how many; everything else is the app's own environment (see the README).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# A request that takes longer is a bug or an attack; the worker is replaced.
timeout = 30
graceful_timeout = 20
# Behind a proxy, keep connections to it open between requests.
keepalive = 5
# Longer request lines and headers get gunicorn's own 400 (the app never sees them).
limit_request_line = 4094
limit_request_field_size = 8190
# No access log: the app writes one line a request itself (operations/logs.py), without query
# strings or client addresses.
accesslog = None
errorlog = "-"
# Workers restart now and then, so a slow leak never grows without bound.
max_requests = 20000
max_requests_jitter = 2000
