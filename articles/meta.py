"""What the article pages tell search engines and social sites: the article's Open Graph and JSON-LD,
and the description and feeds of a section's, tag's or author's page."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from articles.models import Correction
from newsroom.links import absolute_url
from pages import organisation
from pages.models import Page
from publishing.meta import feed_links, page_meta

# schema.org's NewsArticle and its subtypes: the types with a `dateline` (an advertiser's article has none).
NEWS_ARTICLE_TYPES = {
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
}


def subject_meta(subject, rss_name, atom_name, description=""):
    """A section's, tag's or author's page: its description (else the site's) and its own feeds."""
    kwargs = {"slug": subject.slug}
    return {
        "description": description or settings.SITE_TAGLINE,
        "feeds": feed_links(
            subject.name, reverse(rss_name, kwargs=kwargs), reverse(atom_name, kwargs=kwargs)
        ),
    }


# What other apps add to a story's structured data: functions (request, article, data) → data. The
# live app makes a live page's LiveBlogPosting carry its coverage times and updates (live/apps.py),
# so the articles app never imports it.
story_data_extensions = []


def article_page_meta(request, article):
    """The article page's head: its Open Graph article, a NewsArticle and its breadcrumbs."""
    canonical = absolute_url(article.get_absolute_url())
    story = news_article(article, canonical)
    for extend in story_data_extensions:
        story = extend(request, article, story)
    return page_meta(
        request,
        path=article.get_absolute_url(),
        title=article.headline,
        description=article.standfirst or article.headline,
        type="article",
        image=image_meta(article.lead_image),
        published_at=iso(article.published_at),
        updated_at=iso(article.updated_at),
        section=article.section.name,
        tags=[tag.name for tag in article.tags.all()],
        json_ld=[story, breadcrumbs(article, canonical)],
    )


def image_meta(image):
    """A lead image as Open Graph describes one; None without one."""
    if not image:
        return None
    return {
        "url": absolute_url(image.file.url),
        "width": image.width,
        "height": image.height,
        "alt": image.alt_text,
    }


def iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def news_article(article, canonical):
    """schema.org NewsArticle (of the story's type: ReportageNewsArticle, OpinionNewsArticle…), as
    Google's article rich results read it."""
    data = {
        "@context": "https://schema.org",
        "@type": article.schema_type,
        "headline": article.headline,
        "description": article.standfirst or article.headline,
        "datePublished": iso(article.published_at),
        "dateModified": iso(max(article.updated_at, article.published_at)),
        "author": [person(author) for author in article.byline_authors],
        "publisher": news_media_organization(),
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "articleSection": article.section.name,
        "inLanguage": article.content_language,
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if not data["author"]:
        del data["author"]  # paid content no journalist of ours wrote: its sponsor says who is behind it
    if article.is_sponsored:
        data["sponsor"] = {"@type": "Organization", "name": article.sponsor}
    if article.backstory:
        data["backstory"] = article.backstory
    if citations := [
        {"@type": "CreativeWork", "name": title, **({"url": address} if address else {})}
        for title, address in article.source_list
    ]:
        data["citation"] = citations
    if article.lead_image:
        data["image"] = [absolute_url(article.lead_image.file.url)]
    if article.dateline_place:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline_place}
    if article.dateline and article.schema_type in NEWS_ARTICLE_TYPES:
        data["dateline"] = article.dateline
    corrections = [
        {"@type": "CorrectionComment", "text": note.note, "datePublished": iso(note.created_at)}
        for note in article.corrections.all()
        if note.kind in Correction.CORRECTING_KINDS
    ]
    if corrections:
        data["correction"] = corrections
    return data


def news_media_organization():
    """The publisher, with its contact points and the URLs of its policies (the Trust Project's
    indicators), from the organisation the editors keep in the admin."""
    publisher = organisation.current()
    data = {
        "@type": "NewsMediaOrganization",
        "name": publisher.name,
        "url": absolute_url(reverse("articles:home")),
        "logo": {"@type": "ImageObject", "url": absolute_url(static("img/logo.png"))},
    }
    if publisher.founded:
        data["foundingDate"] = publisher.founded
    if publisher.contacts:
        data["contactPoint"] = [
            {"@type": "ContactPoint", "contactType": kind, "email": email}
            for kind, email in publisher.contacts
        ]
    for policy, _title, path in publisher.policies:
        data[Page.SCHEMA_PROPERTIES[policy]] = absolute_url(path)
    return data


def person(author):
    """schema.org Person for a byline or an author's page: what they do, cover and speak, and where else
    they are (only what the author's profile says)."""
    data = {"@type": "Person", "name": author.name, "url": absolute_url(author.get_absolute_url())}
    facts = {
        "jobTitle": author.title,
        "knowsAbout": author.beats,
        "knowsLanguage": author.language_list,
        "workLocation": author.based_in and {"@type": "Place", "name": author.based_in},
        "email": author.public_email and f"mailto:{author.public_email}",
        "sameAs": author.links,
    }
    return data | {name: value for name, value in facts.items() if value}


def web_site():
    """The front page's schema.org WebSite: the site and the newsroom that publishes it."""
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "description": settings.SITE_TAGLINE,
        "url": absolute_url(reverse("articles:home")),
        "inLanguage": settings.LANGUAGE_CODE,
        "publisher": news_media_organization(),
    }


def author_profile_page(author):
    """The author's page as schema.org ProfilePage, its subject the Person."""
    return {"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": person(author)}


def breadcrumbs(article, canonical):
    trail = [
        (settings.SITE_NAME, absolute_url(reverse("articles:home"))),
        (article.section.name, absolute_url(article.section.get_absolute_url())),
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
