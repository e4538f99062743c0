from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.models import Section
from pages import organisation


def site(request):
    """The masthead and navigation every page shows."""
    return {
        "site_name": settings.SITE_NAME,
        "site_tagline": settings.SITE_TAGLINE,
        "nav_sections": Section.objects.all(),
        # Lazy: a page without the footer (an error page, a feed) reads nothing.
        "publisher": SimpleLazyObject(organisation.current),
    }
