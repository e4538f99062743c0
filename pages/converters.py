"""The address of a page in the tree: slugs (in any script) joined by "/", as in /page/about/team/."""

from django.urls import register_converter

from publishing.slugs import AnySlugConverter


class PagePathConverter(AnySlugConverter):
    regex = rf"{AnySlugConverter.regex}(?:/{AnySlugConverter.regex})*"


register_converter(PagePathConverter, "pagepath")
