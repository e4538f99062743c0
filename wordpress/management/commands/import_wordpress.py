from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from wordpress.importer import Importer
from wordpress.wxr import WXRError


class Command(BaseCommand):
    help = gettext(
        "Import a WordPress export (WXR 1.0–1.2): authors, categories, tags, posts, pages, images and "
        "comments. Safe to run again: records already imported are updated or left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help=gettext("The .xml file from WordPress's Tools → Export."))
        parser.add_argument(
            "--dry-run", action="store_true", help=gettext("Report everything, write nothing.")
        )
        parser.add_argument(
            "--media-dir",
            help=gettext("A copy of wp-content/uploads; attachments are imported from it (never fetched)."),
        )
        parser.add_argument(
            "--default-author", help=gettext("Credit posts whose author is not in the export to this name.")
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        path = Path(options["export"])
        if not path.is_file():
            raise CommandError(gettext("%(path)s does not exist or is not a file.") % {"path": path})
        media_dir = options["media_dir"]
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(gettext("--media-dir %(path)s is not a directory.") % {"path": media_dir})
        importer = Importer(
            media_dir=media_dir, default_author=options["default_author"], progress=self.show_progress
        )
        try:
            report = importer.run(path, dry_run=options["dry_run"])
        except WXRError as error:
            raise CommandError(
                gettext("%(path)s cannot be imported: %(error)s. Nothing was changed.")
                % {"path": path, "error": error}
            ) from error
        for line in report.lines():
            self.stdout.write(line)
        if options["dry_run"]:
            self.stdout.write(self.style.WARNING(gettext("Dry run: nothing was written.")))
        else:
            self.stdout.write(self.style.SUCCESS(gettext("Imported %(name)s.") % {"name": path.name}))

    def show_progress(self, records, seconds):
        if self.verbosity:
            rate = number_format(records / seconds, decimal_pos=0, force_grouping=True)
            message = ngettext(
                "… %(count)s record, %(rate)s records/s", "… %(count)s records, %(rate)s records/s", records
            )
            self.stdout.write(message % {"count": number_format(records, force_grouping=True), "rate": rate})
