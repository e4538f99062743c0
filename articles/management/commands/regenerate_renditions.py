from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from articles.images import make_renditions
from articles.models import Image

# A progress line every this many images.
PROGRESS_EVERY = 100


def has_all_renditions(image):
    """The image has renditions and every one of them is in storage."""
    storage = image.file.storage
    return bool(image.renditions) and all(storage.exists(rendition["name"]) for rendition in image.renditions)


class Command(BaseCommand):
    help = gettext(
        "Make every image's WebP and JPEG renditions again from its stored original (after changing "
        "IMAGE_RENDITION_WIDTHS, or when files went missing). Old renditions are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--missing-only",
            action="store_true",
            help=gettext("Only images with no renditions, or with one missing from storage."),
        )

    def handle(self, *args, missing_only=False, verbosity=1, **options):
        images = Image.objects.order_by("pk")
        total = images.count()
        rebuilt = complete = skipped = 0
        for position, image in enumerate(images.iterator(), start=1):
            if missing_only and has_all_renditions(image):
                complete += 1
            elif self.rebuild(image):
                rebuilt += 1
            else:
                skipped += 1
            if verbosity and (position % PROGRESS_EVERY == 0 or position == total):
                self.stdout.write(
                    gettext("%(done)d of %(total)d images…") % {"done": position, "total": total}
                )
        summary = gettext(
            "Renditions rebuilt: %(rebuilt)d; already complete: %(complete)d; skipped: %(skipped)d "
            "(of %(total)d images)."
        ) % {"rebuilt": rebuilt, "complete": complete, "skipped": skipped, "total": total}
        if skipped:
            # Nonzero, so that a deploy script or cron mail notices images whose pages now lack renditions.
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def rebuild(self, image):
        """Make `image`'s renditions again; report and skip it when its original cannot be read."""
        try:
            image.renditions = make_renditions(image.file)
        except Exception as error:  # a missing or broken file (any storage backend) must not stop the run
            self.stderr.write(
                gettext("Image %(pk)s (%(name)s) skipped: %(error)s")
                % {
                    "pk": image.pk,
                    "name": image.file.name or "–",
                    "error": str(error) or type(error).__name__,
                }
            )
            return False
        # The old renditions are removed once this commits (articles.images.CleanImageField).
        image.save(update_fields=["renditions"])
        return True
