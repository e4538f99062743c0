"""Head tags for sharing and search engines: canonical URL, feeds, Open Graph, Twitter and JSON-LD."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.models import Correction

register = template.Library()

# What json_script escapes, so no headline can close the <script> element or open a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
LIST_PAGES = {"section": "section", "tag": "tag", "author": "author"}


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """Every page's canonical link, feed links and social tags, plus JSON-LD on article pages."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    absolute = request.build_absolute_uri
    page = {
        "canonical": canonical_url(context, request),
        "title": context.get("heading") or settings.SITE_NAME,
        "description": settings.SITE_TAGLINE,
        "type": "website",
        "feeds": [
            ("application/rss+xml", f"{settings.SITE_NAME} (RSS)", absolute(reverse("articles:feed"))),
            ("application/atom+xml", f"{settings.SITE_NAME} (Atom)", absolute(reverse("articles:feed_atom"))),
        ],
        "site_name": settings.SITE_NAME,
    }
    subject = getattr(context.get("view"), LIST_PAGES.get(match.url_name, ""), None)
    if match.namespace == "articles" and subject is not None:
        page["title"] = subject.name
        page["description"] = (
            getattr(subject, "description", "") or getattr(subject, "bio", "") or page["description"]
        )
        for kind, label in [("", "RSS"), ("_atom", "Atom")]:
            url = absolute(reverse(f"articles:{match.url_name}_feed{kind}", kwargs={"slug": subject.slug}))
            page["feeds"].append(
                (f"application/{'atom' if kind else 'rss'}+xml", f"{subject.name} ({label})", url)
            )
    article = context.get("article")
    json_ld = ""
    if match.view_name == "articles:detail" and article is not None:
        page.update(article_meta(article, absolute))
        json_ld = json_ld_script(news_article(article, page["canonical"], absolute))
        json_ld += json_ld_script(breadcrumbs(article, page["canonical"], absolute))
    # Both parts are escaped already: the template by autoescaping, the JSON-LD by json_ld_script.
    return mark_safe(render_to_string("includes/_seo_meta.html", page) + json_ld)


def canonical_url(context, request):
    page_obj = context.get("page_obj")
    url = request.build_absolute_uri(request.path)
    if page_obj is not None and page_obj.number > 1 and request.resolver_match.namespace == "articles":
        url += f"?page={page_obj.number}"
    return url


def article_meta(article, absolute):
    meta = {
        "title": article.headline,
        "description": article.standfirst or article.headline,
        "type": "article",
        "published_at": iso(article.published_at),
        "updated_at": iso(article.updated_at),
        "section": article.section.name,
        "tags": [tag.name for tag in article.tags.all()],
    }
    if article.lead_image:
        image = article.lead_image
        meta["image"] = {
            "url": absolute(image.file.url),
            "width": image.width,
            "height": image.height,
            "alt": image.alt_text,
        }
    return meta


def iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def news_article(article, canonical, absolute):
    """schema.org NewsArticle, as Google's article rich results read it."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.standfirst or article.headline,
        "datePublished": iso(article.published_at),
        "dateModified": iso(max(article.updated_at, article.published_at)),
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute(author.get_absolute_url())}
            for author in article.byline_authors
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": settings.SITE_NAME,
            "url": absolute(reverse("articles:home")),
            "logo": {
                "@type": "ImageObject",
                "url": absolute(static("img/logo.png")),
                "width": 512,
                "height": 512,
            },
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if article.lead_image:
        data["image"] = [absolute(article.lead_image.file.url)]
    if article.dateline:
        data["dateline"] = article.dateline
    corrections = [
        {"@type": "CorrectionComment", "text": note.note, "datePublished": iso(note.created_at)}
        for note in article.corrections.all()
        if note.kind == Correction.Kind.CORRECTION
    ]
    if corrections:
        data["correction"] = corrections
    return data


def breadcrumbs(article, canonical, absolute):
    trail = [
        (settings.SITE_NAME, absolute(reverse("articles:home"))),
        (article.section.name, absolute(article.section.get_absolute_url())),
        (article.headline, canonical),
    ]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def json_ld_script(data):
    """`data` as a JSON-LD script element, escaped the way Django's `json_script` escapes."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>\n', mark_safe(payload))
