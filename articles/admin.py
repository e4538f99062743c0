from django.contrib import admin
from django.db.models import Prefetch

from articles.models import Article, ArticleAuthor, Author, Image, Section, Tag


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "user"]
    list_filter = ["title"]
    list_select_related = ["user"]
    search_fields = ["name", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    list_filter = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "width", "height", "credit", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["alt_text", "caption", "credit"]
    readonly_fields = ["width", "height"]


class BylineInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = "byline"
    verbose_name_plural = "byline (in order)"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "status", "is_published", "section", "byline", "published_at"]
    list_filter = ["status", "section", "is_featured", "published_at"]
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst", "body", "authors__name"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "tags", "lead_image"]
    date_hierarchy = "published_at"
    inlines = [BylineInline]
    fieldsets = [
        (None, {"fields": ["headline", "slug", "standfirst", "body"]}),
        ("Dateline", {"fields": ["dateline_place", "source_credit"]}),
        ("Placement", {"fields": ["section", "tags", "lead_image", "is_featured"]}),
        ("Publishing", {"fields": ["status", "published_at", "comments_open"]}),
    ]

    def get_queryset(self, request):
        bylines = ArticleAuthor.objects.select_related("author")
        return super().get_queryset(request).prefetch_related(Prefetch("bylines", queryset=bylines))

    @admin.display(boolean=True, description="Live")
    def is_published(self, article):
        return article.is_published()

    @admin.display(description="Authors")
    def byline(self, article):
        return ", ".join(author.name for author in article.byline_authors)
