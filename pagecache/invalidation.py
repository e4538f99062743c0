"""What each change makes stale. Every bump happens at once and again when the transaction commits:
a page built in between, from data not yet committed, must not outlive the change."""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from articles.models import Article, ArticleAuthor, Author, Correction, Image, Section, Tag, WorkType
from comments.models import Comment, DiscussionSettings
from comments.signals import comments_changed
from live import banners
from live.models import Banner, Coverage, Entry
from pagecache import edges, store
from pages.models import Organisation, Page

UID = "pagecache"
logger = logging.getLogger(__name__)


def bump(*keys, schedule_changed=False):
    bump_now(keys, schedule_changed)
    transaction.on_commit(lambda: bump_now(keys, schedule_changed))
    edges.purge_after_commit(keys)


def bump_now(keys, schedule_changed):
    try:
        if schedule_changed:  # an article or page may now be scheduled, or no longer
            store.forget_next_publication()
        store.bump(*keys)
    except Exception:  # a save must not fail because the cache is down; pages it kept may lag
        logger.error(
            "Page cache unavailable: pages showing %s may be stale until they expire", keys, exc_info=True
        )


def article_changed(sender, instance, **kwargs):
    bump(store.ARTICLES, store.article_key(instance.pk), schedule_changed=True)


def part_of_article_changed(sender, instance, **kwargs):
    """A byline or a correction: shown with the article, and the byline in every list."""
    bump(store.ARTICLES, store.article_key(instance.article_id))


def coverage_changed(sender, instance, **kwargs):
    """A live page's state (open, ended, its summary): shown on its page and in its poll for new entries."""
    bump(store.article_key(instance.article_id))


def live_entry_changed(sender, instance, **kwargs):
    """A live entry, or its authors: shown on its live page and in the page's poll for new entries."""
    article_id = Coverage.objects.filter(pk=instance.coverage_id).values_list("article_id", flat=True).first()
    if article_id is not None:
        bump(store.article_key(article_id))


def live_entry_authors_changed(sender, instance, action, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Entry):
        live_entry_changed(sender, instance)
    else:  # changed from the author's side
        articles = Coverage.objects.filter(entries__in=pk_set or ()).values_list("article_id", flat=True)
        bump(*(store.article_key(pk) for pk in set(articles)))


def article_tags_changed(sender, instance, action, pk_set, **kwargs):
    if action.startswith("post_"):
        if isinstance(instance, Article):
            bump(store.ARTICLES, store.article_key(instance.pk))
        else:  # changed from the tag's side
            bump(store.ARTICLES, *(store.article_key(pk) for pk in pk_set or ()))


def comment_saved(sender, instance, created, **kwargs):
    if created and instance.status != Comment.Status.APPROVED:
        return  # held or spam: nobody but its writer (whose page is never cached) sees it
    bump(store.COMMENTS, store.article_key(instance.article_id))


def comment_deleted(sender, instance, **kwargs):
    bump(store.COMMENTS, store.article_key(instance.article_id))


def comments_changed_in_bulk(sender, article_ids, **kwargs):
    if article_ids:
        bump(store.COMMENTS, *(store.article_key(pk) for pk in article_ids))


def site_changed(sender, instance, **kwargs):
    """Sections, tags, authors, pictures, static pages, types of work, the organisation and the
    discussion settings show on many pages."""
    bump(store.SITE, schedule_changed=sender is Page)


def banner_changed(sender, instance, **kwargs):
    """The breaking-news banner is on every page; its times decide when pages must be rebuilt."""
    bump(store.SITE, schedule_changed=True)


def everything_changed():
    """The whole database was replaced (a restore): no page kept from before may be served."""
    banners.forget()  # nor the banner of the database that was there before
    bump(store.SITE, schedule_changed=True)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(article_changed, sender=Article, dispatch_uid=UID)
        for model in (ArticleAuthor, Correction):
            signal.connect(part_of_article_changed, sender=model, dispatch_uid=UID)
        for model in (Section, Tag, Author, Image, Page, Organisation, WorkType, DiscussionSettings):
            signal.connect(site_changed, sender=model, dispatch_uid=UID)
        signal.connect(coverage_changed, sender=Coverage, dispatch_uid=UID)
        signal.connect(live_entry_changed, sender=Entry, dispatch_uid=UID)
        signal.connect(banner_changed, sender=Banner, dispatch_uid=UID)
    m2m_changed.connect(live_entry_authors_changed, sender=Entry.authors.through, dispatch_uid=UID)
    post_save.connect(comment_saved, sender=Comment, dispatch_uid=UID)
    post_delete.connect(comment_deleted, sender=Comment, dispatch_uid=UID)
    comments_changed.connect(comments_changed_in_bulk, dispatch_uid=UID)
    m2m_changed.connect(article_tags_changed, sender=Article.tags.through, dispatch_uid=UID)
