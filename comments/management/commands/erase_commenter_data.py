from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments.models import Comment
from comments.privacy import erase_personal_data


class Command(BaseCommand):
    help = (
        "Erase a commenter's personal data by email address: their comments keep the text but become "
        '"Anonymous", without email, website or IP address; their follow-up subscriptions are deleted.'
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The commenter's email address (any letter case).")
        parser.add_argument("--no-input", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, no_input=False, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"{email!r} is not an email address.") from error
        count = Comment.objects.by_email(email).count()
        if not no_input:
            answer = input(
                f"Anonymise {count} comment(s) written with {email}? This cannot be undone. [y/N] "
            )
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError("Nothing erased.")
        comments, subscriptions = erase_personal_data(email)
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased: {comments} comment(s) anonymised, {subscriptions} subscription(s) deleted."
            )
        )
