import secrets
from zoneinfo import available_timezones

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset import Media
from simple_history.admin import SimpleHistoryAdmin

from articles import presence
from articles.conflicts import conflict_since, latest_revision_id
from articles.models import Article, ArticleAuthor, Author, Correction, Image, Section, Tag, WorkType
from articles.preview import preview_url
from articles.revisions import changes_between, status_changes
from articles.roles import AUTHOR_STATUSES, can_correct, can_publish, can_retract, is_own_article
from newsroom.links import absolute_url
from publishing.html import clean_html

# What the body editor offers; the server-side sanitizer (publishing/html.py) still has the last word.
BODY_EDITOR = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Strike": True,
        "Subscript": True,
        "Superscript": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "HorizontalRule": True,
        "HardBreak": True,
        "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
        "Figure": True,
        "Caption": True,
        "Image": True,
        "Table": True,
        "TableRow": True,
        "TableHeader": True,
        "TableCell": True,
    }
}
# The editor (Tiptap) injects its base stylesheet as a <style> element; the admin's CSP allows exactly
# that text by its hash. tests/editorial/test_editor_csp.py recomputes it from the installed package.
EDITOR_STYLE_HASH = "sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA="


class AccessibleFieldsMixin:
    """Accessible names for inputs Django's admin renders without a <label> of their own."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is None:
            return None
        label = capfirst(formfield.label or db_field.verbose_name)
        if isinstance(formfield.widget, AdminSplitDateTime):
            # The field's <label> cannot point at two inputs; "Date:" and "Time:" are plain text.
            date, time = formfield.widget.widgets
            date.attrs["aria-label"] = gettext("%(label)s: date") % {"label": label}
            time.attrs["aria-label"] = gettext("%(label)s: time") % {"label": label}
        elif isinstance(self, admin.TabularInline):
            # A tabular inline names its columns in <th>s; each row's inputs need their own name.
            formfield.widget.attrs["aria-label"] = label
        return formfield


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


@admin.register(WorkType)
class WorkTypeAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "show_label", "position"]
    list_editable = ["show_label", "position"]
    list_filter = ["kind", "show_label"]
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


# Uploads are checked and cleaned by the model field (articles.images.CleanImageField), for this form,
# the author's photo and every other way in.
@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "thumbnail", "width", "height", "credit", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["alt_text", "caption", "credit"]
    readonly_fields = ["width", "height", "thumbnail"]

    @admin.display(description=_("Preview"))
    def thumbnail(self, image):
        if not image.renditions:
            return ""
        smallest = image.renditions[0]
        return format_html(
            '<img src="{}" alt="" width="120" height="{}">',
            image.file.storage.url(smallest["name"]),
            round(120 * smallest["height"] / smallest["width"]),
        )


class LabelledInlineFormSet(forms.BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            # A tabular inline shows "Delete?" as a column heading only.
            form.fields["DELETE"].widget.attrs["aria-label"] = gettext("Delete")


class BylineInline(AccessibleFieldsMixin, admin.TabularInline):
    model = ArticleAuthor
    formset = LabelledInlineFormSet
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = _("byline")
    verbose_name_plural = _("byline (in order)")


class CorrectionInline(AccessibleFieldsMixin, admin.StackedInline):
    model = Correction
    extra = 0
    readonly_fields = ["created_by"]
    verbose_name = _("correction or update note")
    verbose_name_plural = _("corrections and updates (shown to readers, dated)")

    # Telling readers of a change is its own right (Editors hold it), beside the model permissions.

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and can_correct(request.user)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and can_correct(request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and can_correct(request.user)


class MineFilter(admin.SimpleListFilter):
    title = _("byline")
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("yes", _("Mine"))]

    def queryset(self, request, queryset):
        return queryset.written_by(request.user) if self.value() == "yes" else queryset


class PublicationFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("pending", _("Pending review")), ("scheduled", _("Scheduled")), ("live", _("Live"))]

    def queryset(self, request, queryset):
        if self.value() == "pending":
            return queryset.filter(status=Article.Status.PENDING)
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        return queryset


class RevisionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, revision):
        when = timezone.localtime(revision.history_date)
        who = person_name(revision.history_user)
        return f"{when:%Y-%m-%d %H:%M:%S} – {who} – {revision.headline}"


class RevisionCompareForm(forms.Form):
    older = RevisionChoiceField(queryset=None, label=_("Compare revision"))
    newer = RevisionChoiceField(queryset=None, label=_("with revision"))

    def __init__(self, *args, revisions, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.queryset = revisions
            field.error_messages["invalid_choice"] = _("Choose one of this article's revisions.")


class FormStateField(forms.IntegerField):
    """About the form rather than the article, so never listed among the article's changes."""

    def has_changed(self, initial, data):
        return False


NO_NOTE = "none"
# The parts of a story whose change readers may need to hear of.
READERS_READ = ["headline", "standfirst", "body"]


def normalised(name, value):
    """A field's text as it would be stored: the body sanitised (the editor may re-serialise it)."""
    value = (value or "").strip()
    return clean_html(value) if name == "body" else value


def is_public(article):
    """Published and visible as stored now, whatever the form says."""
    return article.pk is not None and Article.objects.published().filter(pk=article.pk).exists()


def person_name(user):
    if user is None:
        return gettext("system")
    return user.get_full_name() or user.get_username()


def time_zone_choices():
    site_zone = gettext("The site's time zone (%(zone)s)") % {"zone": settings.TIME_ZONE}
    return [("", site_zone), *((zone, zone) for zone in sorted(available_timezones()))]


class ArticleAdminForm(forms.ModelForm):
    # The revision the form was opened at; a form posted without it (not from the admin) is not checked.
    opened_revision = FormStateField(required=False, widget=forms.HiddenInput)
    # Posted by the "save anyway" checkbox: the newest revision the editor was shown and chose to replace.
    replace_revision = FormStateField(required=False, widget=forms.HiddenInput)
    conflict = None  # articles.conflicts.Conflict, once clean() has found one
    may_correct = True  # set per user by ArticleAdmin.get_form(): without the right, only "no note"
    # Asked when the text of a public story changes: readers are told of a change that matters.
    change_note_kind = forms.ChoiceField(
        label=_("Does this change need a note to readers?"),
        required=False,
        choices=[("", "—"), (NO_NOTE, _("No: a typo or style fix")), *Correction.Kind.choices],
        help_text=_(
            "A correction, clarification or update is shown on the story, dated, and on the corrections page."
        ),
    )
    change_note = forms.CharField(
        label=_("Note to readers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "What changed, in plain words, e.g. “An earlier version gave the wrong date of the vote.”"
        ),
    )
    change_note_at_top = forms.BooleanField(
        label=_("Show the note above the story"), required=False, help_text=_("For a serious correction.")
    )

    dateline_time_zone = forms.ChoiceField(
        label=_("dateline time zone"),
        choices=time_zone_choices,
        required=False,
        help_text=Article._meta.get_field("dateline_time_zone").help_text,
    )

    class Meta:
        model = Article
        fields = [
            "headline",
            "slug",
            "standfirst",
            "body",
            "dateline_place",
            "dateline_time_zone",
            "source_credit",
            "section",
            "tags",
            "lead_image",
            "is_featured",
            "status",
            "published_at",
            "comments_open",
        ]
        widgets = {"body": AdminProseEditorWidget(config=BODY_EDITOR, preset="configurable")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and not self.is_bound:
            self.fields["opened_revision"].initial = latest_revision_id(self.instance.pk)
        if not self.may_correct:
            self.fields["change_note_kind"].choices = self.fields["change_note_kind"].choices[:2]
            self.fields["change_note_kind"].help_text = _(
                "Only a typo or style fix can be saved without an editor who may add a note to readers."
            )

    def clean(self):
        """Refuse to replace what someone saved after this form was opened, unless the editor chose to."""
        cleaned_data = super().clean()
        opened = cleaned_data.get("opened_revision")
        if self.instance.pk is not None and opened is not None:
            # The admin validates inside the transaction that saves, so the row lock taken here holds.
            self.conflict = conflict_since(self.instance.pk, opened)
        if self.conflict and cleaned_data.get("replace_revision") != self.conflict.latest_revision_id:
            raise ValidationError(self.conflict.message, code="edit_conflict")
        self.require_an_answer_about_the_change(cleaned_data)
        return cleaned_data

    def require_an_answer_about_the_change(self, cleaned_data):
        """A public story's changed text needs an answer: a note for readers, or "no" for a typo."""
        if not (is_public(self.instance) and self.changes_what_readers_read(cleaned_data)):
            return
        kind = cleaned_data.get("change_note_kind")
        if not kind:
            self.add_error(
                "change_note_kind",
                _("This story is public: say whether readers need a note about this change."),
            )
        elif kind != NO_NOTE and not cleaned_data.get("change_note", "").strip():
            self.add_error("change_note", _("Write the note readers will see."))

    def changes_what_readers_read(self, cleaned_data):
        stored = Article.objects.only(*READERS_READ).get(pk=self.instance.pk)
        return any(
            normalised(name, cleaned_data.get(name, getattr(stored, name)))
            != normalised(name, getattr(stored, name))
            for name in READERS_READ
        )

    def note_to_readers(self):
        """The Correction this save tells readers of, unsaved, or None."""
        kind = self.cleaned_data.get("change_note_kind")
        if kind in ("", NO_NOTE, None) or not self.cleaned_data.get("change_note", "").strip():
            return None
        return Correction(
            article=self.instance,
            kind=kind,
            note=self.cleaned_data["change_note"].strip(),
            at_top=self.cleaned_data.get("change_note_at_top", False),
        )


def revision_order(revision):
    return (revision.history_date, revision.history_id)


@admin.register(Article)
class ArticleAdmin(AccessibleFieldsMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = ["headline", "state", "is_published", "section", "byline", "published_at", "comment_count"]
    # What an editor reaches for first: their own, the review queue and what is scheduled, the section.
    list_filter = [
        MineFilter, PublicationFilter, "section", "status", "work_type", "bylines__author", "is_featured",
        "published_at",
    ]  # fmt: skip
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst", "body", "authors__name"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "tags", "lead_image"]
    date_hierarchy = "published_at"
    # Explicit: the comment count's GROUP BY drops the model's default ordering, which autocomplete pages by.
    ordering = ["-published_at", "-pk"]
    inlines = [BylineInline, CorrectionInline]
    actions = ["publish", "unpublish", "submit_for_review"]
    history_list_display = ["status"]
    object_history_template = "admin/articles/article/object_history.html"
    object_history_form_template = "admin/articles/article/object_history_form.html"
    fieldsets = [
        (None, {"fields": ["headline", "slug", "standfirst", "body", "language"]}),
        (_("Dateline"), {"fields": ["dateline_place", "dateline_time_zone", "source_credit"]}),
        (_("Placement"), {"fields": ["section", "tags", "lead_image", "is_featured"]}),
        (_("Type of work"), {"fields": ["work_type", "sponsor"]}),
        (_("How we reported this"), {"fields": ["backstory", "sources"], "classes": ["collapse"]}),
        (
            _("Publishing"),
            {"fields": ["status", "published_at", "comments_open", "retraction_note", "links", "record"]},
        ),
    ]

    class Media:
        js = ["js/admin/article-presence.js"]

    # Who may see and change what: ArticleQuerySet.visible_to() and editable_by() decide, for every view.

    def get_queryset(self, request):
        bylines = ArticleAuthor.objects.select_related("author")
        articles = (
            super()
            .get_queryset(request)
            .visible_to(request.user)
            .prefetch_related(Prefetch("bylines", queryset=bylines))
            .with_listing_annotations()
        )
        return articles

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and self.is_stored_among(Article.objects.visible_to(request.user), obj, request.user)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and self.is_stored_among(Article.objects.editable_by(request.user), obj, request.user)

    @staticmethod
    def is_stored_among(articles, obj, user):
        """Whether the article `obj` stands for is among `articles` as stored now: never judged on the
        revision being restored or on a form's unsaved edits. An article not yet saved always is."""
        if obj is None or obj.pk is None:
            return True
        if articles.filter(pk=obj.pk).exists():
            return True
        # A deleted article leaves its history: editors, who may open every article, may read and restore it.
        return can_publish(user) and not Article.objects.filter(pk=obj.pk).exists()

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or can_publish(request.user))

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and is_public(obj):
            question = ["change_note_kind", "change_note", "change_note_at_top"]
            fieldsets = [*fieldsets, (_("Telling readers what changed"), {"fields": question})]
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"may_correct": can_correct(request.user)})

    def get_readonly_fields(self, request, obj=None):
        fields = ["links", "record"]
        if not can_publish(request.user):
            fields += ["published_at", "is_featured"]
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not can_publish(request.user):
            # Anything else posted by an author is refused as "not one of the available choices".
            kwargs["choices"] = [(status, Article.Status(status).label) for status in AUTHOR_STATUSES]
        elif db_field.name == "status" and not can_retract(request.user):
            kwargs["choices"] = [
                choice for choice in Article.Status.choices if choice[0] != Article.Status.RETRACTED
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # Every save passes here, a restored revision's too (simple_history asks only for view permission).
        if change and not self.has_change_permission(request, obj):
            raise PermissionDenied(_("You may not change this article."))
        if obj.status not in AUTHOR_STATUSES and not can_publish(request.user):
            raise PermissionDenied(_("Only editors can publish or unpublish articles."))
        if obj.is_retracted and "status" in form.changed_data and not can_retract(request.user):
            raise PermissionDenied(_("You may not retract articles."))
        super().save_model(request, obj, form, change)
        presence.stop_editing(obj.pk, request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if (note := form.note_to_readers()) is not None:
            note.created_by = request.user
            note.save()
        if can_publish(request.user) or is_own_article(request.user, form.instance):
            return
        # An author's new article carries their byline, so it stays theirs to edit.
        ArticleAuthor.objects.create(
            article=form.instance,
            author=Author.profile_of(request.user),
            position=form.instance.bylines.count(),
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is Correction:
            for note_form in formset.forms:
                if note_form.instance.pk is None:
                    note_form.instance.created_by = request.user
        super().save_formset(request, form, formset, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The editor's import map is an inline script; a per-response nonce lets exactly it run.
        request.csp_script_nonce = secrets.token_urlsafe(16)
        request.csp_style_hashes = [EDITOR_STYLE_HASH]
        context["media"] = Media.from_media(context["media"], nonce=request.csp_script_nonce)
        if obj is not None and obj.pk is not None:
            # Shown on open, so the notice needs no script; article-presence.js keeps it current.
            context["editing"] = {
                "message": presence.editing_message(self.other_editors(request, obj, record=True)),
                "url": reverse("admin:articles_article_editing", args=[obj.pk]),
                "refresh_seconds": presence.REFRESH_SECONDS,
            }
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Who else has the change form open (a notice, never a lock; edit conflicts are caught on save).

    def other_editors(self, request, article, record):
        """Who else has the article's form open; with `record`, also note that this user has it open, if
        they may change it (a reader of a published story is not editing it)."""
        if record and self.has_change_permission(request, article):
            return presence.start_editing(article.pk, request.user)
        return presence.others_editing(article.pk, request.user)

    def editing_view(self, request, object_id):
        """JSON for article-presence.js: who else is editing. Its POST is the form's heartbeat."""
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_permission(request, article):
            raise Http404(_("No article with that id, or not one you may see."))
        names = self.other_editors(request, article, record=request.method == "POST")
        return JsonResponse({"editors": names, "message": presence.editing_message(names)})

    # Revisions: simple_history lists and restores them; this compares any two.

    def get_urls(self):
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_revisions_view),
            name="articles_article_compare",
        )
        editing = path(
            "<path:object_id>/editing/",
            self.admin_site.admin_view(self.editing_view),
            name="articles_article_editing",
        )
        return [compare, editing, *super().get_urls()]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        # As Django's change view does: the edit-conflict check's row lock must last until the save.
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def compare_revisions_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise Http404("No article with that id, or not one you may see.")
        revisions = article.history.select_related("history_user")
        form = RevisionCompareForm(request.GET or None, revisions=revisions)
        older = newer = changes = None
        if form.is_valid():
            older, newer = sorted(
                [form.cleaned_data["older"], form.cleaned_data["newer"]], key=revision_order
            )
            changes = changes_between(older, newer)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Compare revisions: %(article)s") % {"article": article},
            "opts": self.opts,
            "article": article,
            "form": form,
            "older": older,
            "newer": newer,
            "changes": changes,
            "restore_url": older
            and reverse("admin:articles_article_simple_history", args=[article.pk, older.history_id]),
        }
        return TemplateResponse(request, "admin/articles/article/compare_revisions.html", context)

    def history_view(self, request, object_id, extra_context=None):
        revisions = self.model.history.filter(id=unquote(object_id)).select_related("history_user")
        extra_context = {**(extra_context or {}), "compare_form": RevisionCompareForm(revisions=revisions)}
        return super().history_view(request, object_id, extra_context)

    # Columns and read-only fields.

    @admin.display(description=_("Status"), ordering="status")
    def state(self, article):
        """Badges in words: the status (a scheduled one with its time), and "Updated" once readers were
        told of a change."""
        if article.is_scheduled():
            when = formats.date_format(timezone.localtime(article.published_at), "DATETIME_FORMAT")
            badges = [("scheduled", gettext("Scheduled for %(time)s") % {"time": when})]
        else:
            badges = [(article.status, article.get_status_display())]
        if article.is_published() and article.was_updated:
            badges.append(("updated", gettext("Updated")))
        return format_html_join(" ", '<span class="status-badge status-{}">{}</span>', badges)

    @admin.display(boolean=True, description=_("Live"))
    def is_published(self, article):
        return article.is_published()

    @admin.display(description=_("Authors"))
    def byline(self, article):
        return ", ".join(author.name for author in article.byline_authors)

    @admin.display(description=_("Comments"), ordering="comment_count")
    def comment_count(self, article):
        """Approved comments, as the site counts them (the comments app's rule)."""
        return article.comment_count

    def view_on_site(self, article):
        """The article on the site's configured address; before publication, its preview link."""
        return absolute_url(article.get_absolute_url() if article.is_published() else preview_url(article))

    @admin.display(description=_("Who did what"))
    def record(self, article):
        """Each change of status and each note to readers: by whom, and when."""
        if article.pk is None:
            return "–"
        events = [(change.label, change.user, change.at) for change in status_changes(article)]
        notes = article.corrections.select_related("created_by")
        events += [(note.get_kind_display(), note.created_by, note.created_at) for note in notes]
        events.sort(key=lambda event: event[2])
        items = (
            (
                label,
                person_name(user),
                when.isoformat(),
                formats.date_format(timezone.localtime(when), "DATETIME_FORMAT"),
            )
            for label, user, when in events
        )
        template = '<li>{}: {}, <time datetime="{}">{}</time></li>'
        return format_html('<ul class="workflow-record">{}</ul>', format_html_join("", template, items))

    @admin.display(description=_("Links"))
    def links(self, article):
        if article.pk is None:
            return gettext("Save the article to get a preview link.")
        if article.is_published():
            return format_html('<a href="{}">{}</a>', self.view_on_site(article), gettext("View on the site"))
        days = settings.ARTICLE_PREVIEW_MAX_AGE // (24 * 60 * 60)
        note = ngettext(
            "anyone with this link can read the article as it will appear, without an account, "
            "for %(days)d day.",
            "anyone with this link can read the article as it will appear, without an account, "
            "for %(days)d days.",
            days,
        ) % {"days": days}
        return format_html('<a href="{}">{}</a> – {}', preview_url(article), gettext("Preview link"), note)

    # Workflow actions; each saves article by article so every change is in the history.

    @admin.action(
        description=_("Publish selected articles (now, or at their scheduled time)"), permissions=["publish"]
    )
    def publish(self, request, queryset):
        articles = self.move_to(request, queryset, Article.Status.PUBLISHED)
        scheduled = sum(article.is_scheduled() for article in articles)
        if published := len(articles) - scheduled:
            message = ngettext("%(count)d article published.", "%(count)d articles published.", published)
            self.message_user(request, message % {"count": published}, messages.SUCCESS)
        if scheduled:
            message = ngettext(
                "%(count)d article scheduled: it appears by itself at its publish time.",
                "%(count)d articles scheduled: they appear by themselves at their publish times.",
                scheduled,
            )
            self.message_user(request, message % {"count": scheduled}, messages.SUCCESS)

    @admin.action(description=_("Unpublish selected articles"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = len(self.move_to(request, queryset, Article.Status.UNPUBLISHED))
        message = ngettext("%(count)d article unpublished.", "%(count)d articles unpublished.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Submit selected drafts for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = len(
            self.move_to(request, queryset.filter(status=Article.Status.DRAFT), Article.Status.PENDING)
        )
        message = ngettext(
            "%(count)d draft submitted for review.", "%(count)d drafts submitted for review.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @staticmethod
    def move_to(request, queryset, status):
        """Give each selected article the user may change `status` through save(), so history, redirects
        and the search index follow. Returns the articles changed."""
        articles = list(queryset.editable_by(request.user))
        for article in articles:
            article.status = status
            article.save()
        return articles
