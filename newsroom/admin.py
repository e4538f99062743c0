"""The project's admin site: Django's, with "view on site" bound to the model admin's view permission."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _


class NewsroomAdminSite(admin.AdminSite):
    def get_urls(self):
        # Django's own /r/<content type>/<id>/ redirects any staff user to any object's page, which for a
        # draft names its address (and so its headline); this one asks the object's model admin first.
        view_on_site = path(
            "r/<path:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        urls = super().get_urls()
        return [view_on_site if getattr(url, "name", None) == "view_on_site" else url for url in urls]

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
