"""Stack benchmark: a running `make stack`, measured through Varnish and at one app server directly.

    make stack && .venv/bin/python bench/stack.py [--duration 10] [--connections 32]

Reads the stack's addresses and environment from STACK_DIR (.stack/), picks the newest article,
and starts the floor beside it (gunicorn, 2 workers like each app server, returning that article's
saved bytes without Django). wrk then measures the article and the front page through Varnish, from
one app server's page cache, and built by Django (a request carrying a session cookie, which no
cache may answer), at --connections and at one connection. Every figure comes from this one run,
with its ratio to the floor's.
"""

import argparse
import json
import os
import signal
import sys
import urllib.request
from pathlib import Path

import pages as page_bench

ROOT = page_bench.ROOT


def stack_settings():
    folder = Path(os.environ.get("STACK_DIR", ROOT / ".stack"))
    try:
        env = json.loads((folder / "app-env.json").read_text())
    except FileNotFoundError:
        sys.exit(f"No stack is running from {folder}: start one with `make stack`.")
    edge = int(os.environ.get("STACK_PORT", "8100"))
    return os.environ | env, f"http://127.0.0.1:{edge}", f"http://127.0.0.1:{edge + 1}"


NEWEST_ARTICLE = (
    "from articles.models import Article; "
    "print(Article.objects.published().latest('published_at').get_absolute_url())"
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    page_bench.ensure_wrk()
    env, edge, app = stack_settings()
    article = page_bench.manage(env, "shell", "--no-imports", "-c", NEWEST_ARTICLE).strip().splitlines()[-1]
    page_bench.WORK.mkdir(parents=True, exist_ok=True)
    page = page_bench.WORK / "stack-article.html"
    page.write_bytes(urllib.request.urlopen(app + article, timeout=10).read())
    port = page_bench.free_port()
    floor_env = os.environ | {"BENCH_FLOOR_PAGE": str(page), "PYTHONPATH": str(page_bench.BENCH)}
    page_bench.WORKERS = "2"
    floor = page_bench.start("stack-floor", floor_env, port, app="floor:application")
    try:
        results = measure(args, f"http://127.0.0.1:{port}/", edge, app, article)
    finally:
        floor.send_signal(signal.SIGTERM)
        floor.wait(timeout=30)
    report(results, page.stat().st_size, args)
    return 0


def measure(args, floor, edge, app, article):
    built = ["Cookie: sessionid=bench-not-a-session"]
    targets = [
        ("floor: saved article bytes, no Django", floor, ()),
        ("article through Varnish", edge + article, ()),
        ("article, one app server's page cache", app + article, ()),
        ("article, built by one app server", app + article, built),
        ("front page through Varnish", edge + "/", ()),
        ("front page, one app server's page cache", app + "/", ()),
        ("front page, built by one app server", app + "/", built),
    ]
    results = []
    page_bench.say(f"[1/2] measuring {len(targets)} targets at {args.connections} connections and at 1…")
    for number, (name, url, headers) in enumerate(targets, start=1):
        page_bench.say(f"      {number}/{len(targets)} {name}")
        many = page_bench.wrk(url, args.duration, args.connections, headers=headers)
        one = page_bench.wrk(url, max(args.duration // 2, 2), 1, headers=headers)
        results.append((name, many, one))
    return results


def report(results, page_bytes, args):
    floor = results[0][1]["rate"] or 1
    page_bench.say(f"[2/2] {args.duration} s each; article HTML {page_bytes:,} bytes")
    header = (
        f"{'target':<42} {f'req/s c{args.connections}':>12} {'p99 ms':>8} {'req/s c1':>10} {'p50 ms c1':>10}"
    )
    page_bench.say(f"{header} {'× floor':>8} {'errors':>7}")
    for name, many, one in results:
        page_bench.say(
            f"{name:<42} {many['rate']:>12,.1f} {many['p99']:>8.2f} {one['rate']:>10,.1f} "
            f"{one['p50']:>10.2f} {many['rate'] / floor:>8.3f} {many['errors'] + one['errors']:>7}"
        )


if __name__ == "__main__":
    sys.exit(main())
