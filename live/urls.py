from django.urls import path

from articles import converters  # noqa: F401 - registers the yyyy/mm/dd converters of article addresses
from live import feeds, views

app_name = "live"

# Included at the site root: a live page's feed lives under the article's own address.
urlpatterns = [
    path("live/<int:article_id>/new/", views.new_entries, name="new_entries"),
    path("live/entries/<int:pk>/", views.permalink, name="entry"),
    path("<yyyy:year>/<mm:month>/<dd:day>/<anyslug:slug>/live/feed/", feeds.LiveFeed(), name="feed"),
]
