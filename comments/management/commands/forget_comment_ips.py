from django.core.management.base import BaseCommand

from comments import discussion
from comments.tasks import forget_ip_addresses


class Command(BaseCommand):
    help = (
        "Remove commenters' IP addresses older than the Discussion settings keep them. Posting a comment "
        "queues this too; run it from cron on a site that goes quiet."
    )

    def handle(self, *args, **options):
        removed = forget_ip_addresses.call()
        days = discussion.current().ip_retention_days
        self.stdout.write(f"Removed the IP address of {removed} comment(s) older than {days} days.")
