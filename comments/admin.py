import json

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Case, Value, When
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from comments import privacy, reports, tasks
from comments.models import Comment, CommentReport, DiscussionSettings, NotificationOptOut, Subscription
from comments.signals import comments_changed

PRIVATE_FIELDS = ["email", "ip_address"]
# What each moderation action reports, by the status it sets.
STATUS_CHANGED = {
    Comment.Status.APPROVED: ngettext_lazy(
        "%(count)d comment approved.", "%(count)d comments approved.", "count"
    ),
    Comment.Status.PENDING: ngettext_lazy(
        "%(count)d comment unapproved.", "%(count)d comments unapproved.", "count"
    ),
    Comment.Status.SPAM: ngettext_lazy(
        "%(count)d comment marked as spam.", "%(count)d comments marked as spam.", "count"
    ),
    Comment.Status.TRASH: ngettext_lazy(
        "%(count)d comment moved to the trash.", "%(count)d comments moved to the trash.", "count"
    ),
}


def can_moderate(request):
    """Moderators (the change permission) see emails and IP addresses; viewers do not."""
    return request.user.has_perm("comments.change_comment")


class ReportInline(admin.TabularInline):
    """Readers' reports, with their reasons; who sent them is never shown (nor kept)."""

    model = CommentReport
    fields = ["reason", "note", "created_at", "verdict"]
    readonly_fields = ["reason", "note", "created_at", "verdict"]
    extra = 0
    can_delete = False
    verbose_name_plural = _("readers' reports")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = [
        "excerpt", "name", "article", "status", "kind", "why", "is_featured", "created_at", "on_site"
    ]  # fmt: skip
    list_filter = [
        "status", "kind", "reason", "is_featured", ("article", admin.RelatedOnlyFieldListFilter), "created_at"
    ]  # fmt: skip
    list_select_related = ["article"]
    search_fields = ["name", "body"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["article"]
    raw_id_fields = ["parent", "user"]
    readonly_fields = ["created_at", "reason", "reason_detail", "depth"]
    fields = [
        "article",
        "parent",
        "status",
        "is_featured",
        "kind",
        "reason",
        "reason_detail",
        "body",
        "name",
        "email",
        "website",
        "ip_address",
        "user",
        "created_at",
        "depth",
    ]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [ReportInline]
    actions = [
        "approve", "unapprove", "mark_spam", "trash", "feature", "unfeature",
        "export_personal_data", "erase_personal_data",
    ]  # fmt: skip

    def get_ordering(self, request):
        # The moderation queue: pending comments first, newest first within each group.
        pending_first = Case(When(status=Comment.Status.PENDING, then=Value(0)), default=Value(1))
        return [pending_first.asc(), "-created_at", "-pk"]

    def get_list_display(self, request):
        if can_moderate(request):
            return [*self.list_display[:2], *PRIVATE_FIELDS, *self.list_display[2:]]
        return self.list_display

    def get_search_fields(self, request):
        return [*self.search_fields, *PRIVATE_FIELDS] if can_moderate(request) else self.search_fields

    def get_fields(self, request, obj=None):
        return self.fields if can_moderate(request) else [f for f in self.fields if f not in PRIVATE_FIELDS]

    @admin.display(description=_("Why held"), ordering="reason")
    def why(self, comment):
        if not comment.reason:
            return "—"
        if not comment.reason_detail:
            return comment.get_reason_display()
        return gettext("%(reason)s: %(detail)s") % {
            "reason": comment.get_reason_display(),
            "detail": comment.reason_detail,
        }

    @admin.display(description=_("On the site"))
    def on_site(self, comment):
        if comment.status != Comment.Status.APPROVED:
            return "—"
        return format_html('<a href="{}">{}</a>', comment.get_absolute_url(), gettext("View"))

    def save_model(self, request, obj, form, change):
        became_approved = obj.status == Comment.Status.APPROVED and "status" in form.changed_data
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data:
            reports.settle([obj.pk], obj.status)
        if became_approved:
            tasks.after_approval([obj.pk])

    def set_status(self, request, queryset, status):
        rows = list(queryset.exclude(status=status).values_list("pk", "article_id"))
        changed = [pk for pk, _article_id in rows]
        Comment.objects.filter(pk__in=changed).update(status=status)
        reports.settle(changed, status)
        comments_changed.send(sender=Comment, article_ids={article_id for _pk, article_id in rows})
        if status == Comment.Status.APPROVED:
            tasks.after_approval(changed)
        self.message_user(request, STATUS_CHANGED[status] % {"count": len(changed)}, messages.SUCCESS)

    @admin.action(description=_("Approve selected comments"), permissions=["change"])
    def approve(self, request, queryset):
        self.set_status(request, queryset, Comment.Status.APPROVED)

    @admin.action(description=_("Unapprove selected comments (back to pending)"), permissions=["change"])
    def unapprove(self, request, queryset):
        self.set_status(request, queryset, Comment.Status.PENDING)

    @admin.action(description=_("Mark selected comments as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        self.set_status(request, queryset, Comment.Status.SPAM)

    @admin.action(description=_("Move selected comments to the trash"), permissions=["change"])
    def trash(self, request, queryset):
        self.set_status(request, queryset, Comment.Status.TRASH)

    @admin.action(description=_("Feature as editor’s picks"), permissions=["change"])
    def feature(self, request, queryset):
        """Only approved readers' comments can be picks: the others are not shown to readers."""
        count = self.set_featured(queryset.approved().filter(is_featured=False), True)
        message = ngettext(
            "%(count)d comment is now an editor’s pick.", "%(count)d comments are now editor’s picks.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
        if skipped := queryset.exclude(pk__in=queryset.approved()).count():
            note = ngettext(
                "%(count)d comment was left out: only approved comments can be picks.",
                "%(count)d comments were left out: only approved comments can be picks.",
                skipped,
            )
            self.message_user(request, note % {"count": skipped}, messages.WARNING)

    @admin.action(description=_("Remove from editor’s picks"), permissions=["change"])
    def unfeature(self, request, queryset):
        count = self.set_featured(queryset.filter(is_featured=True), False)
        message = ngettext(
            "%(count)d comment is no longer an editor’s pick.",
            "%(count)d comments are no longer editor’s picks.",
            count,
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @staticmethod
    def set_featured(queryset, featured):
        rows = list(queryset.values_list("pk", "article_id"))
        Comment.objects.filter(pk__in=[pk for pk, _article_id in rows]).update(is_featured=featured)
        comments_changed.send(sender=Comment, article_ids={article_id for _pk, article_id in rows})
        return len(rows)

    @admin.action(
        description=_("Export personal data of the selected comments' authors"), permissions=["change"]
    )
    def export_personal_data(self, request, queryset):
        emails = sorted({email.lower() for email in queryset.values_list("email", flat=True) if email})
        data = [privacy.export_personal_data(email) for email in emails]
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="commenter-personal-data.json"'
        return response

    @admin.action(
        description=_("Erase personal data of the selected comments' authors"), permissions=["change"]
    )
    def erase_personal_data(self, request, queryset):
        emails = sorted({email.lower() for email in queryset.values_list("email", flat=True) if email})
        if request.POST.get("confirm") != "yes":
            context = self.admin_site.each_context(request) | {
                "title": gettext("Erase commenters' personal data?"),
                "emails": emails,
                "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
                "opts": self.model._meta,
            }
            return TemplateResponse(request, "admin/comments/erase_confirmation.html", context)
        totals = [privacy.erase_personal_data(email) for email in emails]
        erased = sum(comments for comments, _subscriptions in totals)
        commenters = ngettext(
            "Erased the personal data of %(count)d commenter:",
            "Erased the personal data of %(count)d commenters:",
            len(emails),
        ) % {"count": len(emails)}
        anonymised = ngettext("%(count)d comment anonymised.", "%(count)d comments anonymised.", erased) % {
            "count": erased
        }
        self.message_user(request, f"{commenters} {anonymised}", messages.SUCCESS)
        return None


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["article", "email", "created_at", "confirmed_at"]
    list_filter = ["confirmed_at", "created_at"]
    list_select_related = ["article"]
    search_fields = ["email", "article__headline"]
    autocomplete_fields = ["article"]


@admin.register(NotificationOptOut)
class NotificationOptOutAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at"]
    list_filter = ["created_at"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]


@admin.register(DiscussionSettings)
class DiscussionSettingsAdmin(SimpleHistoryAdmin):
    """WordPress's Settings → Discussion: one page, opened straight from the admin index.

    Editors change it; moderators may read it. The History button lists every change, who made it
    and when, and restores an earlier version.
    """

    # One row: the list is never shown (changelist_view opens the row), so it filters and searches nothing.
    list_display = ["__str__"]
    list_filter = []
    search_fields = []
    fieldsets = [
        (_("Before a comment appears"), {"fields": ["moderation"]}),
        (_("Comment moderation"), {"fields": ["hold_links", "moderation_words"]}),
        (_("Disallowed comment keys"), {"fields": ["blocked_words"]}),
        (_("Spam and flood control"), {"fields": ["min_form_seconds", "form_expiry_hours", "flood_seconds"]}),
        (
            _("Other comment settings"),
            {"fields": ["close_after_days", "thread_depth", "per_page", "newest_first"]},
        ),
        (_("Email"), {"fields": ["notify_moderators", "notify_authors"]}),
        (_("Commenters' privacy"), {"fields": ["ip_retention_days", "preview_hours"]}),
        (_("Readers' reports"), {"fields": ["reports_to_hide"]}),
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Every save comes back to this page, so "Save and continue editing" would only repeat "Save".
        extra_context = {"show_save_and_continue": False, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        settings = DiscussionSettings.load()
        return redirect(reverse("admin:comments_discussionsettings_change", args=[settings.pk]))

    def save_model(self, request, obj, form, change):
        # Restoring a version from the History passes here with only the view permission checked.
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        self.message_user(
            request,
            _("The Discussion settings were saved. They apply from the next page and comment."),
            messages.SUCCESS,
        )
        return redirect(reverse("admin:comments_discussionsettings_change", args=[obj.pk]))
