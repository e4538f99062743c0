from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from articles.demo.desk import DESK_STORIES
from articles.demo.illustrations import illustration_jpeg
from articles.demo.stories import AUTHORS, SECTIONS, STORIES
from articles.demo.typed_stories import TYPED_STORIES
from articles.models import Article, ArticleAuthor, Author, Correction, Image, Section, Tag, WorkType
from articles.rendering import paragraphs_to_html
from articles.signals import demo_story_created
from pages import demo as pages_demo
from publishing.slugs import slug_for


def publication_time(story, index, now):
    """The story's demo publish time: `days_ago` at `hour`, never in the future; `hours_ahead` from now
    for a scheduled one; none for a draft or a story waiting for review."""
    if story.get("status") in (Article.Status.DRAFT, Article.Status.PENDING):
        return None
    if "hours_ahead" in story:
        return now + timedelta(hours=story["hours_ahead"])
    day = timezone.localdate(now) - timedelta(days=story["days_ago"])
    when = timezone.make_aware(datetime.combine(day, time(story["hour"])))
    return min(when, now - timedelta(minutes=20 + 7 * index))


def work_type(kind):
    """The site's type of work of this kind (made if an editor removed them all), or None for news."""
    if not kind:
        return None
    return WorkType.objects.filter(kind=kind).order_by("position").first() or WorkType.objects.create(
        kind=kind
    )


class Command(BaseCommand):
    help = gettext(
        "Create the demo newsroom: sections, authors, tags and original stories. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help=gettext("Do nothing when the site already has articles.")
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Article.objects.exists():
            self.stdout.write(gettext("The site already has articles; demo content not loaded."))
            return
        with transaction.atomic():
            sections = self.create_sections()
            authors = self.create_authors()
            created = self.create_stories(sections, authors)
            pages_demo.create()
        message = ngettext(
            "Demo content ready: %(count)d new story.", "Demo content ready: %(count)d new stories.", created
        )
        self.stdout.write(self.style.SUCCESS(message % {"count": created}))

    def create_sections(self):
        return {
            data["slug"]: Section.objects.update_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "position": position},
            )[0]
            for position, data in enumerate(SECTIONS)
        }

    def create_authors(self):
        return {
            data["slug"]: Author.objects.update_or_create(
                slug=data["slug"],
                defaults={name: value for name, value in data.items() if name != "slug"},
            )[0]
            for data in AUTHORS
        }

    def create_stories(self, sections, authors):
        now = timezone.now()
        created = 0
        for index, story in enumerate([*STORIES, *TYPED_STORIES, *DESK_STORIES]):
            slug = slug_for(story["headline"])
            if Article.objects.filter(slug=slug).exists():
                continue
            self.create_story(story, slug, sections, authors, publication_time(story, index, now))
            created += 1
        return created

    def create_story(self, story, slug, sections, authors, published_at):
        image = Image(
            alt_text=story["image_alt"], caption=story["image_caption"], credit=story["image_credit"]
        )
        image.file.save(f"{slug[:60]}.jpg", ContentFile(illustration_jpeg(slug)), save=False)
        image.save()
        article = Article.objects.create(
            headline=story["headline"],
            slug=slug,
            standfirst=story["standfirst"],
            dateline_place=story["dateline_place"],
            dateline_time_zone=story.get("dateline_time_zone", ""),
            source_credit=story["source_credit"],
            body=paragraphs_to_html(story["paragraphs"]),
            lead_image=image,
            section=sections[story["section"]],
            status=story.get("status", Article.Status.PUBLISHED),
            retraction_note=story.get("retraction_note", ""),
            backstory=story.get("backstory", ""),
            sources=story.get("sources", ""),
            published_at=published_at,
            is_featured=story["featured"],
            work_type=work_type(story.get("work_type")),
            sponsor=story.get("sponsor", ""),
        )
        for position, author_slug in enumerate(story["authors"]):
            ArticleAuthor.objects.create(article=article, author=authors[author_slug], position=position)
        article.tags.set(
            Tag.objects.get_or_create(slug=slug_for(name), defaults={"name": name})[0]
            for name in story["tags"]
        )
        # A freshly loaded demo story has not been "updated" since it was published (or, for one not yet
        # published, was last changed a few hours ago).
        last_change = published_at or timezone.now() - timedelta(hours=story.get("hours_ago", 1))
        Article.objects.filter(pk=article.pk).update(updated_at=min(last_change, timezone.now()))
        if story["correction"]:
            noted_at = min(published_at + timedelta(hours=5), timezone.now())
            Correction.objects.create(
                article=article,
                kind=story.get("correction_kind", Correction.Kind.CORRECTION),
                note=story["correction"],
                at_top=story.get("correction_at_top", False),
                created_at=noted_at,
            )
        for hours_after, kind, note in story.get("later_notes", ()):
            noted_at = min(published_at + timedelta(hours=hours_after), timezone.now())
            Correction.objects.create(article=article, kind=kind, note=note, created_at=noted_at)
        demo_story_created.send(sender=Article, article=article, story=story)
        return article
