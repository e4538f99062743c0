from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wordpress.importer import Importer
from wordpress.wxr import WXRError


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.0–1.2): authors, categories, tags, posts, pages, images and "
        "comments. Safe to run again: records already imported are updated or left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The .xml file from WordPress's Tools → Export.")
        parser.add_argument("--dry-run", action="store_true", help="Report everything, write nothing.")
        parser.add_argument(
            "--media-dir",
            help="A copy of wp-content/uploads; attachments are imported from it (never fetched).",
        )
        parser.add_argument(
            "--default-author", help="Credit posts whose author is not in the export to this name."
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        path = Path(options["export"])
        if not path.is_file():
            raise CommandError(f"{path} does not exist or is not a file.")
        media_dir = options["media_dir"]
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"--media-dir {media_dir} is not a directory.")
        importer = Importer(
            media_dir=media_dir, default_author=options["default_author"], progress=self.show_progress
        )
        try:
            report = importer.run(path, dry_run=options["dry_run"])
        except WXRError as error:
            raise CommandError(f"{path} cannot be imported: {error}. Nothing was changed.") from error
        for line in report.lines():
            self.stdout.write(line)
        if options["dry_run"]:
            self.stdout.write(self.style.WARNING("Dry run: nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported {path.name}."))

    def show_progress(self, records, seconds):
        if self.verbosity:
            self.stdout.write(f"… {records:,} records, {records / seconds:,.0f} records/s")
