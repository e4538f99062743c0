import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from wordpress.exporter import Exporter
from wordpress.progress import Progress

# Characters no address carries unencoded: spaces and controls, quotes, angle brackets.
UNSAFE = re.compile(r"[\s\x00-\x1f\x7f\"'<>\\^`{|}]")


def checked_site_url(value):
    """An absolute http(s) address, maybe with a path (a site in a subfolder); nothing else."""
    parts = urlsplit(value)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if (
        not parts
        or parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.query
        or parts.fragment
        or UNSAFE.search(value)
    ):
        raise CommandError(
            gettext(
                "--site-url %(url)r is not a site address: give an absolute http or https address, "
                "such as https://news.example.org or https://example.org/news."
            )
            % {"url": value}
        )
    return value


class Command(BaseCommand):
    help = gettext("Write the whole site as a WordPress export (WXR 1.2) that WordPress's importer accepts.")

    def add_arguments(self, parser):
        parser.add_argument("output", help=gettext("Where to write the .xml file."))
        parser.add_argument(
            "--site-url",
            help=gettext("The site's address, for links in the file (by default NEWSROOM_SITE_URL)."),
        )
        parser.add_argument(
            "--quiet", action="store_true", help=gettext("No progress bar on stderr (for scripts).")
        )

    def handle(self, *args, **options):
        site_url = checked_site_url(settings.SITE_URL if options["site_url"] is None else options["site_url"])
        try:
            with open(options["output"], "w", encoding="utf-8") as stream:
                quiet = options["quiet"] or options["verbosity"] == 0
                Exporter(stream, site_url, progress=None if quiet else Progress(self.stderr)).run()
        except OSError as error:
            raise CommandError(
                gettext("Cannot write %(path)s: %(error)s") % {"path": options["output"], "error": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(gettext("Exported the site to %(path)s.") % {"path": options["output"]})
        )
