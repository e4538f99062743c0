from django.core.management.base import BaseCommand, CommandError

from wordpress.exporter import Exporter


class Command(BaseCommand):
    help = "Write the whole site as a WordPress export (WXR 1.2) that WordPress's importer accepts."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Where to write the .xml file.")
        parser.add_argument(
            "--site-url", default="http://localhost:8000", help="The site's address, for links in the file."
        )

    def handle(self, *args, **options):
        try:
            with open(options["output"], "w", encoding="utf-8") as stream:
                Exporter(stream, options["site_url"]).run()
        except OSError as error:
            raise CommandError(f"Cannot write {options['output']}: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Exported the site to {options['output']}."))
