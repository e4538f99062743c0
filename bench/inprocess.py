"""In-process page cost: requests through Django's test Client, the page cache off, no server.

    DATABASE_URL=sqlite:////tmp/bench100k.sqlite3 DJANGO_DEBUG=1 NEWSROOM_PAGE_CACHE=0 \\
        .venv/bin/python bench/inprocess.py [--requests 20] [--explain]

Fill the database first (`manage.py migrate`, then `manage.py bench_data --articles N --comments M`).
Times the front page, the newest story's page, the story with the most comments and a section
page: after two warm-up requests, the total of `--requests` requests and their median. `--explain`
prints SQLite's EXPLAIN QUERY PLAN of every query the front page and the section page run.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, reset_queries
    from django.db.models import Count, Q
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.models import Article, Section
    from comments.models import Comment

    if settings.PAGE_CACHE:
        sys.exit("Run with NEWSROOM_PAGE_CACHE=0: this measures pages built afresh.")
    newest = Article.objects.published().order_by("-published_at", "-pk").first()
    busiest = (
        Article.objects.published()
        .annotate(approved=Count("comments", filter=Q(comments__in=Comment.objects.approved())))
        .order_by("-approved", "-pk")
        .first()
    )
    section = Section.objects.first()
    pages = {
        "front page": "/",
        f"newest story ({comments_on(newest)} comments)": newest.get_absolute_url(),
        f"busiest story ({comments_on(busiest)} comments)": busiest.get_absolute_url(),
        "section page": section.get_absolute_url(),
    }
    client = Client(HTTP_HOST="localhost")
    print(f"{Article.objects.count():,} articles, {Comment.objects.count():,} comments ({connection.vendor})")
    print(f"{'page':<36}{'queries':>8}{'total ms':>10}{'median ms':>11}")
    for name, path in pages.items():
        for _ in range(2):
            assert client.get(path).status_code == 200, path
        reset_queries()  # each request starts by emptying the log CaptureQueriesContext counts in
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        times = []
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{name:<36}{len(queries):>8}{sum(times):>10.1f}{statistics.median(times):>11.2f}")
        if args.explain and name in {"front page", "section page"}:
            explain(connection, queries.captured_queries)
    return 0


def comments_on(article):
    from comments.models import Comment

    return Comment.objects.approved().filter(article=article).count()


def explain(connection, queries):
    with connection.cursor() as cursor:
        for query in queries:
            print(f"\n    {query['sql']}")
            cursor.execute(f"EXPLAIN QUERY PLAN {query['sql']}")
            for row in cursor.fetchall():
                print(f"      {row[-1]}")
    print()


if __name__ == "__main__":
    sys.exit(main())
