"""WXR records into Newsroom objects: one small function per kind of record, run by `Importer.run`.

Every object made remembers its WordPress id (`WordPressObject`) with a fingerprint of the record
it came from, so a second run of the same export finds everything unchanged and writes nothing,
and a newer export updates what changed.
"""

import hashlib
import html
import ipaddress
import json
import os
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from articles.models import Article, ArticleAuthor, Author, Image, Section, Tag
from comments.models import Comment, avatar_key
from comments.signals import comments_changed
from pages.models import Page
from publishing.slugs import slug_for, unique_slug
from search import index as search_index
from wordpress import wxr
from wordpress.conversion import plain_text, post_html
from wordpress.models import WordPressObject
from wordpress.report import Report

Kind = WordPressObject.Kind

POST_STATUSES = {
    "publish": Article.Status.PUBLISHED,
    "future": Article.Status.PUBLISHED,  # with its future time: scheduled, appears by itself then
    "draft": Article.Status.DRAFT,
    "pending": Article.Status.PENDING,
    "private": Article.Status.DRAFT,  # we have no "private": draft is the nearest thing never public
}
SKIPPED_POST_STATUSES = {"trash", "auto-draft", "inherit"}
COMMENT_STATUSES = {
    "1": "approved",
    "0": "pending",
    "spam": "spam",
    "trash": "trash",
    "post-trashed": "trash",
}
COMMENT_KINDS = {"": "comment", "comment": "comment", "pingback": "pingback", "trackback": "trackback"}
UNCATEGORIZED = "uncategorized"


class DryRunRollback(Exception):
    """Raised at the end of a dry run to roll the one transaction back."""


def fingerprint(record):
    return hashlib.sha1(
        json.dumps(record, sort_keys=True, default=str).encode(), usedforsecurity=False
    ).hexdigest()


def parse_gmt(value):
    """A WXR "YYYY-MM-DD HH:MM:SS" UTC time, or None for "0000-00-00…" and anything broken."""
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_local(value):
    """A WXR local time (post_date), read in the site's time zone."""
    moment = parse_gmt(value)
    return timezone.make_aware(moment.replace(tzinfo=None)) if moment else None


def parse_rfc822(value):
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def redirectable_path(old_url):
    """The path of an old address a Redirect row can hold: not a query-string link (?p=12, whose
    path is the home page's) and not too long for the row."""
    old = urlsplit(old_url or "")
    if old.query or old.path in ("", "/") or len(old.path) > 200:
        return None
    return old.path


def not_imported(error):
    """The skip reason for a record that failed on its own (a broken value, a database error)."""
    return gettext("could not be imported (%(type)s: %(error)s)") % {
        "type": type(error).__name__,
        "error": error,
    }


class Importer:
    def __init__(self, media_dir=None, default_author=None, progress=None):
        self.report = Report()
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.default_author_name = default_author
        self.progress = progress
        self.authors = {}  # login → Author
        self.sections = {}  # category nicename → Section
        self.category_parents = {}  # category nicename → parent nicename
        self.tags = {}  # tag slug → Tag
        self.thumbnails = {}  # article pk → attachment wp id, linked once every attachment is in
        self.page_parents = {}  # page wp id → (page, parent wp id, old link), linked once every page is in
        self.base = ""  # the old site's path ("/news" for a site at example.com/news/), set by the channel
        self.handlers = {
            "channel": self.read_channel,
            "wp:author": self.import_author,
            "wp:category": self.import_category,
            "wp:tag": self.import_tag,
            "wp:term": self.import_term,
            "item": self.import_item,
        }

    def run(self, path, dry_run=False):
        """Import the export at `path` in one transaction (rolled back for a dry run)."""
        records = 0
        try:
            # Search indexing waits for the end of the import, then runs in one batch.
            with open(path, "rb") as handle, transaction.atomic(), search_index.deferred():
                size = os.fstat(handle.fileno()).st_size
                for record_type, record in wxr.read(handle):
                    self.handlers[record_type](record)
                    records += 1
                    if self.progress:  # how far the parser has read: the file is read in order, once
                        self.progress.update(handle.tell(), size, records)
                self.link_lead_images()
                self.link_page_parents()
                if self.progress:
                    self.progress.finish(records)
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
        return self.report

    # Shared steps -------------------------------------------------------------------------------

    def guarded(self, kind, wp_id, function, *args):
        """Run one record's import in a savepoint: a bad record is reported and the rest goes on."""
        try:
            with transaction.atomic():
                return function(*args)
        except ValidationError as error:
            self.report.skip(
                kind, wp_id, gettext("refused: %(errors)s") % {"errors": " ".join(error.messages)}
            )
        except Exception as error:  # a broken record must not stop a long import
            self.report.skip(kind, wp_id, not_imported(error))
        return None

    def sync(self, kind, wp_id, model, record, build, adopt=None):
        """Create or update the object for one record; leave it alone when the record is unchanged."""
        checksum = fingerprint(record)
        mapping = WordPressObject.objects.filter(kind=kind, wp_id=wp_id).first()
        existing = model._default_manager.filter(pk=mapping.object_id).first() if mapping else None
        if existing is not None and mapping.checksum == checksum:
            self.report.count(kind, "unchanged")
            return existing
        created = existing is None
        if created and adopt is not None:
            existing = adopt()  # an object of ours with the same slug takes the WordPress record
        obj, extra = build(existing)
        WordPressObject.objects.update_or_create(
            kind=kind,
            wp_id=wp_id,
            defaults={
                "content_type": ContentType.objects.get_for_model(model),
                "object_id": obj.pk,
                "checksum": checksum,
                "extra": extra,
            },
        )
        self.report.count(kind, "created" if created and existing is None else "updated")
        return obj

    def redirect(self, old_url, new_url):
        """A permanent redirect from an old WordPress path (query-string links go via the middleware)."""
        old_path = redirectable_path(old_url)
        if old_path is None or old_path == new_url:
            return
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old_path, defaults={"new_path": new_url}
        )

    def redirect_if_public(self, old_url, obj):
        """Its old address to an article or page that readers may see; a redirect the import made
        before to one that is no longer public goes (it would name a hidden page's address)."""
        if obj.is_published():
            self.redirect(old_url, obj.get_absolute_url())
        elif redirectable_path(old_url) is not None:
            Redirect.objects.filter(site_id=settings.SITE_ID, old_path=redirectable_path(old_url)).delete()

    def redirect_with_feed(self, old_path, obj, feed_route):
        """An archive's old address and its feed's (WordPress's …/feed/) to ours."""
        self.redirect(f"{self.base}{old_path}", obj.get_absolute_url())
        self.redirect(f"{self.base}{old_path}feed/", reverse(feed_route, kwargs={"slug": obj.slug}))

    def read_channel(self, fields):
        """The old site's own path: a site in a subfolder (example.com/news) keeps it in every link."""
        address = fields.get("link") or fields.get("wp:base_blog_url") or fields.get("wp:base_site_url")
        self.base = unquote(urlsplit(address or "").path).rstrip("/")
        if self.base:
            self.redirect(f"{self.base}/", reverse("articles:home"))
        for old, route in [
            ("feed/", "articles:feed"),
            ("feed/rss2/", "articles:feed"),
            ("feed/atom/", "articles:feed_atom"),
        ]:
            self.redirect(f"{self.base}/{old}", reverse(route))

    # Authors, categories, tags -----------------------------------------------------------------

    def import_author(self, fields):
        login = fields.get("wp:author_login", "")
        if not login:
            self.report.skip(Kind.AUTHOR, "?", gettext("no login"))
            return None
        author = self.guarded(Kind.AUTHOR, login, self.sync_author, login, fields)
        if author is not None:
            self.authors[login] = author
        return author

    def sync_author(self, login, fields):
        names = " ".join(
            filter(None, [fields.get("wp:author_first_name"), fields.get("wp:author_last_name")])
        )
        name = fields.get("wp:author_display_name") or names or login

        def build(author):
            if author is None or fields.get("wp:author_display_name") or names:
                author = author or Author(slug=unique_slug(Author, login, None, 200))
                author.name = html.unescape(name)[:200]
            author.save()
            self.redirect_with_feed(f"/author/{login}/", author, "articles:author_feed")
            # Private: kept for export_wordpress, never shown. Passwords are not in WXR at all.
            extra = {
                "login": login,
                "email": fields.get("wp:author_email", ""),
                "first_name": fields.get("wp:author_first_name", ""),
                "last_name": fields.get("wp:author_last_name", ""),
                "author_id": fields.get("wp:author_id", ""),
            }
            return author, extra

        adopt = lambda: Author.objects.filter(slug=slug_for(login)).first()  # noqa: E731
        return self.sync(Kind.AUTHOR, login, Author, fields, build, adopt)

    def author_for(self, login, item_kind, item_id):
        """The byline for an item's dc:creator; unknown creators are reported, never dropped."""
        if login in self.authors:
            return self.authors[login]
        # Hand-edited exports carry stray characters (">themereviewteam"); match on the slug.
        same = next((known for known in self.authors if known and slug_for(known) == slug_for(login)), None)
        if same is not None:
            self.report.problem(
                item_kind,
                item_id,
                gettext("author %(login)r read as %(same)r") % {"login": login, "same": same},
            )
            self.authors[login] = self.authors[same]
            return self.authors[same]
        mapping = WordPressObject.objects.filter(kind=Kind.AUTHOR, wp_id=login).first() if login else None
        known = Author.objects.filter(pk=mapping.object_id).first() if mapping else None
        if known is not None:  # a guest author named later in the file, met on an earlier run
            self.authors[login] = known
            return known
        if login and not self.default_author_name:
            self.report.problem(
                item_kind,
                item_id,
                gettext("author %(login)r is not in the export; created from dc:creator") % {"login": login},
            )
            author = self.import_author({"wp:author_login": login})
        else:
            name = self.default_author_name or gettext("Unknown author")
            self.report.problem(
                item_kind,
                item_id,
                gettext("author %(login)r unknown; credited to %(name)r") % {"login": login, "name": name},
            )
            author = Author.objects.filter(name=name).first() or Author.objects.create(name=name)
        self.authors[login] = author
        return author

    def authors_for(self, item, wp_id):
        """Every byline of a post, in order: Co-Authors Plus `author` terms, else its dc:creator."""
        logins = [
            name or unquote(nicename).removeprefix("cap-")
            for domain, nicename, name in item.terms
            if domain == "author" and (name or nicename)
        ]
        authors = []
        for login in logins or [item.get("dc:creator")]:
            author = self.author_for(login, Kind.POST, wp_id)
            if author not in authors:
                authors.append(author)
        return authors

    def import_guest_author(self, item, wp_id):
        """A Co-Authors Plus guest author (a byline with no WordPress account) becomes an author."""
        meta = item.meta
        login = meta.get("cap-user_login") or unquote(item.get("wp:post_name")).removeprefix("cap-")
        self.import_author(
            {
                "wp:author_login": login,
                "wp:author_display_name": meta.get("cap-display_name") or item.get("title"),
                "wp:author_first_name": meta.get("cap-first_name", ""),
                "wp:author_last_name": meta.get("cap-last_name", ""),
                "wp:author_email": meta.get("cap-user_email", ""),
            }
        )

    def import_category(self, fields):
        nicename = unquote(fields.get("wp:category_nicename", ""))
        wp_id = fields.get("wp:term_id") or nicename
        if not nicename:
            self.report.skip(Kind.CATEGORY, wp_id or "?", gettext("no slug (category_nicename)"))
            return
        parent = unquote(fields.get("wp:category_parent", ""))
        self.category_parents[nicename] = parent
        section = self.guarded(Kind.CATEGORY, wp_id, self.sync_category, wp_id, nicename, parent, fields)
        if section is not None:
            self.sections[nicename] = section

    def category_path(self, nicename):
        """WordPress's /category/parent/child/ path (parents are flattened into sections of their own)."""
        parts, seen = [], set()
        while nicename and nicename not in seen:
            seen.add(nicename)
            parts.insert(0, nicename)
            nicename = self.category_parents.get(nicename, "")
        return "/".join(parts)

    def sync_category(self, wp_id, nicename, parent, fields):
        slug = slug_for(nicename) or slug_for(fields.get("wp:cat_name", "")) or f"category-{wp_id}"

        def build(section):
            section = section or Section(slug=unique_slug(Section, slug, None, 100))
            section.name = html.unescape(fields.get("wp:cat_name") or nicename)[:100]
            section.description = fields.get("wp:category_description", "")
            section.save()
            self.redirect_with_feed(
                f"/category/{self.category_path(nicename)}/", section, "articles:section_feed"
            )
            return section, {"slug": nicename, "parent": parent}

        if parent:
            self.report.problem(
                Kind.CATEGORY,
                wp_id,
                gettext("child of %(parent)r; flattened into its own section") % {"parent": parent},
            )
        adopt = lambda: Section.objects.filter(slug=slug).first()  # noqa: E731
        record = {
            "slug": nicename,
            "parent": parent,
            "name": fields.get("wp:cat_name", ""),
            "description": fields.get("wp:category_description", ""),
        }
        return self.sync(Kind.CATEGORY, wp_id, Section, record, build, adopt)

    def import_tag(self, fields):
        raw_slug = unquote(fields.get("wp:tag_slug", ""))
        if not raw_slug:
            self.report.skip(Kind.TAG, fields.get("wp:term_id", "?"), gettext("no slug"))
            return
        name = html.unescape(fields.get("wp:tag_name") or raw_slug)
        tag = self.guarded(Kind.TAG, raw_slug, self.sync_tag, raw_slug, name)
        if tag is not None:
            self.tags[raw_slug] = tag

    def sync_tag(self, raw_slug, name):
        slug = slug_for(raw_slug) or slug_for(name) or "tag"

        def build(tag):
            tag = tag or Tag(slug=unique_slug(Tag, slug, None, 100))
            tag.name = name[:100]
            tag.save()
            self.redirect_with_feed(f"/tag/{raw_slug}/", tag, "articles:tag_feed")
            return tag, {"slug": raw_slug}

        adopt = lambda: Tag.objects.filter(slug=slug).first()  # noqa: E731
        return self.sync(Kind.TAG, raw_slug, Tag, {"slug": raw_slug, "name": name}, build, adopt)

    def import_term(self, fields):
        """WXR 1.2's generic <wp:term>: categories and tags in it are imported like the dedicated ones."""
        taxonomy = fields.get("wp:term_taxonomy", "?")
        if taxonomy == "category":
            self.import_category(
                {
                    "wp:term_id": fields.get("wp:term_id", ""),
                    "wp:category_nicename": fields.get("wp:term_slug", ""),
                    "wp:category_parent": fields.get("wp:term_parent", ""),
                    "wp:cat_name": fields.get("wp:term_name", ""),
                    "wp:category_description": fields.get("wp:term_description", ""),
                }
            )
        elif taxonomy == "post_tag":
            self.import_tag(
                {"wp:tag_slug": fields.get("wp:term_slug", ""), "wp:tag_name": fields.get("wp:term_name")}
            )
        elif taxonomy != "author":  # co-author terms (Co-Authors Plus) are read from each post's terms
            reason = gettext("taxonomy %(taxonomy)r is not imported") % {"taxonomy": taxonomy}
            self.report.skip("term", fields.get("wp:term_id", "?"), reason)

    def section_for(self, item, item_id):
        """The first real category of a post becomes its section (Newsroom has one per article)."""
        categories = [nicename for domain, nicename, _ in item.terms if domain == "category"]
        names = {unquote(nicename): name for domain, nicename, name in item.terms if domain == "category"}
        chosen = next((unquote(c) for c in categories if unquote(c) != UNCATEGORIZED), None)
        if chosen is None:
            chosen = unquote(categories[0]) if categories else UNCATEGORIZED
        if len(categories) > 1:
            self.report.problem(
                "post",
                item_id,
                gettext("%(count)d categories; section is %(chosen)r")
                % {"count": len(categories), "chosen": chosen},
            )
        if chosen not in self.sections:
            self.import_category(
                {"wp:category_nicename": chosen, "wp:cat_name": names.get(chosen, gettext("Uncategorized"))}
            )
        return self.sections[chosen]

    def tags_for(self, item):
        tags = []
        for domain, nicename, name in item.terms:
            if domain not in ("post_tag", "tag") or not nicename:
                continue
            slug = unquote(nicename)
            if slug not in self.tags:
                self.report.problem(
                    "tag", slug, gettext("used by a post but not declared in the export; created")
                )
                self.import_tag({"wp:tag_slug": slug, "wp:tag_name": name})
            if slug in self.tags:
                tags.append(self.tags[slug])
        return tags

    # Items: posts, pages, attachments ----------------------------------------------------------

    def import_item(self, item):
        post_type = item.get("wp:post_type")
        wp_id = item.get("wp:post_id") or "?"
        handler = {
            "post": self.import_post,
            "page": self.import_page,
            "attachment": self.import_attachment,
            "guest-author": self.import_guest_author,
        }
        if post_type not in handler:
            reason = gettext("post type %(post_type)r is not imported") % {"post_type": post_type}
            self.report.skip(post_type or "item", wp_id, reason)
            return
        if item.get("wp:status") in SKIPPED_POST_STATUSES and post_type != "attachment":
            reason = gettext("status %(status)r is not imported") % {"status": item.get("wp:status")}
            self.report.skip(post_type, wp_id, reason)
            return
        handler[post_type](item, wp_id)

    def item_record(self, item):
        return {"fields": item.fields, "terms": item.terms, "meta": item.meta}

    def item_date(self, item, kind, wp_id):
        moment = (
            parse_gmt(item.get("wp:post_date_gmt"))
            or parse_local(item.get("wp:post_date"))
            or parse_rfc822(item.get("pubDate"))
        )
        if moment is None and item.get("wp:status") in ("publish", "future"):
            self.report.problem(kind, wp_id, gettext("no usable date; imported as a draft"))
        return moment

    def title_for(self, item, kind, wp_id):
        title = item.get("title")
        if not title:
            title = gettext("Untitled (WordPress %(kind)s %(wp_id)s)") % {"kind": kind, "wp_id": wp_id}
            self.report.problem(kind, wp_id, gettext("missing title; used %(title)r") % {"title": title})
        return title

    def import_post(self, item, wp_id):
        article = self.guarded(Kind.POST, wp_id, self.sync_post, item, wp_id)
        if article is None:
            return
        if item.meta.get("_thumbnail_id"):
            self.thumbnails[article.pk] = item.meta["_thumbnail_id"]
        self.import_comments(item, article)

    def sync_post(self, item, wp_id):
        def build(article):
            wp_status = item.get("wp:status")
            status = POST_STATUSES.get(wp_status)
            if status is None:
                self.report.problem(
                    Kind.POST,
                    wp_id,
                    gettext("unknown status %(status)r; imported as a draft") % {"status": wp_status},
                )
                status = Article.Status.DRAFT
            if wp_status == "private":
                self.report.problem(Kind.POST, wp_id, gettext("private; imported as a draft (never public)"))
            published_at = self.item_date(item, Kind.POST, wp_id)
            if published_at is None:
                status = Article.Status.DRAFT
            title = self.title_for(item, Kind.POST, wp_id)
            article = article or Article()
            article.headline = title[:300]
            article.standfirst = plain_text(item.get("excerpt:encoded"))
            article.body = post_html(item.get("content:encoded"))
            article.section = self.section_for(item, wp_id)
            article.status = status
            article.published_at = published_at
            article.comments_open = item.get("wp:comment_status") == "open"
            article.is_featured = item.get("wp:is_sticky") == "1"
            article.clean()  # the publication day first: a slug need only be unique on its day
            slug_source = unquote(item.get("wp:post_name")) or title
            article.slug = unique_slug(Article, slug_source, article.pk, 255, article.slug_scope())
            article.save()
            authors = self.authors_for(item, wp_id)
            article.bylines.exclude(author__in=authors).delete()
            for position, author in enumerate(authors):
                ArticleAuthor.objects.update_or_create(
                    article=article, author=author, defaults={"position": position}
                )
            article.tags.set(self.tags_for(item))
            self.redirect_if_public(item.get("link"), article)
            categories = [unquote(n) for domain, n, _ in item.terms if domain == "category"]
            return article, {"status": wp_status, "link": item.get("link"), "categories": categories}

        return self.sync(Kind.POST, wp_id, Article, self.item_record(item), build)

    def import_page(self, item, wp_id):
        page = self.guarded(Kind.PAGE, wp_id, self.sync_page, item, wp_id)
        if page is not None:
            self.page_parents[wp_id] = (page, item.get("wp:post_parent", "0"), item.get("link"))
        if page is not None and item.comments:
            self.report.problem(
                Kind.PAGE,
                wp_id,
                ngettext(
                    "%(count)d comment kept with the page for export_wordpress; pages do not show comments",
                    "%(count)d comments kept with the page for export_wordpress; pages do not show comments",
                    len(item.comments),
                )
                % {"count": len(item.comments)},
            )

    def sync_page(self, item, wp_id):
        def build(page):
            title = self.title_for(item, Kind.PAGE, wp_id)
            page = page or Page()
            page.slug = unique_slug(Page, unquote(item.get("wp:post_name")) or title, page.pk, 255)
            page.title = title[:300]
            page.body = post_html(item.get("content:encoded"))
            page.published_at = self.item_date(item, Kind.PAGE, wp_id)
            page.is_live = item.get("wp:status") in ("publish", "future") and page.published_at is not None
            page.save()
            extra = {
                "status": item.get("wp:status"),
                "link": item.get("link"),
                "parent": item.get("wp:post_parent"),
                "comment_status": item.get("wp:comment_status"),
                # Kept whole (threads, pingbacks) so nothing is lost: never shown, written back on export.
                "comments": item.comments,
            }
            return page, extra

        record = self.item_record(item) | {"comments": item.comments}
        return self.sync(Kind.PAGE, wp_id, Page, record, build)

    def link_page_parents(self):
        """wp:post_parent makes the page tree once every page is in (a parent may come after its
        child); a parent that is missing, or that would make a loop, leaves the page at the top."""
        for wp_id, (page, parent_id, _link) in self.page_parents.items():
            parent = self.page_parents.get(parent_id, (None,))[0]
            for known in filter(None, [page, parent]):  # paths move with a parent saved before them
                known.refresh_from_db(fields=["path"])
            if parent_id not in ("", "0") and parent is None:
                self.report.problem(
                    Kind.PAGE,
                    wp_id,
                    gettext("parent page %(parent)s is not in the export; kept at the top")
                    % {"parent": parent_id},
                )
            elif parent is not None and page.is_above(parent):
                self.report.problem(
                    Kind.PAGE,
                    wp_id,
                    gettext("parent page %(parent)s would make a loop; kept at the top")
                    % {"parent": parent_id},
                )
                parent = None
            if page.parent_id != (parent.pk if parent else None):
                page.parent = parent
                self.guarded(Kind.PAGE, wp_id, page.save)
        for page, _parent, link in self.page_parents.values():
            page.refresh_from_db(fields=["path"])  # moved with its parent
            self.redirect_if_public(link, page)

    def attachment_source(self, item):
        """The attachment's file under --media-dir (a copy of wp-content/uploads), or a reason why not."""
        if self.media_dir is None:
            return None, gettext("no --media-dir given")
        relative = item.meta.get("_wp_attached_file", "")
        if not relative:
            url_path = unquote(urlsplit(item.get("wp:attachment_url")).path)
            relative = url_path.split("/uploads/", 1)[-1].lstrip("/")
        source = (self.media_dir / relative).resolve()
        if not source.is_relative_to(self.media_dir):
            return None, gettext("file path points outside --media-dir")
        if not source.is_file():
            return None, gettext("file not found under --media-dir")
        return source, ""

    def import_attachment(self, item, wp_id):
        source, reason = self.attachment_source(item)
        if source is None:
            self.report.skip(Kind.ATTACHMENT, wp_id, reason)
            return
        self.guarded(Kind.ATTACHMENT, wp_id, self.sync_attachment, item, wp_id, source)

    def sync_attachment(self, item, wp_id, source):
        def build(image):
            if image is None:
                image = Image()
                with source.open("rb") as handle:
                    # Checked and re-encoded by the field, as every upload is: camera metadata (GPS…) dropped.
                    image.file.save(source.name, File(handle), save=False)
            title = item.get("title")
            image.alt_text = (item.meta.get("_wp_attachment_image_alt") or title or source.stem)[:300]
            image.caption = plain_text(item.get("excerpt:encoded"))[:500]
            image.save()
            # The attachment page and the file itself (sized copies are matched by the middleware).
            self.redirect(item.get("link"), image.file.url)
            self.redirect(item.get("wp:attachment_url"), image.file.url)
            return image, {"title": title, "url": item.get("wp:attachment_url"), "file": str(source.name)}

        return self.sync(Kind.ATTACHMENT, wp_id, Image, self.item_record(item), build)

    def link_lead_images(self):
        """Featured images (_thumbnail_id) become lead images once all attachments are in."""
        images = dict(
            WordPressObject.objects.filter(
                kind=Kind.ATTACHMENT, wp_id__in=set(self.thumbnails.values())
            ).values_list("wp_id", "object_id")
        )
        for article_pk, attachment_id in self.thumbnails.items():
            if attachment_id in images:
                Article.objects.filter(pk=article_pk).exclude(lead_image_id=images[attachment_id]).update(
                    lead_image_id=images[attachment_id]
                )

    # Comments ----------------------------------------------------------------------------------

    def import_comments(self, item, article):
        """A post's comments, parents before replies, in a few bulk queries per post."""
        if not item.comments:
            return
        remaining = {comment.get("wp:comment_id", ""): comment for comment in item.comments}
        mappings = {
            mapping.wp_id: mapping
            for mapping in WordPressObject.objects.filter(kind=Kind.COMMENT, wp_id__in=list(remaining))
        }
        alive = set(
            Comment.objects.filter(pk__in=[m.object_id for m in mappings.values()]).values_list(
                "pk", flat=True
            )
        )
        pks = {}  # wp comment id → our pk
        while remaining:
            ready = [c for c in remaining.values() if c.get("wp:comment_parent", "0") not in remaining]
            if not ready:  # a cycle of parents: break it rather than loop
                ready = list(remaining.values())
            try:
                with transaction.atomic():
                    self.save_comments(ready, article, mappings, alive, pks)
            except Exception as error:  # one broken batch must not stop a long import
                for comment in ready:
                    self.report.skip(Kind.COMMENT, comment.get("wp:comment_id", "?"), not_imported(error))
            for comment in ready:
                remaining.pop(comment.get("wp:comment_id", ""), None)

    def save_comments(self, batch, article, mappings, alive, pks):
        content_type = ContentType.objects.get_for_model(Comment)
        new = []
        for comment in batch:
            wp_id = comment.get("wp:comment_id", "")
            parent = comment.get("wp:comment_parent", "0")
            parent_pk, root_pk, depth = pks.get(parent, (None, None, 0))
            if parent not in ("", "0") and parent_pk is None:
                self.report.problem(
                    Kind.COMMENT,
                    wp_id,
                    gettext("parent %(parent)s is missing; imported as a top-level comment")
                    % {"parent": parent},
                )
            fields = self.comment_fields(comment, article, wp_id)
            if fields is None:
                continue
            # Set here because bulk_create skips Comment.save(), which would otherwise fill them.
            fields |= {"parent_id": parent_pk, "root_id": root_pk or parent_pk, "depth": depth + 1}
            checksum = fingerprint({"comment": comment, "article": article.pk, "parent": parent_pk})
            mapping = mappings.get(wp_id)
            if mapping is not None and mapping.object_id in alive:
                pks[wp_id] = (mapping.object_id, root_pk or parent_pk or mapping.object_id, depth + 1)
                if mapping.checksum == checksum:
                    self.report.count(Kind.COMMENT, "unchanged")
                    continue
                Comment.objects.filter(pk=mapping.object_id).update(**fields)
                mapping.checksum = checksum
                mapping.save(update_fields=["checksum", "imported_at"])
                self.report.count(Kind.COMMENT, "updated")
            else:
                new.append((wp_id, Comment(**fields), checksum, mapping))
        # bulk_create skips save() and signals on purpose: importing must not notify anyone.
        Comment.objects.bulk_create([comment for _, comment, _, _ in new])
        comments_changed.send(sender=Comment, article_ids={article.pk})
        fresh = []
        for wp_id, comment, checksum, mapping in new:
            pks[wp_id] = (comment.pk, comment.root_id or comment.pk, comment.depth)
            if mapping is not None:  # its comment was deleted here; the import brings it back
                mapping.object_id, mapping.checksum = comment.pk, checksum
                mapping.save(update_fields=["object_id", "checksum", "imported_at"])
            else:
                fresh.append(
                    WordPressObject(
                        kind=Kind.COMMENT,
                        wp_id=wp_id,
                        content_type=content_type,
                        object_id=comment.pk,
                        checksum=checksum,
                    )
                )
            self.report.count(Kind.COMMENT, "created")
        WordPressObject.objects.bulk_create(fresh)

    def comment_fields(self, comment, article, wp_id):
        comment_type = comment.get("wp:comment_type", "")
        kind = COMMENT_KINDS.get(comment_type)
        if kind is None:
            reason = gettext("comment type %(type)r is not imported") % {"type": comment_type}
            self.report.skip(Kind.COMMENT, wp_id, reason)
            return None
        approved = comment.get("wp:comment_approved", "")
        status = COMMENT_STATUSES.get(approved)
        if status is None:
            self.report.problem(
                Kind.COMMENT,
                wp_id,
                gettext("unknown status %(status)r; held as pending") % {"status": approved},
            )
            status = "pending"
        created_at = parse_gmt(comment.get("wp:comment_date_gmt")) or parse_local(
            comment.get("wp:comment_date")
        )
        if created_at is None:
            self.report.problem(Kind.COMMENT, wp_id, gettext("no usable date; dated now"))
            created_at = timezone.now()
        website = comment.get("wp:comment_author_url", "")
        return {
            "article": article,
            # WordPress stores names entity-encoded ("Ping 1 &laquo; What&#8217;s"); our templates escape.
            "name": html.unescape(comment.get("wp:comment_author") or gettext("Anonymous"))[:245],
            "email": comment.get("wp:comment_author_email", "")[:100],
            "website": website[:200] if website.startswith(("http://", "https://")) else "",
            "body": plain_text(comment.get("wp:comment_content")),
            "status": status,
            "kind": kind,
            "ip_address": valid_ip(comment.get("wp:comment_author_IP", "")),
            "created_at": created_at,
            "avatar_key": avatar_key(comment.get("wp:comment_author_email", "")),
        }
