from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from django.views.generic import DetailView

from pages.models import Page


class PageDetailView(DetailView):
    context_object_name = "page"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.path != kwargs["path"]:  # an older address (before it moved under a parent)
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_object(self, queryset=None):
        # Slugs are unique, so the last part of the address names the page wherever it now sits.
        slug = self.kwargs["path"].rsplit("/", 1)[-1]
        return get_object_or_404(Page.objects.published(), slug=slug)

    def get_context_data(self, **kwargs):
        page = self.object
        return super().get_context_data(
            # The body went through publishing.html.clean_html when it was saved.
            body=mark_safe(page.body),
            ancestors=Page.objects.published().filter(path__in=page.ancestor_paths()).order_by("path"),
            children=page.children.published().only("title", "path", "parent").order_by("title"),
            **kwargs,
        )
