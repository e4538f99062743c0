"""WordPress's query-string addresses (/?p=123 and friends) answered with a 301 to their new home."""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponsePermanentRedirect

from wordpress.models import WordPressObject

# Query parameter → the kind of record it names and the mapping field holding its value. Tags are
# mapped by slug and authors by login, so `?author=` goes by the numeric id kept beside the login.
LEGACY_PARAMETERS = {
    "p": (WordPressObject.Kind.POST, "wp_id"),
    "page_id": (WordPressObject.Kind.PAGE, "wp_id"),
    "cat": (WordPressObject.Kind.CATEGORY, "wp_id"),
    "tag": (WordPressObject.Kind.TAG, "wp_id"),
    "author": (WordPressObject.Kind.AUTHOR, "extra__author_id"),
}


def is_public(obj):
    """Never send a reader to something they may not see (and so never leak a draft's address)."""
    # Articles and pages have a visibility rule (is_published()); sections, tags and authors are public.
    check = getattr(obj, "is_published", None)
    return check() if check is not None else True


def legacy_target(query):
    """The object an old WordPress query string named, or None."""
    for parameter, (kind, field) in LEGACY_PARAMETERS.items():
        value = query.get(parameter, "").strip()
        if not value:
            continue
        if "\x00" in value:  # names nothing, and PostgreSQL refuses it in a query
            return None
        mapping = WordPressObject.objects.filter(kind=kind, **{field: value}).first()
        if mapping is None:
            return None
        model = ContentType.objects.get_for_id(mapping.content_type_id).model_class()
        return model._default_manager.filter(pk=mapping.object_id).first()
    return None


class LegacyWordPressURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.method in ("GET", "HEAD") and request.GET:
            target = legacy_target(request.GET)
            if target is not None and is_public(target):
                return HttpResponsePermanentRedirect(target.get_absolute_url())
        return self.get_response(request)
