from django.conf import settings
from django.shortcuts import render

from search.forms import SearchForm
from search.pagination import CappedPaginator
from search.query import highlights, marked


def search(request):
    form = SearchForm(request.GET if request.GET else None)
    context = {"form": form, "searched": False}
    if form.is_valid() and form.query:
        query = form.query
        results, found = form.results()
        paginator = CappedPaginator(
            results, settings.SEARCH_RESULTS_PER_PAGE, found=found, cap=settings.SEARCH_MAX_RESULTS
        )
        page = paginator.get_page(request.GET.get("page"))
        articles = list(page.object_list)
        marks = highlights([article.pk for article in articles], query)
        for article in articles:
            headline, snippet = marks.get(article.pk, (article.headline, ""))
            article.headline_marked, article.snippet = marked(headline), marked(snippet)
        context.update(searched=True, page_obj=page, articles=articles)
    elif form.is_bound and form.is_valid():
        context["empty_query"] = True
    return render(request, "search/search.html", context)
