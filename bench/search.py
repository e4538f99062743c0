"""Search benchmark: 100,000 generated articles in a throwaway database, then timed searches.

    .venv/bin/python bench/search.py [--articles 100000] [--database sqlite|postgres|all] [--repeat 30]

SQLite goes to a file under /tmp; PostgreSQL to a database `newsroom_bench` created (and dropped
first) on BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/). Each database runs in
its own process, because Django reads DATABASE_URL once. Times cover what the search page does:
the (capped) count, the ranked page of 10 results with their bylines, and the highlighted snippets.
"""

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = Path("/tmp/newsroom-bench-search.sqlite3")
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
POSTGRES_DB = "newsroom_bench"
QUERIES = [
    ("city", {"q": "city"}),
    ("protesting", {"q": "protesting"}),
    ("council budget", {"q": "council budget"}),
    ('"first tram"', {"q": '"first tram"'}),
    ("kilometre", {"q": "kilometre"}),
    ("festival -jazz", {"q": "festival -jazz"}),
    ("government+sect", {"q": "government", "section": "section-1"}),
    ("government+auth", {"q": "government", "author": "author-7"}),
    ("zzyzxqk", {"q": "zzyzxqk"}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return run_worker(args)
    if args.database in {"sqlite", "all"}:
        SQLITE_PATH.unlink(missing_ok=True)
        spawn(args, "sqlite", f"sqlite:///{SQLITE_PATH}")
    if args.database in {"postgres", "all"}:
        import psycopg

        with psycopg.connect(POSTGRES_URL + "postgres", autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DB}")
            connection.execute(f"CREATE DATABASE {POSTGRES_DB}")
        spawn(args, "postgres", POSTGRES_URL + POSTGRES_DB)
    return 0


def spawn(args, name, url):
    env = os.environ | {
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_SECRET_KEY": "bench-only",
        "DJANGO_DEBUG": "",
        "NEWSROOM_SITE_URL": "http://localhost",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, __file__, "--worker", name, "--articles", str(args.articles)]
    subprocess.run([*command, "--repeat", str(args.repeat)], env=env, cwd=ROOT, check=True)


def run_worker(args):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(f"\n== {args.worker}: {args.articles:,} articles ==")
    started = time.perf_counter()
    generate(args.articles)
    print(f"generated in {time.perf_counter() - started:.1f} s")
    from search.index import rebuild_index

    started = time.perf_counter()
    rebuild_index()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as autovacuum would gather them
    print(f"indexed in {time.perf_counter() - started:.1f} s")
    measure(args.repeat)
    return 0


def vocabulary():
    """Real words, from the demo stories, so stemming and frequencies look like news text."""
    text = (ROOT / "articles" / "demo" / "stories.py").read_text()
    words = sorted({word.lower() for word in re.findall(r"[A-Za-z]{3,}", text)})
    random.shuffle(words)
    return words


def generate(count):
    from django.utils import timezone

    from articles.models import Article, ArticleAuthor, Author, Section, Tag

    random.seed(42)
    words = vocabulary()
    weights = [1 / rank for rank in range(1, len(words) + 1)]  # Zipf-like
    sections = Section.objects.bulk_create(
        Section(name=f"Section {n}", slug=f"section-{n}") for n in range(8)
    )
    authors = Author.objects.bulk_create(Author(name=f"Author {n}", slug=f"author-{n}") for n in range(200))
    tags = Tag.objects.bulk_create(Tag(name=f"Tag {n}", slug=f"tag-{n}") for n in range(300))
    now = timezone.now()
    batch = 5000
    for start in range(0, count, batch):
        articles = []
        for number in range(start, min(start + batch, count)):
            picks = random.choices(words, weights, k=230)
            paragraphs = "".join(f"<p>{' '.join(picks[i : i + 40])}.</p>" for i in range(30, 230, 40))
            articles.append(
                Article(
                    headline=" ".join(picks[:8]).capitalize(),
                    slug=f"story-{number}",
                    standfirst=" ".join(picks[8:30]).capitalize() + ".",
                    body=paragraphs,
                    section=random.choice(sections),
                    status=Article.Status.PUBLISHED if random.random() < 0.95 else Article.Status.DRAFT,
                    published_at=now - timedelta(minutes=random.randrange(5 * 365 * 24 * 60)),
                )
            )
        articles = Article.objects.bulk_create(articles)
        ArticleAuthor.objects.bulk_create(
            ArticleAuthor(article=article, author=random.choice(authors)) for article in articles
        )
        Article.tags.through.objects.bulk_create(
            Article.tags.through(article=article, tag=tag)
            for article in articles
            for tag in random.sample(tags, 3)
        )


def measure(repeat):
    from django.conf import settings
    from django.db import connection

    from search.forms import SearchForm
    from search.pagination import CappedPaginator
    from search.query import highlights

    def search_page(params):
        form = SearchForm(params)
        assert form.is_valid(), form.errors
        results, found = form.results()
        paginator = CappedPaginator(results, 10, found=found, cap=settings.SEARCH_MAX_RESULTS)
        page = list(paginator.get_page(1).object_list)
        highlights([article.pk for article in page], form.query)
        return f"{'>' if paginator.is_capped else ''}{paginator.count:,}"

    everything = []
    print(f"{'query':<16}{'matches':>9}{'median ms':>11}{'p95 ms':>9}")
    for label, params in QUERIES:
        total = search_page(params)  # warm-up
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            search_page(params)
            times.append((time.perf_counter() - started) * 1000)
        everything += times
        print(f"{label:<16}{total:>9}{statistics.median(times):>11.1f}{percentile(times, 95):>9.1f}")
    print(
        f"{'all queries':<16}{'':>9}{statistics.median(everything):>11.1f}{percentile(everything, 95):>9.1f}"
    )
    print(f"({connection.vendor}, {repeat} runs per query)")


def percentile(values, percent):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    sys.exit(main())
