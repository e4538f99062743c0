from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = f"{settings.SITE_NAME} admin"
admin.site.site_title = settings.SITE_NAME

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("", include("articles.urls")),
]

if settings.DEBUG:
    # WhiteNoise serves static files everywhere; uploads are the web server's job in production.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
