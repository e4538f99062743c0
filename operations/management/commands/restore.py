from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from articles.models import Article
from comments.models import Comment
from operations import backups
from pagecache.invalidation import everything_changed


class Command(BaseCommand):
    help = "Bring back a backup made by `manage.py backup` into an empty database and the media folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="The folder `manage.py backup` wrote.")

    def handle(self, folder, **options):
        try:
            files, size = backups.restore(folder)
        except backups.BackupError as error:
            raise CommandError(error) from None
        everything_changed()
        articles, comments = Article.objects.count(), Comment.objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored from {folder}: {articles} articles, {comments} comments, "
                f"{files} media files ({filesizeformat(size)})."
            )
        )
