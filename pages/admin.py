from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from pages.models import Organisation, Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "path", "parent", "policy", "is_live", "published_at", "updated_at"]
    list_filter = ["is_live", "policy"]
    list_select_related = ["parent"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["parent"]
    date_hierarchy = "published_at"


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    """Who publishes the site: one page, opened straight from the admin index. Its policies are pages
    of their own (Pages, "The newsroom's policy")."""

    # One row: the list is never shown (changelist_view opens the row), so it filters and searches nothing.
    list_display = ["__str__"]
    list_filter = []
    search_fields = []

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return redirect(reverse("admin:pages_organisation_change", args=[Organisation.load().pk]))
