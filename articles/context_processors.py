from django.conf import settings

from articles.models import Section


def site(request):
    """The masthead and navigation every page shows."""
    return {
        "site_name": settings.SITE_NAME,
        "site_tagline": settings.SITE_TAGLINE,
        "nav_sections": Section.objects.all(),
    }
