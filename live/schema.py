"""A live page's structured data: schema.org LiveBlogPosting with its coverage times and updates."""

from articles.meta import iso, person
from live.pages import PAGE_PARAMETER, live_page
from newsroom.links import absolute_url
from publishing.html import html_to_text


def live_blog_posting(request, article, data):
    """Registered in articles.meta.story_data_extensions: the updates shown on the page, each a
    BlogPosting at its own place on the page."""
    page = live_page(article, request.GET.get(PAGE_PARAMETER, 1))
    if page is None:
        return data
    coverage = page.coverage
    canonical = absolute_url(article.get_absolute_url())
    data = data | {"coverageStartTime": iso(coverage.began_at if coverage else article.published_at)}
    if coverage and coverage.is_closed:
        data["coverageEndTime"] = iso(coverage.closed_at)
    data["liveBlogUpdate"] = [update(entry, canonical) for entry in page.shown]
    if changes := [entry.edited_at or entry.published_at for entry in page.shown]:
        # A live page changes with each update, not only when its own text is edited.
        data["dateModified"] = iso(max(article.updated_at, article.published_at, *changes))
    return data


def update(entry, canonical):
    data = {
        "@type": "BlogPosting",
        "headline": str(entry),
        "articleBody": html_to_text(entry.body).strip(),
        "datePublished": iso(entry.published_at),
        "dateModified": iso(entry.edited_at or entry.published_at),
        "url": f"{canonical}#{entry.anchor}",
    }
    if authors := [person(author) for author in entry.authors.all()]:
        data["author"] = authors
    if entry.image:
        data["image"] = [absolute_url(entry.image.file.url)]
    return data
