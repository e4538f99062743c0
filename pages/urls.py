from django.urls import path

from pages import views
from publishing import slugs  # noqa: F401 - registers anyslug

app_name = "pages"

urlpatterns = [
    path("page/<anyslug:slug>/", views.PageDetailView.as_view(), name="detail"),
]
