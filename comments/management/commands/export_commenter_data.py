import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils.translation import gettext, ngettext

from comments.privacy import export_personal_data


class Command(BaseCommand):
    help = gettext(
        "Print, as JSON, everything stored about a commenter's email address (comments, subscriptions)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help=gettext("The commenter's email address (any letter case)."))

    def handle(self, *args, email, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(gettext("%(email)r is not an email address.") % {"email": email}) from error
        data = export_personal_data(email)
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
        comments, subscriptions = len(data["comments"]), len(data["follow_up_subscriptions"])
        self.stderr.write(
            # Translators: "3 comments, 1 subscription."; both counts are translated on their own.
            gettext("%(comments)s, %(subscriptions)s.")
            % {
                "comments": ngettext("%(count)d comment", "%(count)d comments", comments)
                % {"count": comments},
                "subscriptions": ngettext("%(count)d subscription", "%(count)d subscriptions", subscriptions)
                % {"count": subscriptions},
            }
        )
