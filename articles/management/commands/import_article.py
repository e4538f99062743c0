from datetime import date, datetime, time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from articles.models import Article, ArticleAuthor, Author, Section
from articles.plaintext import PlainTextError, parse
from articles.rendering import paragraphs_to_html
from publishing.slugs import slug_for


def publication_date(parsed, given, today):
    """`--date` if given, else the dateline's day in `today`'s year (last year's if that is still ahead)."""
    if given:
        return given
    if parsed.month is None:
        return today
    try:
        day = date(today.year, parsed.month, parsed.day)
        return day if day <= today else date(today.year - 1, parsed.month, parsed.day)
    except ValueError as error:
        raise CommandError(
            gettext("The dateline's date is not a real day: %(month)s/%(day)s.")
            % {"month": parsed.month, "day": parsed.day}
        ) from error


def iso_date(value):
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            gettext("--date must look like 2021-02-25, not %(value)r.") % {"value": value}
        ) from error


class Command(BaseCommand):
    help = gettext(
        "Import an article saved as plain text: headline on the first line, then paragraphs; "
        'a leading "PLACE, Month DD – SOURCE." dateline and an "Author: NAME" line are recognised.'
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=gettext("Path to a UTF-8 text file."))
        parser.add_argument("--date", type=iso_date, help=gettext("Publication date, YYYY-MM-DD."))
        parser.add_argument(
            "--section", default="News", help=gettext('Section name (created if new). Default "News".')
        )
        parser.add_argument("--status", choices=["draft", "published"], default="published")

    def handle(self, *args, **options):
        try:
            parsed = parse(Path(options["file"]).read_bytes())
        except OSError as error:
            raise CommandError(
                gettext("Cannot read %(file)s: %(error)s.")
                % {"file": options["file"], "error": error.strerror}
            ) from error
        except PlainTextError as error:
            raise CommandError(f"{options['file']}: {error}") from error
        day = publication_date(parsed, options["date"], timezone.localdate())
        with transaction.atomic():
            article = self.save(parsed, day, options)
        self.report(parsed, article)

    def save(self, parsed, day, options):
        section = Section.objects.filter(name__iexact=options["section"]).first()
        if section is None:
            section = Section.objects.create(name=options["section"])
        article, _ = Article.objects.update_or_create(
            slug=slug_for(parsed.headline, 255),
            published_on=day,  # slugs are unique per publication day
            defaults={
                "headline": parsed.headline,
                "dateline_place": parsed.dateline_place,
                "source_credit": parsed.source_credit,
                "body": paragraphs_to_html(parsed.paragraphs),
                "section": section,
                "status": options["status"],
                "published_at": timezone.make_aware(datetime.combine(day, time(12))),
            },
        )
        if parsed.author_name:
            author = Author.objects.filter(name__iexact=parsed.author_name).first()
            if author is None:
                author = Author.objects.create(name=parsed.author_name)
            article.bylines.all().delete()
            ArticleAuthor.objects.create(article=article, author=author, position=0)
        return article

    def report(self, parsed, article):
        none = gettext("(none)")
        rows = [
            (gettext("Headline:"), article.headline),
            (gettext("Dateline:"), article.dateline or none),
            (gettext("Author:"), parsed.author_name or none),
            (gettext("Section:"), article.section),
            (gettext("Paragraphs:"), len(parsed.paragraphs)),
        ]
        if parsed.dropped:
            dropped = ngettext(
                "%(count)d line of page boilerplate (comment form)",
                "%(count)d lines of page boilerplate (comment form)",
                len(parsed.dropped),
            ) % {"count": len(parsed.dropped)}
            rows.append((gettext("Dropped:"), dropped))
        rows += [
            (gettext("Status:"), article.get_status_display()),
            (gettext("URL:"), article.get_absolute_url()),
        ]
        width = max(len(label) for label, _value in rows) + 1
        lines = [f"{label:<{width}}{value}" for label, value in rows]
        for line in lines[:-1]:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(lines[-1]))
