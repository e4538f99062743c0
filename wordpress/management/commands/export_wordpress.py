from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from wordpress.exporter import Exporter
from wordpress.progress import Progress


class Command(BaseCommand):
    help = gettext("Write the whole site as a WordPress export (WXR 1.2) that WordPress's importer accepts.")

    def add_arguments(self, parser):
        parser.add_argument("output", help=gettext("Where to write the .xml file."))
        parser.add_argument(
            "--site-url",
            default="http://localhost:8000",
            help=gettext("The site's address, for links in the file."),
        )
        parser.add_argument(
            "--quiet", action="store_true", help=gettext("No progress bar on stderr (for scripts).")
        )

    def handle(self, *args, **options):
        try:
            with open(options["output"], "w", encoding="utf-8") as stream:
                quiet = options["quiet"] or options["verbosity"] == 0
                Exporter(stream, options["site_url"], progress=None if quiet else Progress(self.stderr)).run()
        except OSError as error:
            raise CommandError(
                gettext("Cannot write %(path)s: %(error)s") % {"path": options["output"], "error": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(gettext("Exported the site to %(path)s.") % {"path": options["output"]})
        )
