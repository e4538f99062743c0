"""Page benchmark: the production-like server under a real load generator, beside the floor.

    .venv/bin/python bench/pages.py [--duration 10] [--connections 32] [--comments 200]

Builds a SQLite site in /tmp (demo content, one article with --comments threaded comments and one
with 50, the issue's uncached target), starts
gunicorn as `make serve` does (3 workers) twice, with the page cache on and off, plus the floor: the
same gunicorn returning the article's saved bytes without Django. Then wrk (Debian's package,
installed if missing) measures each page after a warm-up, and the table gives requests per second,
median and 99th-percentile latency, and each page's throughput as a share of the floor's, all from
this one run: the machine may be busy, but the ratios hold. Comment posts come from random
addresses (bench/post_comment.lua); "errors" there are refusals, such as flood control when two
random addresses happen to repeat within its window.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = Path("/tmp/newsroom-bench-pages")
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
WORKERS = "3"
# What browsers send: the page cache answers with the compressed copy it made once.
BROTLI = "Accept-Encoding: gzip, deflate, br"

SETUP = """
import json, random
from datetime import timedelta
from django.utils import timezone
from articles.models import Article
from comments.models import Comment
def discuss(article, count):
    Comment.objects.filter(article=article).delete()
    roots = []
    for number in range(count):
        parent = random.choice(roots) if roots and number % 3 else None
        comment = Comment.objects.create(
            article=article, parent=parent, name=f"Reader {{number}}", email=f"reader{{number}}@example.org",
            body=f"Comment {{number}}: the ferry www.example.org/timetable changed again, see https://example.org/{{number}}.",
            status=Comment.Status.APPROVED, ip_address="192.0.2.1",
        )
        if parent is None:
            roots.append(comment)
article, second = Article.objects.published().order_by("-published_at")[:2]
discuss(article, {comments})
discuss(second, 50)
addresses = {{"article": article.get_absolute_url(), "section": article.section.get_absolute_url()}}
print(json.dumps(addresses | {{"pk": article.pk, "article_50": second.get_absolute_url()}}))
"""


def say(message):
    print(message, flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment():
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 40,
        "DJANGO_HTTPS": "0",
        "DATABASE_URL": f"sqlite:///{WORK / 'db.sqlite3'}",
        "NEWSROOM_SERVE_MEDIA": "1",
        "MEDIA_ROOT": str(WORK / "media"),
        "STATIC_ROOT": str(WORK / "static"),
        "PAGE_CACHE_STAMPS_DIR": str(WORK / "stamps"),
        "TRUSTED_PROXIES": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *arguments):
    finished = subprocess.run(
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        sys.exit(f"manage.py {arguments[0]} failed:\n{finished.stderr.strip()}")
    return finished.stdout


def ensure_wrk():
    if shutil.which("wrk"):
        return
    say("installing wrk (Debian package)…")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, capture_output=True)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed and could not be installed (apt-get install wrk).")


def start(name, env, port, app="newsroom.wsgi"):
    log = open(WORK / f"{name}.log", "ab")  # noqa: SIM115 - the server keeps it
    command = [GUNICORN, app, "--bind", f"127.0.0.1:{port}", "--workers", WORKERS, "--chdir", str(ROOT)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit(f"{name} did not start (see {WORK / (name + '.log')})")


def wrk(url, duration, connections, script=None, env=None, headers=()):
    threads = "2" if connections > 1 else "1"
    extra = [part for header in headers for part in ("-H", header)]
    command = ["wrk", "-t", threads, "-c", str(connections), "-d", f"{duration}s", "--latency", *extra, url]
    if script:
        command[1:1] = ["-s", str(script)]
    warm = ["wrk", "-t", "1", "-c", "4", "-d", "1s", *extra, url] if not script else None
    if warm:
        subprocess.run(warm, capture_output=True, check=False)
    output = subprocess.run(command, capture_output=True, text=True, env=env, check=False).stdout
    return parse(output)


def parse(output):
    def milliseconds(label):
        match = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rate": float(rate.group(1)) if rate else 0.0,
        "p50": milliseconds("50%"),
        "p99": milliseconds("99%"),
        "errors": (int(errors.group(1)) if errors else 0),
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--comments", type=int, default=200)
    args = parser.parse_args()
    ensure_wrk()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    env = environment()
    ports = {name: free_port() for name in ("cached", "uncached", "floor")}
    env["NEWSROOM_SITE_URL"] = f"http://127.0.0.1:{ports['cached']}"
    say(f"[1/4] building the site in {WORK} (demo content, an article with {args.comments} comments)…")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "seed_demo", "--if-empty")
    site = json.loads(
        manage(env, "shell", "--no-imports", "-c", SETUP.format(comments=args.comments)).splitlines()[-1]
    )
    say("[2/4] starting gunicorn ×3 workers with the page cache on, off, and the floor…")
    servers = [start("cached", env, ports["cached"])]
    servers.append(start("uncached", env | {"NEWSROOM_PAGE_CACHE": "0"}, ports["uncached"]))
    page = WORK / "article.html"
    page.write_bytes(urllib.request.urlopen(f"http://127.0.0.1:{ports['cached']}{site['article']}").read())
    floor_env = env | {"BENCH_FLOOR_PAGE": str(page), "PYTHONPATH": str(BENCH)}
    servers.append(start("floor", floor_env, ports["floor"], app="floor:application"))
    try:
        results = measure(args, ports, site, env, page)
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)
    report(results, page.stat().st_size, args)
    return 0


def measure(args, ports, site, env, page):
    cached, uncached = (f"http://127.0.0.1:{ports[name]}" for name in ("cached", "uncached"))
    targets = [
        ("floor: saved article bytes, no Django", f"http://127.0.0.1:{ports['floor']}/"),
        (f"article, {args.comments} comments, cached", cached + site["article"]),
        (f"article, {args.comments} comments, cached, brotli", cached + site["article"], BROTLI),
        (f"article, {args.comments} comments, uncached", uncached + site["article"]),
        ("article, 50 comments, uncached", uncached + site["article_50"]),
        ("front page, cached", cached + "/"),
        ("front page, uncached", uncached + "/"),
        ("section page, cached", cached + site["section"]),
        ("search, cached", cached + "/search/?q=city"),
        ("search, uncached", uncached + "/search/?q=city"),
        ("feed, cached", cached + "/feed/"),
    ]
    results = []
    say(
        f"[3/4] measuring {len(targets) + 1} targets, {args.duration} s each, {args.connections} connections…"
    )
    for number, (name, url, *headers) in enumerate(targets, start=1):
        say(f"      {number}/{len(targets) + 1} {name}")
        results.append((name, wrk(url, args.duration, args.connections, headers=headers)))
    html = urllib.request.urlopen(cached + site["article"]).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    time.sleep(3.1)  # the anti-spam clock: a form posted sooner after it was served is spam
    say(f"      {len(targets) + 1}/{len(targets) + 1} comment posts")
    post_env = os.environ | {"BENCH_FORM_TOKEN": token, "BENCH_ORIGIN": cached}
    url = f"{cached}/comments/post/{site['pk']}/"
    results.append(
        ("comment posts, 8 connections", wrk(url, args.duration, 8, BENCH / "post_comment.lua", post_env))
    )
    return results


def report(results, page_bytes, args):
    floor = results[0][1]["rate"] or 1
    say(f"[4/4] {args.connections} connections, {args.duration} s each; article HTML {page_bytes:,} bytes")
    say(f"{'target':<44} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'× floor':>8} {'errors':>7}")
    for name, result in results:
        ratio = result["rate"] / floor
        say(
            f"{name:<44} {result['rate']:>10,.1f} {result['p50']:>9.2f} {result['p99']:>9.2f} "
            f"{ratio:>8.3f} {result['errors']:>7}"
        )
        if result["socket_errors"]:
            say(f"{'':<44} socket errors: {result['socket_errors']}")


if __name__ == "__main__":
    sys.exit(main())
