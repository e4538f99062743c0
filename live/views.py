from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from live.models import Coverage, Entry
from live.pages import PAGE_PARAMETER, page_of
from pagecache.store import article_key, depends_on

# The largest id the database stores (a signed 64-bit integer); past it, there is no such row.
MAX_ID = 2**63 - 1


def parse_id(value):
    """An entry id from the query string (0 for none), or None for anything else."""
    try:
        number = int(value or 0)
    except ValueError:
        return None
    return number if 0 <= number <= MAX_ID else None


@require_safe
def new_entries(request, article_id):
    """The entries of a public live page newer than ?after=<entry id>: an HTML fragment its script adds
    to the page. Cached like a page (pagecache/), so a reader polling it gets 304 until one is added."""
    after = parse_id(request.GET.get("after"))
    if after is None or article_id > MAX_ID:
        raise Http404("No such live page or entry.")
    coverage = get_object_or_404(Coverage.objects.public().select_related("article"), article_id=article_id)
    depends_on(request, article_key(article_id))
    entries = list(Entry.objects.filter(coverage=coverage).newer_than(after).for_page())
    context = {
        "coverage": coverage,
        "entries": entries,
        "newest": max((entry.pk for entry in entries), default=after),
        "article_url": coverage.article.get_absolute_url(),
    }
    return TemplateResponse(request, "live/new_entries.html", context)


@require_safe
def permalink(request, pk):
    """An entry's lasting address: the page of its live page that shows it, at its place."""
    entry = get_object_or_404(Entry.objects.public().select_related("coverage__article"), pk=pk)
    page = page_of(entry)
    query = f"?{PAGE_PARAMETER}={page}" if page > 1 else ""
    return redirect(f"{entry.coverage.article.get_absolute_url()}{query}#{entry.anchor}")
