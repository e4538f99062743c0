from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from articles.admin import AccessibleFieldsMixin
from articles.models import Article
from live.drafts import draft_from
from live.forms import QuickEntryForm
from live.models import Banner, Coverage, Entry, is_live


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def may_add_entries(user, article):
    """Editors may add entries to any live article, authors to those with their byline."""
    return user.has_perm("live.add_entry") and Article.objects.visible_to(user).filter(pk=article.pk).exists()


class EntryInline(AccessibleFieldsMixin, admin.StackedInline):
    model = Entry
    extra = 0
    fields = ["title", "body", "image", "authors", "is_key_event", "is_pinned", "published_at", "edited_at"]
    readonly_fields = ["published_at", "edited_at"]
    autocomplete_fields = ["authors", "image"]
    ordering = ["-published_at", "-pk"]


@admin.register(Coverage)
class CoverageAdmin(AccessibleFieldsMixin, admin.ModelAdmin):
    list_display = ["article", "is_open", "began_at", "closed_at"]
    list_filter = ["is_closed"]
    list_select_related = ["article"]
    search_fields = ["article__headline", "summary"]
    autocomplete_fields = ["article"]
    fields = ["article", "started_at", "is_closed", "closed_at", "summary"]
    readonly_fields = ["closed_at"]
    inlines = [EntryInline]

    def get_queryset(self, request):
        # Authors see the coverage of their own stories only, as they see only those articles.
        return super().get_queryset(request).filter(article__in=Article.objects.visible_to(request.user))

    @admin.display(boolean=True, description=_("open"))
    def is_open(self, coverage):
        return coverage.is_open

    @admin.display(description=_("started at"))
    def began_at(self, coverage):
        return coverage.began_at

    def get_urls(self):
        add_entry = path(
            "add-entry/<int:article_id>/",
            self.admin_site.admin_view(self.add_entry_view),
            name="live_coverage_add_entry",
        )
        return [add_entry, *super().get_urls()]

    def add_entry_view(self, request, article_id):
        """The quick form's POST: with JavaScript, JSON (the form stays for the next entry); without,
        back to the article's admin page, or this form again with each error beside its field."""
        article = get_object_or_404(Article.objects.select_related("work_type"), pk=article_id)
        if not is_live(article):
            raise Http404(_("Not a live article."))
        if not may_add_entries(request.user, article):
            raise PermissionDenied
        form = QuickEntryForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            with transaction.atomic():
                coverage, _created = Coverage.objects.get_or_create(article=article)
                entry = form.save_for(coverage)
            message = gettext("The update was posted: %(entry)s") % {"entry": entry}
            if wants_json(request):
                return JsonResponse({"message": message, "id": entry.pk})
            messages.success(request, message)
            return redirect(reverse("admin:articles_article_change", args=[article.pk]))
        if request.method == "POST" and wants_json(request):
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Add a live update"),
            "article": article,
            "form": form,
            "opts": self.opts,
        }
        return TemplateResponse(request, "admin/live/add_entry.html", context)


@admin.register(Entry)
class EntryAdmin(AccessibleFieldsMixin, admin.ModelAdmin):
    list_display = ["__str__", "coverage", "published_at", "is_key_event", "is_pinned", "edited"]
    list_filter = ["is_key_event", "is_pinned", "coverage"]
    list_select_related = ["coverage__article"]
    search_fields = ["title", "body"]
    autocomplete_fields = ["authors", "image"]
    fields = ["coverage", "title", "body", "image", "authors", "is_key_event", "is_pinned"]
    date_hierarchy = "published_at"
    actions = ["make_draft_articles"]

    def get_queryset(self, request):
        visible = Article.objects.visible_to(request.user)
        return super().get_queryset(request).filter(coverage__article__in=visible)

    @admin.display(boolean=True, description=_("edited"))
    def edited(self, entry):
        return entry.is_edited

    @admin.action(description=_("Turn into a draft article that links back"), permissions=["add_article"])
    def make_draft_articles(self, request, queryset):
        articles = [draft_from(entry) for entry in queryset.select_related("coverage__article", "image")]
        for article in articles:
            link = reverse("admin:articles_article_change", args=[article.pk])
            created = format_html('{} <a href="{}">{}</a>', gettext("Draft created:"), link, article)
            messages.success(request, created)
        self.message_user(
            request,
            ngettext("%(count)d draft article created.", "%(count)d draft articles created.", len(articles))
            % {"count": len(articles)},
        )

    def has_add_article_permission(self, request):
        return request.user.has_perm("articles.add_article")


@admin.register(Banner)
class BannerAdmin(AccessibleFieldsMixin, admin.ModelAdmin):
    list_display = ["text", "is_active", "showing_now", "starts_at", "ends_at"]
    list_editable = ["is_active"]
    list_filter = ["is_active", "starts_at"]
    search_fields = ["text", "link"]
    date_hierarchy = "starts_at"

    @admin.display(boolean=True, description=_("shown now"))
    def showing_now(self, banner):
        return banner.is_shown()
