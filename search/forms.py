from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from articles.dates import published_between
from articles.models import Article, ArticleAuthor, Author, Section
from search.query import Query, search


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    section = forms.ModelChoiceField(
        Section.objects.all(),
        label=_("Section"),
        to_field_name="slug",
        required=False,
        empty_label=_("All sections"),
        error_messages={"invalid_choice": _("There is no such section; choose one from the list.")},
    )
    author = forms.ModelChoiceField(
        Author.objects.all(),
        label=_("Author"),
        to_field_name="slug",
        required=False,
        empty_label=_("All authors"),
        error_messages={"invalid_choice": _("There is no such author; choose one from the list.")},
    )
    start = forms.DateField(
        label=pgettext_lazy("start of a date range", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter the start date as YYYY-MM-DD.")},
    )
    end = forms.DateField(
        label=pgettext_lazy("end of a date range", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter the end date as YYYY-MM-DD.")},
    )

    def __init__(self, data=None, **kwargs):
        if data is not None:
            # A NUL byte is refused by PostgreSQL and means nothing in a search, so it is dropped.
            data = {key: value.replace("\x00", "") for key, value in data.items()}
        super().__init__(data, **kwargs)

    def clean(self):
        """The date range must not run backwards."""
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The “From” date is after the “To” date."))
        return cleaned

    @property
    def query(self):
        return Query(self.cleaned_data.get("q"))

    def results(self):
        """Published articles matching the query and filters, best match first, and how many matched."""
        return search(self.filtered(), self.query, self.within())

    def within(self):
        """The author's articles, as a subquery the search checks against each match (or None)."""
        if author := self.cleaned_data.get("author"):
            return ArticleAuthor.objects.filter(author=author).values("article_id")
        return None

    def filtered(self):
        articles = Article.objects.for_listing()
        if section := self.cleaned_data.get("section"):
            articles = articles.filter(section=section)
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        return articles.filter(published_between(start, end))
