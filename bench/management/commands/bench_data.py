import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from bench.data import build

LIMITS = {"articles": 10_000_000, "comments": 100_000_000}


class Progress:
    """A one-line progress bar on stderr: percent done and items written per second."""

    width = 30

    def __init__(self, stream, total):
        self.stream, self.total, self.done = stream, total, 0
        self.started = self.shown = time.monotonic()

    def __call__(self, written):
        self.done += written
        now = time.monotonic()
        if now - self.shown >= 0.25 or self.done >= self.total:
            self.shown = now
            share = self.done / self.total
            bar = "#" * round(share * self.width)
            rate = self.done / max(now - self.started, 1e-9)
            line = f"\r[{bar:<{self.width}}] {share:6.1%}  {self.done:,}/{self.total:,}  {rate:,.0f} items/s"
            self.stream.write(line, ending="")
            self.stream.flush()

    def close(self):
        self.stream.write("")


class Command(BaseCommand):
    help = (
        "Fill the database fast with made-up published stories and approved threaded comments, for "
        "benchmarks. Only with DJANGO_DEBUG=1."
    )

    def add_arguments(self, parser):
        # Read as text and checked in handle(), so a bad value gets one clear line, not argparse's usage.
        parser.add_argument("--articles", default="0", help="How many stories to add (default 0).")
        parser.add_argument("--comments", default="0", help="How many comments to add (default 0).")
        parser.add_argument("--seed", default="1", help="The random seed: the same seed, the same data.")

    def handle(self, *args, **options):
        counts = {name: whole_number(name, options[name], LIMITS[name]) for name in LIMITS}
        seed = whole_number("seed", options["seed"], sys.maxsize)
        if not settings.DEBUG:
            raise CommandError(
                "bench_data fills the database with made-up stories: run it with DJANGO_DEBUG=1, "
                "never on a live site."
            )
        if not any(counts.values()):
            raise CommandError("Nothing to add: give --articles N and/or --comments M, e.g. --articles 1000.")
        if counts["comments"] and not counts["articles"] and not Article.objects.published().exists():
            raise CommandError("There are no published stories to comment on: add some with --articles N.")
        total = sum(counts.values())
        progress = Progress(self.stderr, total)
        started = time.monotonic()
        try:
            added = build(**counts, seed=seed, progress=progress)
        finally:
            progress.close()
        seconds = time.monotonic() - started
        self.stdout.write(
            f"Added {added['articles']:,} articles ({added['sections']} sections, {added['authors']} "
            f"authors, {added['tags']} tags) and {added['comments']:,} comments in {seconds:,.1f} s "
            f"({total / max(seconds, 1e-9):,.0f} items/s)."
        )


def whole_number(name, text, limit):
    try:
        number = int(str(text).replace(",", ""))
    except ValueError:
        number = -1
    if not 0 <= number <= limit:
        raise CommandError(f"--{name} must be a whole number from 0 to {limit:,}, not {text!r}.")
    return number
