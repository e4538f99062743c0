from django.core.management.base import BaseCommand
from django.utils.translation import gettext, ngettext

from search.index import rebuild_index


class Command(BaseCommand):
    help = gettext(
        "Rebuild the full-text search index from every article (after bulk imports or raw SQL edits)."
    )

    def handle(self, *args, **options):
        count = rebuild_index()
        message = ngettext("Indexed %(count)d article.", "Indexed %(count)d articles.", count)
        self.stdout.write(self.style.SUCCESS(message % {"count": count}))
