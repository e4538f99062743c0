"""The floor for bench/pages.py: the same gunicorn returning a page's saved bytes, with no Django."""

import os
from pathlib import Path

PAGE = Path(os.environ["BENCH_FLOOR_PAGE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(PAGE)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [PAGE]
