from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Article
from comments.models import Comment
from operations import backups
from pagecache.invalidation import everything_changed


class Command(BaseCommand):
    help = gettext_lazy(
        "Bring back a backup made by `manage.py backup` into an empty database and the media folder."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "folder", metavar="DIR", help=gettext_lazy("The folder `manage.py backup` wrote.")
        )

    def handle(self, folder, **options):
        try:
            files, size = backups.restore(folder)
        except backups.BackupError as error:
            raise CommandError(error) from None
        everything_changed()
        self.stdout.write(_("Articles: %(count)s") % {"count": Article.objects.count()})
        self.stdout.write(_("Comments: %(count)s") % {"count": Comment.objects.count()})
        self.stdout.write(
            _("Media files: %(count)s (%(size)s)") % {"count": files, "size": filesizeformat(size)}
        )
        self.stdout.write(self.style.SUCCESS(_("Restored from %(folder)s.") % {"folder": folder}))
