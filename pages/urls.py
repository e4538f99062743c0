from django.urls import path

from pages import converters, views  # noqa: F401 - converters registers pagepath

app_name = "pages"

urlpatterns = [
    path("page/<pagepath:path>/", views.PageDetailView.as_view(), name="detail"),
]
