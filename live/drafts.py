"""A live entry grown into a story of its own: a draft article that links back to the entry."""

from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import gettext

from articles.models import Article, ArticleAuthor
from newsroom.links import absolute_url
from publishing.slugs import slug_for


@transaction.atomic
def draft_from(entry):
    """A draft article with the entry's words, picture and authors, in the live page's section."""
    live_article = entry.coverage.article
    headline = str(entry)[:300]
    link_back = format_html(
        '<p><em>{}</em> <a href="{}">{}</a></p>',
        gettext("First reported in our live coverage:"),
        absolute_url(entry.get_absolute_url()),
        live_article.headline,
    )
    article = Article.objects.create(
        headline=headline,
        slug=slug_for(headline) or "update",
        body=f"{entry.body}\n{link_back}",
        section=live_article.section,
        lead_image=entry.image,
        language=live_article.language,
        status=Article.Status.DRAFT,
    )
    for position, author in enumerate(entry.authors.all()):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    return article
