from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from wordpress.importer import Importer
from wordpress.progress import Progress
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
            "--quiet",
            action="store_true",
            help=gettext("No progress bar on stderr (for scripts); the summary is still printed."),
        )
        parser.add_argument(
            "--default-author", help=gettext("Credit posts whose author is not in the export to this name.")
        )

    def handle(self, *args, **options):
        path = Path(options["export"])
        if not path.is_file():
            raise CommandError(gettext("%(path)s does not exist or is not a file.") % {"path": path})
        media_dir = options["media_dir"]
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(gettext("--media-dir %(path)s is not a directory.") % {"path": media_dir})
        quiet = options["quiet"] or options["verbosity"] == 0
        importer = Importer(
            media_dir=media_dir,
            default_author=options["default_author"],
            progress=None if quiet else Progress(self.stderr),
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
