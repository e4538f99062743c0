"""The site as a WXR 1.2 file that WordPress's own importer accepts, written as it is read."""

import re
from datetime import UTC
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Prefetch
from django.utils import timezone

from articles.models import Article, ArticleAuthor, Author, Image, Section, Tag
from comments.models import Comment
from pages.models import Page
from wordpress.models import WordPressObject

HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- generator="Newsroom" created="{created}" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
"""
FOOTER = "</channel>\n</rss>\n"
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ARTICLE_STATUSES = {Article.Status.PUBLISHED: "publish", Article.Status.PENDING: "pending"}
COMMENT_STATUSES = {"approved": "1", "pending": "0", "spam": "spam", "trash": "trash"}
NO_DATE = "0000-00-00 00:00:00"
# What the import kept of each comment on a page (pages show none here), written back as it came.
KEPT_COMMENT_FIELDS = (
    "comment_author",
    "comment_author_email",
    "comment_author_url",
    "comment_author_IP",
    "comment_date",
    "comment_date_gmt",
    "comment_content",
    "comment_approved",
    "comment_type",
    "comment_user_id",
)


def cdata(value):
    text = NOT_XML.sub("", str(value if value is not None else ""))
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def element(name, value):
    return f"<{name}>{cdata(value)}</{name}>"


def one_line(html):
    """Body HTML without bare newlines, which WordPress's wpautop would turn into <br>."""
    parts = re.split(r"(<pre[\s>].*?</pre>)", html or "", flags=re.IGNORECASE | re.DOTALL)
    return "".join(part if index % 2 else re.sub(r"\s*\n\s*", " ", part) for index, part in enumerate(parts))


def dates(moment):
    if moment is None:
        return NO_DATE, NO_DATE
    local = timezone.localtime(moment)
    return f"{local:%Y-%m-%d %H:%M:%S}", f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}"


class Exporter:
    def __init__(self, stream, site_url, progress=None):
        self.stream = stream
        self.site_url = site_url.rstrip("/")
        self.progress = progress
        self.done = self.total = 0
        self.extras = {}
        # WordPress keeps posts, pages and attachments in one id space; ours are separate tables.
        self.page_offset = Article.objects.aggregate(top=Max("pk"))["top"] or 0
        self.image_offset = self.page_offset + (Page.objects.aggregate(top=Max("pk"))["top"] or 0)
        self.tag_offset = Section.objects.aggregate(top=Max("pk"))["top"] or 0
        self.comment_id = Comment.objects.aggregate(top=Max("pk"))["top"] or 0

    def write(self, text):
        self.stream.write(text + "\n")

    def kept(self, model, pk):
        """What the import kept of a WordPress record (login, e-mail, private status…)."""
        key = ContentType.objects.get_for_model(model).pk
        if key not in self.extras:
            self.extras[key] = dict(
                WordPressObject.objects.filter(content_type_id=key).values_list("object_id", "extra")
            )
        return self.extras[key].get(pk, {})

    def tick(self):
        """One more record written (an author, a term, an item), for the progress bar."""
        self.done += 1
        if self.progress:
            self.progress.update(self.done, self.total, self.done)

    def run(self):
        if self.progress:
            self.total = sum(model.objects.count() for model in (Author, Section, Tag, Image, Article, Page))
        self.write(HEADER.format(created=f"{timezone.now():%Y-%m-%d %H:%M}"))
        self.write(element("title", "Newsroom"))
        self.write(f"<link>{escape(self.site_url)}</link>")
        self.write(f"<pubDate>{format_datetime(timezone.now())}</pubDate>")
        self.write("<wp:wxr_version>1.2</wp:wxr_version>")
        self.write(f"<wp:base_site_url>{escape(self.site_url)}</wp:base_site_url>")
        self.write(f"<wp:base_blog_url>{escape(self.site_url)}</wp:base_blog_url>")
        self.authors()
        self.terms()
        self.images()
        self.articles()
        self.pages()
        self.write(FOOTER)
        if self.progress:
            self.progress.finish(self.done)

    def login(self, author):
        return self.kept(Author, author.pk).get("login") or author.slug

    def authors(self):
        for author in Author.objects.select_related("user").iterator():
            extra = self.kept(Author, author.pk)
            email = extra.get("email") or (author.user.email if author.user else "")
            first, _, last = author.name.partition(" ")
            self.write(
                "<wp:author>"
                f"<wp:author_id>{author.pk}</wp:author_id>"
                + element("wp:author_login", self.login(author))
                + element("wp:author_email", email)
                + element("wp:author_display_name", author.name)
                + element("wp:author_first_name", extra.get("first_name", first))
                + element("wp:author_last_name", extra.get("last_name", last))
                + "</wp:author>"
            )
            self.tick()

    def terms(self):
        slugs = set(Section.objects.values_list("slug", flat=True))
        for section in Section.objects.iterator():
            parent = self.kept(Section, section.pk).get("parent", "")
            self.write(
                f"<wp:category><wp:term_id>{section.pk}</wp:term_id>"
                + element("wp:category_nicename", section.slug)
                + element("wp:category_parent", parent if parent in slugs else "")
                + element("wp:cat_name", section.name)
                + element("wp:category_description", section.description)
                + "</wp:category>"
            )
            self.tick()
        for tag in Tag.objects.iterator():
            self.write(
                f"<wp:tag><wp:term_id>{tag.pk + self.tag_offset}</wp:term_id>"
                + element("wp:tag_slug", tag.slug)
                + element("wp:tag_name", tag.name)
                + "</wp:tag>"
            )
            self.tick()

    def item(
        self,
        *,
        wp_id,
        title,
        link,
        moment,
        creator,
        content,
        excerpt,
        status,
        post_type,
        name,
        extra="",
        parent=0,
    ):
        local, gmt = dates(moment)
        self.write(
            "<item>\n"
            + element("title", title)
            + f"\n<link>{cdata(link)}</link>"
            + (f"\n<pubDate>{format_datetime(moment)}</pubDate>" if moment else "")
            + "\n"
            + element("dc:creator", creator)
            + f'\n<guid isPermaLink="false">{escape(self.site_url)}/?p={wp_id}</guid>'
            + "\n<description></description>\n"
            + element("content:encoded", content)
            + "\n"
            + element("excerpt:encoded", excerpt)
            + f"\n<wp:post_id>{wp_id}</wp:post_id>"
            + f"\n<wp:post_date>{local}</wp:post_date>\n<wp:post_date_gmt>{gmt}</wp:post_date_gmt>"
            + "\n"
            + element("wp:post_name", name)
            + f"\n<wp:status>{status}</wp:status>\n<wp:post_parent>{parent}</wp:post_parent>"
            + f"\n<wp:menu_order>0</wp:menu_order>\n<wp:post_type>{post_type}</wp:post_type>"
            + "\n<wp:post_password></wp:post_password>\n"
            + extra
            + "</item>"
        )
        self.tick()

    def images(self):
        for image in Image.objects.iterator():
            extra = self.kept(Image, image.pk)
            url = self.site_url + image.file.url if image.file else ""
            meta = self.meta("_wp_attached_file", image.file.name) + self.meta(
                "_wp_attachment_image_alt", image.alt_text
            )
            self.item(
                wp_id=image.pk + self.image_offset,
                title=extra.get("title") or image.alt_text,
                link=url,
                moment=image.created_at,
                creator="",
                content="",
                excerpt=image.caption,
                status="inherit",
                post_type="attachment",
                name=f"image-{image.pk}",
                extra=element("wp:attachment_url", url) + "\n" + meta,
            )

    def meta(self, key, value):
        return f"<wp:postmeta>{element('wp:meta_key', key)}{element('wp:meta_value', value)}</wp:postmeta>\n"

    def article_status(self, article):
        if article.status == Article.Status.PUBLISHED:
            return "future" if article.is_scheduled() else "publish"
        if self.kept(Article, article.pk).get("status") == "private":
            return "private"
        return ARTICLE_STATUSES.get(article.status, "draft")

    def articles(self):
        bylines = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
        articles = Article.objects.select_related("section").prefetch_related(bylines, "tags")
        for article in articles.iterator(chunk_size=500):
            authors = article.byline_authors
            terms = "".join(
                f"<category domain={quoteattr(domain)} nicename={quoteattr(slug)}>{cdata(name)}</category>\n"
                for domain, slug, name in [("category", article.section.slug, article.section.name)]
                + [("post_tag", tag.slug, tag.name) for tag in article.tags.all()]
                # Co-Authors Plus's terms, so a shared byline survives the trip (the first is dc:creator).
                + [("author", f"cap-{self.login(a)}", self.login(a)) for a in authors if len(authors) > 1]
            )
            extra = (
                f"<wp:comment_status>{'open' if article.comments_open else 'closed'}</wp:comment_status>\n"
                + "<wp:ping_status>closed</wp:ping_status>\n"
                + f"<wp:is_sticky>{int(article.is_featured)}</wp:is_sticky>\n"
                + terms
            )
            if article.lead_image_id:
                extra += self.meta("_thumbnail_id", article.lead_image_id + self.image_offset)
            extra += self.comments(article)
            self.item(
                wp_id=article.pk,
                title=article.headline,
                link=self.site_url + article.get_absolute_url(),
                moment=article.published_at,
                creator=self.login(authors[0]) if authors else "",
                content=one_line(article.body),
                excerpt=article.standfirst,
                status=self.article_status(article),
                post_type="post",
                name=article.slug,
                extra=extra,
            )

    def comments(self, article):
        parts = []
        for comment in Comment.objects.filter(article=article).order_by("pk"):
            local, gmt = dates(comment.created_at)
            kind = comment.kind
            parts.append(
                "<wp:comment>"
                f"<wp:comment_id>{comment.pk}</wp:comment_id>"
                + element("wp:comment_author", comment.name)
                + element("wp:comment_author_email", comment.email)
                + element("wp:comment_author_url", comment.website)
                + element("wp:comment_author_IP", comment.ip_address or "")
                + f"<wp:comment_date>{local}</wp:comment_date>"
                + f"<wp:comment_date_gmt>{gmt}</wp:comment_date_gmt>"
                + element("wp:comment_content", comment.body)
                + f"<wp:comment_approved>{COMMENT_STATUSES.get(comment.status, '0')}</wp:comment_approved>"
                + f"<wp:comment_type>{'' if kind == 'comment' else kind}</wp:comment_type>"
                + f"<wp:comment_parent>{comment.parent_id or 0}</wp:comment_parent>"
                + "<wp:comment_user_id>0</wp:comment_user_id>"
                + "</wp:comment>\n"
            )
        return "".join(parts)

    def kept_comments(self, comments):
        """A page's comments as the import kept them, numbered after ours (one id space in WordPress)."""
        ids = {}
        for comment in comments:
            self.comment_id += 1
            ids[comment.get("wp:comment_id", "")] = self.comment_id
        parts = []
        for comment in comments:
            meta = "".join(
                "<wp:commentmeta>"
                + element("wp:meta_key", key)
                + element("wp:meta_value", value)
                + "</wp:commentmeta>"
                for key, value in comment.get("meta", {}).items()
            )
            parent = ids.get(comment.get("wp:comment_parent", "0"), 0)
            parts.append(
                f"<wp:comment><wp:comment_id>{ids[comment.get('wp:comment_id', '')]}</wp:comment_id>"
                + "".join(
                    element(f"wp:{name}", comment.get(f"wp:{name}", "")) for name in KEPT_COMMENT_FIELDS
                )
                + f"<wp:comment_parent>{parent}</wp:comment_parent>"
                + meta
                + "</wp:comment>\n"
            )
        return "".join(parts)

    def pages(self):
        for page in Page.objects.iterator():
            kept = self.kept(Page, page.pk)
            comment_status = "open" if kept.get("comment_status") == "open" else "closed"
            if page.is_live:
                # Its own time only: a page under a hidden parent is still published in WordPress's terms.
                status = "future" if page.published_at > timezone.now() else "publish"
            else:
                status = kept.get("status") if kept.get("status") in ("private", "pending") else "draft"
            self.item(
                wp_id=page.pk + self.page_offset,
                title=page.title,
                link=self.site_url + page.get_absolute_url(),
                moment=page.published_at,
                creator="",
                content=one_line(page.body),
                excerpt="",
                status=status,
                post_type="page",
                name=page.slug,
                extra=f"<wp:comment_status>{comment_status}</wp:comment_status>\n"
                + self.kept_comments(kept.get("comments", [])),
                parent=page.parent_id + self.page_offset if page.parent_id else 0,
            )
