from datetime import date

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView, TemplateView

from articles.models import Article, Author, Section, Tag
from articles.rendering import body_with_dateline


class FrontPageView(TemplateView):
    template_name = "articles/front_page.html"
    latest_count = 8
    per_section = 4

    def get_context_data(self, **kwargs):
        listing = Article.objects.for_listing()
        lead = listing.lead_story()
        latest = list(listing.exclude(pk=getattr(lead, "pk", None))[: self.latest_count])
        return super().get_context_data(
            lead=lead,
            latest=latest,
            section_blocks=listing.top_per_section(self.per_section),
            **kwargs,
        )


class ArticleListView(ListView):
    """Every list of articles: paginated, published only, with what a card shows prefetched."""

    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    template_name = "articles/article_list.html"
    heading = "Latest stories"

    def get_queryset(self):
        return Article.objects.for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.get_heading(), **kwargs)

    def get_heading(self):
        return self.heading


class LatestView(ArticleListView):
    pass


class SectionView(ArticleListView):
    template_name = "articles/section_detail.html"

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["slug"])
        return super().get_queryset().filter(section=self.section)

    def get_heading(self):
        return self.section.name


class TagView(ArticleListView):
    template_name = "articles/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_heading(self):
        return self.tag.name


class AuthorView(ArticleListView):
    template_name = "articles/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return super().get_queryset().filter(bylines__author=self.author)

    def get_heading(self):
        return self.author.name


class DateArchiveView(ArticleListView):
    """Articles published on a year, month or day (in the site's time zone)."""

    template_name = "articles/archive.html"
    date_format = "%Y"

    def archive_date(self):
        try:
            return date(self.kwargs["year"], self.kwargs.get("month", 1), self.kwargs.get("day", 1))
        except ValueError as error:  # 31 February and friends
            raise Http404("No such date.") from error

    def get_queryset(self):
        self.date = self.archive_date()
        lookups = {"published_at__year": self.date.year}
        if "month" in self.kwargs:
            lookups["published_at__month"] = self.date.month
        if "day" in self.kwargs:
            lookups["published_at__day"] = self.date.day
        return super().get_queryset().filter(**lookups)

    def get_heading(self):
        return f"{self.date:{self.date_format}}"


class YearArchiveView(DateArchiveView):
    pass


class MonthArchiveView(DateArchiveView):
    date_format = "%B %Y"


class DayArchiveView(DateArchiveView):
    def get_heading(self):
        return f"{self.date.day} {self.date:%B %Y}"


class ArticleDetailView(DetailView):
    context_object_name = "article"

    def get_object(self, queryset=None):
        article = Article.objects.for_article_page().at_address(**self.kwargs)
        if article is None:
            raise Http404("No article at this address.")
        return article

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.object.get_absolute_url()
        # Never to the same path: after a TIME_ZONE change `published_on` may be stale; then just show it.
        if request.path != canonical:
            return redirect(canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        published = Article.objects.published()
        return super().get_context_data(
            body=body_with_dateline(self.object),
            previous_article=published.before(self.object).first(),
            next_article=published.after(self.object).first(),
            related_articles=Article.objects.for_listing().related_to(self.object),
            **kwargs,
        )
