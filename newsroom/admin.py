"""The project's admin site: Django's, with the newsroom's dashboard as its front page, its models in the
newsroom's groups (dashboard/navigation.py), and "view on site" bound to the model admin's view permission."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from dashboard.forms import QuickDraftForm
from dashboard.navigation import grouped_app_list
from dashboard.panels import can_write, dashboard_for


class NewsroomAdminSite(admin.AdminSite):
    index_title = _("Dashboard")

    def get_app_list(self, request, app_label=None):
        if app_label is not None:  # one app's own page (/admin/articles/) lists it as Django does
            return super().get_app_list(request, app_label)
        return grouped_app_list(self._build_app_dict(request), request.user)

    def index(self, request, extra_context=None, quick_draft_form=None):
        dashboard = dashboard_for(request.user, quick_draft_form)
        return super().index(request, {"dashboard": dashboard, **(extra_context or {})})

    def quick_draft(self, request):
        """The dashboard's Quick Draft box: a valid post makes the draft and returns to the dashboard,
        an invalid one shows the dashboard again with the errors beside the fields."""
        if not can_write(request.user):
            raise PermissionDenied
        form = QuickDraftForm(request.POST)
        if not form.is_valid():
            return self.index(request, quick_draft_form=form)
        article = form.save(request.user)
        # In "Recent actions" and the article's history, as if added through its own form.
        self._registry[type(article)].log_addition(request, article, [{"added": {}}])
        edit_url = reverse("admin:articles_article_change", args=[article.pk], current_app=self.name)
        message = format_html(
            gettext('Draft “{headline}” saved. <a href="{url}">Carry on writing it</a>.'),
            headline=article.headline,
            url=edit_url,
        )
        messages.success(request, message)
        return redirect("admin:index")

    def get_urls(self):
        # Django's own /r/<content type>/<id>/ redirects any staff user to any object's page, which for a
        # draft names its address (and so its headline); this one asks the object's model admin first.
        view_on_site = path(
            "r/<path:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        quick_draft = path(
            "quick-draft/", self.admin_view(require_POST(self.quick_draft)), name="quick_draft"
        )
        urls = super().get_urls()
        return [quick_draft] + [
            view_on_site if getattr(url, "name", None) == "view_on_site" else url for url in urls
        ]

    def view_on_site(self, request, content_type_id, object_id):
        """Redirect to the page of an object that this user may view here; 404 for any other."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except (ContentType.DoesNotExist, ValueError) as error:
            raise Http404(_("No such object.")) from error
        model_admin = self._registry.get(model)
        obj = model_admin and model_admin.get_object(request, unquote(object_id))
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404(_("No such object, or not one you may see."))
        return shortcut(request, content_type_id, object_id)
