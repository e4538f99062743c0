from calendar import monthrange
from datetime import date

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from articles.dates import published_between
from articles.meta import article_page_meta, author_profile_page, subject_meta, web_site
from articles.models import Article, Author, Correction, Section, Tag, with_bylines
from articles.rendering import body_with_dateline
from pagecache.store import article_key, depends_on
from publishing.meta import PageMetaMixin, feed_links, page_meta, page_path


class FrontPageView(PageMetaMixin, TemplateView):
    template_name = "articles/front_page.html"
    latest_count = 8
    per_section = 4

    def get_context_data(self, **kwargs):
        cards = Article.objects.for_cards()
        lead = cards.lead_story()
        latest = list(cards.exclude(pk=getattr(lead, "pk", None))[: self.latest_count])
        section_blocks = cards.top_per_section(self.per_section)
        with_bylines([lead, *latest, *(article for _, articles in section_blocks for article in articles)])
        return super().get_context_data(lead=lead, latest=latest, section_blocks=section_blocks, **kwargs)

    def get_page_meta(self, context):
        return page_meta(self.request, json_ld=[web_site()])


class ArticleListView(PageMetaMixin, ListView):
    """Every list of articles: paginated, published only, with what a card shows prefetched."""

    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    template_name = "articles/article_list.html"
    heading = _("Latest stories")

    def get_queryset(self):
        return Article.objects.for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.get_heading(), **kwargs)

    def get_heading(self):
        return self.heading

    def get_page_meta(self, context):
        path = page_path(self.request.path, context["page_obj"].number)
        return page_meta(self.request, path=path, title=self.get_heading(), **self.subject_meta())

    def subject_meta(self):
        """What the page says about its subject (a section, tag or author): its description and feeds."""
        return {}


class LatestView(ArticleListView):
    pass


class SectionView(ArticleListView):
    template_name = "articles/section_detail.html"

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["slug"])
        return super().get_queryset().filter(section=self.section)

    def get_heading(self):
        return self.section.name

    def subject_meta(self):
        return subject_meta(
            self.section, "articles:section_feed", "articles:section_feed_atom", self.section.description
        )


class TagView(ArticleListView):
    template_name = "articles/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_heading(self):
        return self.tag.name

    def subject_meta(self):
        return subject_meta(self.tag, "articles:tag_feed", "articles:tag_feed_atom")


class AuthorView(ArticleListView):
    template_name = "articles/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return super().get_queryset().filter(bylines__author=self.author)

    def get_heading(self):
        return self.author.name

    def subject_meta(self):
        meta = subject_meta(self.author, "articles:author_feed", "articles:author_feed_atom", self.author.bio)
        return meta | {"json_ld": [author_profile_page(self.author)]}


class DateArchiveView(ArticleListView):
    """Articles published on a year, month or day (in the site's time zone)."""

    template_name = "articles/archive.html"
    date_format = "Y"  # Django's date format syntax, or the name of one in newsroom/formats/

    def archive_date(self):
        try:
            return date(self.kwargs["year"], self.kwargs.get("month", 1), self.kwargs.get("day", 1))
        except ValueError as error:  # 31 February and friends
            raise Http404("No such date.") from error

    def last_day(self):
        return self.date.replace(month=12, day=31)

    def get_queryset(self):
        self.date = self.archive_date()
        return super().get_queryset().filter(published_between(self.date, self.last_day()))

    def get_heading(self):
        return formats.date_format(self.date, self.date_format)


class YearArchiveView(DateArchiveView):
    pass


class MonthArchiveView(DateArchiveView):
    date_format = "ARCHIVE_MONTH_FORMAT"

    def last_day(self):
        return self.date.replace(day=monthrange(self.date.year, self.date.month)[1])


class DayArchiveView(DateArchiveView):
    date_format = "LONG_DATE_FORMAT"

    def last_day(self):
        return self.date


class ArticleDetailView(PageMetaMixin, DetailView):
    context_object_name = "article"

    def get_object(self, queryset=None):
        article = Article.objects.for_article_page().at_address(**self.kwargs)
        if article is None:
            raise Http404("No article at this address.")
        return article

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            if (retracted := Article.objects.retracted().at_address(**self.kwargs)) is None:
                raise
            return retraction_page(request, retracted)
        canonical = self.object.get_absolute_url()
        # Never to the same path: after a TIME_ZONE change `published_on` may be stale; then just show it.
        if escape_uri_path(request.path) != canonical:  # the address as sent: percent-encoded
            return redirect(canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        related = list(Article.objects.for_cards().related_to(self.object))
        with_bylines([self.object, *related])
        previous_article, next_article = Article.objects.published().neighbours(self.object)
        # Its comments and the related cards' counts: the page is stale when one of these changes.
        depends_on(self.request, *(article_key(article.pk) for article in [self.object, *related]))
        return super().get_context_data(
            body=body_with_dateline(self.object),
            previous_article=previous_article,
            next_article=next_article,
            related_articles=related,
            **kwargs,
        )

    def get_page_meta(self, context):
        return article_page_meta(self.request, self.object)


class CorrectionsView(PageMetaMixin, ListView):
    """Every correction, clarification, update and editor's note on a published story, newest first."""

    queryset = Correction.objects.public()
    context_object_name = "corrections"
    paginate_by = 20
    template_name = "articles/correction_list.html"
    heading = _("Corrections and updates")

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.heading, **kwargs)

    def get_page_meta(self, context):
        path = page_path(self.request.path, context["page_obj"].number)
        feeds = feed_links(
            str(self.heading), reverse("articles:corrections_feed"), reverse("articles:corrections_feed_atom")
        )
        return page_meta(self.request, path=path, title=self.heading, feeds=feeds)


def retraction_page(request, article):
    """A retracted story's address: 410 Gone, with its headline, its dates and the editors' reasons."""
    context = {"article": article, "page_meta": page_meta(request, title=article.headline)}
    return TemplateResponse(request, "articles/retracted.html", context, status=410)
