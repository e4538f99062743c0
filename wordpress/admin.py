from django.contrib import admin

from wordpress.models import WordPressObject


@admin.register(WordPressObject)
class WordPressObjectAdmin(admin.ModelAdmin):
    list_display = ["kind", "wp_id", "content_type", "object_id", "imported_at"]
    list_filter = ["kind"]
    search_fields = ["wp_id"]
    readonly_fields = ["kind", "wp_id", "content_type", "object_id", "checksum", "extra", "imported_at"]
