from django.urls import path

from articles import converters  # noqa: F401 - registers anyslug
from pages import views

app_name = "pages"

urlpatterns = [
    path("page/<anyslug:slug>/", views.PageDetailView.as_view(), name="detail"),
]
