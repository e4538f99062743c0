from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils.translation import gettext, ngettext

from comments.models import Comment
from comments.privacy import erase_personal_data


class Command(BaseCommand):
    help = gettext(
        "Erase a commenter's personal data by email address: their comments keep the text but become "
        '"Anonymous", without email, website or IP address; their follow-up subscriptions are deleted.'
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help=gettext("The commenter's email address (any letter case)."))
        parser.add_argument("--no-input", action="store_true", help=gettext("Do not ask for confirmation."))

    def handle(self, *args, email, no_input=False, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(gettext("%(email)r is not an email address.") % {"email": email}) from error
        count = Comment.objects.by_email(email).count()
        if not no_input:
            question = ngettext(
                "Anonymise %(count)d comment written with %(email)s? This cannot be undone. [y/N] ",
                "Anonymise %(count)d comments written with %(email)s? This cannot be undone. [y/N] ",
                count,
            )
            answer = input(question % {"count": count, "email": email})
            if answer.strip().lower() not in {"y", "yes", gettext("y"), gettext("yes")}:
                raise CommandError(gettext("Nothing erased."))
        comments, subscriptions = erase_personal_data(email)
        anonymised = ngettext("%(count)d comment anonymised", "%(count)d comments anonymised", comments) % {
            "count": comments
        }
        deleted = ngettext(
            "%(count)d subscription deleted", "%(count)d subscriptions deleted", subscriptions
        ) % {"count": subscriptions}
        # Translators: "Erased: 3 comments anonymised, 1 subscription deleted."
        message = gettext("Erased: %(comments)s, %(subscriptions)s.") % {
            "comments": anonymised,
            "subscriptions": deleted,
        }
        self.stdout.write(self.style.SUCCESS(message))
