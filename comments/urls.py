from django.urls import path

from comments import views

app_name = "comments"

urlpatterns = [
    path("post/<int:article_id>/", views.CommentCreateView.as_view(), name="create"),
    path("<int:pk>/", views.permalink, name="permalink"),
    path("follow-ups/confirm/<str:token>/", views.confirm, name="confirm"),
    path("follow-ups/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("notifications/unsubscribe/<str:token>/", views.staff_unsubscribe, name="staff_unsubscribe"),
]
