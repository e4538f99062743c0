"""Receivers that keep the search index in step with every save and delete that changes its text."""

import sys

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete
from django.dispatch import receiver
from django.utils.translation import ngettext

from articles.models import Article, ArticleAuthor, Author, Section, Tag
from search import index
from search.models import SearchDocument


@receiver(post_save, sender=Article, dispatch_uid="search_article_saved")
def article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.update([instance.pk])


@receiver(post_save, sender=ArticleAuthor, dispatch_uid="search_byline_saved")
@receiver(post_delete, sender=ArticleAuthor, dispatch_uid="search_byline_deleted")
def byline_changed(sender, instance, raw=False, origin=None, **kwargs):
    # When the article itself is being deleted there is nothing left to index.
    deleting_articles = isinstance(origin, Article) or getattr(origin, "model", None) is Article
    if not raw and not deleting_articles:
        index.update([instance.article_id])


@receiver(m2m_changed, sender=Article.tags.through, dispatch_uid="search_tags_changed")
def tags_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        index.update([instance.pk])
    elif pk_set:
        index.update(pk_set)


def articles_named_by(instance):
    lookup = {Section: Q(section=instance), Tag: Q(tags=instance), Author: Q(bylines__author=instance)}
    return Article.objects.filter(lookup[type(instance)]).values_list("pk", flat=True).distinct()


@receiver(post_save, sender=Section, dispatch_uid="search_section_saved")
@receiver(post_save, sender=Tag, dispatch_uid="search_tag_saved")
@receiver(post_save, sender=Author, dispatch_uid="search_author_saved")
def name_saved(sender, instance, created, raw=False, **kwargs):
    """A renamed section, tag or author changes the text of every article that names it."""
    if not raw and not created:
        index.update(articles_named_by(instance))


@receiver(pre_delete, sender=Tag, dispatch_uid="search_tag_deleting")
def tag_deleting(sender, instance, **kwargs):
    instance._search_article_ids = list(articles_named_by(instance))


@receiver(post_delete, sender=Tag, dispatch_uid="search_tag_deleted")
def tag_deleted(sender, instance, **kwargs):
    index.update(getattr(instance, "_search_article_ids", []))


@receiver(post_migrate, dispatch_uid="search_index_upgraded")
def index_documents_from_before_languages(sender, app_config, verbosity=1, stdout=None, **kwargs):
    """After the migration that gave documents their language, `migrate` indexes the stories it
    found already indexed without one, so an upgraded site finds word forms with no extra step."""
    if app_config.label != "search":
        return
    stale = list(SearchDocument.objects.filter(language="").values_list("pk", flat=True))
    if stale and verbosity:
        message = ngettext(
            "Indexing %(count)d story again, for search in its own language…",
            "Indexing %(count)d stories again, for search in their own language…",
            len(stale),
        )
        (stdout or sys.stdout).write("  " + message % {"count": len(stale)} + "\n")
    index.index_articles(stale)
