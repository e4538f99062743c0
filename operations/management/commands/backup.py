from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations import backups


class Command(BaseCommand):
    help = gettext_lazy("Copy the database and the media files into DIR, consistently, while the site runs.")

    def add_arguments(self, parser):
        parser.add_argument(
            "folder", metavar="DIR", help=gettext_lazy("A new or empty folder for the backup.")
        )

    def handle(self, folder, **options):
        try:
            database, media = backups.backup(folder)
        except backups.BackupError as error:
            raise CommandError(error) from None
        self.stdout.write(
            _("Database: %(path)s (%(size)s)")
            % {"path": database.path, "size": filesizeformat(database.size)}
        )
        self.stdout.write(
            _("Media: %(path)s (%(size)s; files: %(files)s)")
            % {"path": media.path, "size": filesizeformat(media.size), "files": media.files}
        )
        total = filesizeformat(database.size + media.size)
        done = _("Backup written to %(folder)s: %(total)s in all.") % {"folder": folder, "total": total}
        self.stdout.write(self.style.SUCCESS(done))
