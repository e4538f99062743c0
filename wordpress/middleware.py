"""WordPress's old addresses that a Redirect row cannot hold, answered with a 301 to their new home:
query strings (/?p=123, /news/?page_id=7 for a site that lived in a subfolder) and the sized copies
WordPress made of each upload (photo-300x200.jpg)."""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.redirects.models import Redirect
from django.http import HttpResponsePermanentRedirect
from django.urls import reverse

from articles.models import Author, Section, Tag
from wordpress.models import WordPressObject

Kind = WordPressObject.Kind

# Query parameter → the kinds of record it names and the mapping field holding its value. Tags are
# mapped by slug and authors by login, so `?author=` goes by the numeric id kept beside the login.
# WordPress answers ?p= for any post type (posts, pages and attachments share one id space).
LEGACY_PARAMETERS = {
    "p": ((Kind.POST, Kind.PAGE, Kind.ATTACHMENT), "wp_id"),
    "page_id": ((Kind.PAGE,), "wp_id"),
    "attachment_id": ((Kind.ATTACHMENT,), "wp_id"),
    "cat": ((Kind.CATEGORY,), "wp_id"),
    "tag": ((Kind.TAG,), "wp_id"),
    "author": ((Kind.AUTHOR,), "extra__author_id"),
}
# ?feed=rss2 alone, or beside ?cat=, ?tag= or ?author=.
FEEDS = {Section: "articles:section_feed", Tag: "articles:tag_feed", Author: "articles:author_feed"}
# WordPress's resized copies of an upload: photo-300x200.jpg and photo-scaled.jpg are photo.jpg.
SIZED_UPLOAD = re.compile(r"^(?P<stem>.*/wp-content/uploads/.+?)(?:-\d+x\d+|-scaled)(?P<extension>\.\w+)$")


def is_public(obj):
    """Never send a reader to something they may not see (and so never leak a draft's address)."""
    # Articles and pages have a visibility rule (is_published()); sections, tags, authors and images
    # are public.
    check = getattr(obj, "is_published", None)
    return check() if check is not None else True


def legacy_target(query):
    """The object an old WordPress query string named, or None."""
    for parameter, (kinds, field) in LEGACY_PARAMETERS.items():
        value = query.get(parameter, "").strip()
        if not value:
            continue
        if "\x00" in value:  # names nothing, and PostgreSQL refuses it in a query
            return None
        mapping = WordPressObject.objects.filter(kind__in=kinds, **{field: value}).first()
        if mapping is None:
            return None
        model = ContentType.objects.get_for_id(mapping.content_type_id).model_class()
        return model._default_manager.filter(pk=mapping.object_id).first()
    return None


def address_of(target, query):
    """Where an old query string now lives: the object's page, its feed, or its file (images)."""
    if "feed" in query and type(target) in FEEDS:
        return reverse(FEEDS[type(target)], kwargs={"slug": target.slug})
    if hasattr(target, "get_absolute_url"):
        return target.get_absolute_url()
    return target.file.url


def is_old_home(request):
    """The request is for the home page of the old site: its root, or the subfolder it lived in
    (the import left a redirect from there to our home page)."""
    if request.path_info == "/":
        return True
    home = reverse("articles:home")
    return Redirect.objects.filter(site_id=settings.SITE_ID, old_path=request.path, new_path=home).exists()


def legacy_response(request):
    if not any(parameter in request.GET for parameter in (*LEGACY_PARAMETERS, "feed")):
        return None
    if not is_old_home(request):
        return None
    target = legacy_target(request.GET)
    if target is not None and is_public(target):
        return HttpResponsePermanentRedirect(address_of(target, request.GET))
    if target is None and request.GET.get("feed") and len(request.GET) == 1:
        return HttpResponsePermanentRedirect(reverse("articles:feed"))
    return None


def sized_upload_response(request):
    """A sized copy of an imported upload goes where the upload itself went."""
    match = SIZED_UPLOAD.match(request.path)
    if match is None:
        return None
    original = match["stem"] + match["extension"]
    redirect = Redirect.objects.filter(site_id=settings.SITE_ID, old_path=original).first()
    return HttpResponsePermanentRedirect(redirect.new_path) if redirect and redirect.new_path else None


class LegacyWordPressURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A NUL names nothing, and PostgreSQL refuses it in a query.
        if request.method not in ("GET", "HEAD") or "\x00" in request.path:
            return self.get_response(request)
        response = legacy_response(request) if request.GET else None
        if response is None:
            response = self.get_response(request)
        # After the redirects app (below in MIDDLEWARE) found no row for the exact address.
        if response.status_code == 404:
            response = sized_upload_response(request) or response
        return response
