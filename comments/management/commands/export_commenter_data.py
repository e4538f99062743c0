import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments.privacy import export_personal_data


class Command(BaseCommand):
    help = "Print, as JSON, everything stored about a commenter's email address (comments, subscriptions)."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The commenter's email address (any letter case).")

    def handle(self, *args, email, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"{email!r} is not an email address.") from error
        data = export_personal_data(email)
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
        self.stderr.write(
            f"{len(data['comments'])} comment(s), {len(data['follow_up_subscriptions'])} subscription(s)."
        )
