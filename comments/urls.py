from django.urls import path

from articles import converters  # noqa: F401 - registers the yyyy/mm/dd converters of article addresses
from comments import feeds, views

app_name = "comments"

# Included at the site root: the per-article feed lives under the article's own address.
urlpatterns = [
    path("comments/post/<int:article_id>/", views.post_comment, name="create"),
    path("comments/<int:pk>/", views.permalink, name="permalink"),
    path("comments/<int:pk>/report/", views.report, name="report"),
    path("comments/feed/", feeds.SiteCommentsFeed(), name="feed"),
    path(
        "<yyyy:year>/<mm:month>/<dd:day>/<anyslug:slug>/feed/",
        feeds.ArticleCommentsFeed(),
        name="article_feed",
    ),
    path("comments/follow-ups/confirm/<str:token>/", views.confirm, name="confirm"),
    path("comments/follow-ups/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "comments/notifications/unsubscribe/<str:token>/",
        views.staff_unsubscribe,
        name="staff_unsubscribe",
    ),
]
