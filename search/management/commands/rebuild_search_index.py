from django.core.management.base import BaseCommand

from search.index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index from every article (after bulk imports or raw SQL edits)."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} articles."))
