from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from operations import backups


class Command(BaseCommand):
    help = "Copy the database and the media files into DIR, consistently, while the site runs."

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="A new or empty folder for the backup.")

    def handle(self, folder, **options):
        try:
            written = backups.backup(folder)
        except backups.BackupError as error:
            raise CommandError(error) from None
        for item in written:
            files = f", {item.files} files" if item.what == "media" else ""
            self.stdout.write(f"{item.what.capitalize()}: {item.path} ({filesizeformat(item.size)}{files})")
        total = sum(item.size for item in written)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}: {filesizeformat(total)} in all."))
