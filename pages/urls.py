from django.urls import path

from pages import views
from publishing import slugs  # noqa: F401 - registers anyslug

app_name = "pages"

urlpatterns = [
    path("page/<path:path>/", views.PageDetailView.as_view(), name="detail"),
]
