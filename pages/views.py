from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from django.views.generic import DetailView

from pages.models import Page


class PageDetailView(DetailView):
    context_object_name = "page"

    def get_object(self, queryset=None):
        return get_object_or_404(Page.objects.published(), slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        # The body went through publishing.html.clean_html when it was saved.
        return super().get_context_data(body=mark_safe(self.object.body), **kwargs)
