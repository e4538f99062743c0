from django.urls import path

from publishing import robots

app_name = "publishing"

urlpatterns = [
    path("robots.txt", robots.robots_txt, name="robots_txt"),
]
