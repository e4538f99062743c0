import re

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.views.static import serve

admin.site.site_header = lazy(
    lambda: gettext("%(site_name)s admin") % {"site_name": settings.SITE_NAME}, str
)()
admin.site.site_title = settings.SITE_NAME

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("", include("operations.urls")),  # /healthz, for load balancers and monitoring
    path("", include("comments.urls")),  # /comments/… and each article's comments feed
    path("", include("live.urls")),  # /live/… and each live page's feed of entries
    path("", include("publishing.urls")),  # /robots.txt
    path("", include("pages.urls")),
    path("", include("search.urls")),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
