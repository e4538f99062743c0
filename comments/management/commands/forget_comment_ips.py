from django.core.management.base import BaseCommand
from django.utils.translation import gettext, ngettext

from comments import discussion
from comments.tasks import forget_ip_addresses


class Command(BaseCommand):
    help = gettext(
        "Remove commenters' IP addresses older than the Discussion settings keep them. Posting a comment "
        "queues this too; run it from cron on a site that goes quiet."
    )

    def handle(self, *args, **options):
        removed = forget_ip_addresses.call()
        days = discussion.current().ip_retention_days
        message = ngettext(
            "Removed the IP address of %(count)d comment older than %(days)d days.",
            "Removed the IP addresses of %(count)d comments older than %(days)d days.",
            removed,
        )
        self.stdout.write(message % {"count": removed, "days": days})
