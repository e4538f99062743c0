from django.urls import path

from articles import converters, feeds, preview, sitemaps, views  # noqa: F401 - converters registers yyyy/mm/dd

app_name = "articles"

urlpatterns = [
    path("", views.FrontPageView.as_view(), name="home"),
    path("latest/", views.LatestView.as_view(), name="latest"),
    path("section/<anyslug:slug>/", views.SectionView.as_view(), name="section"),
    path("tag/<anyslug:slug>/", views.TagView.as_view(), name="tag"),
    path("author/<anyslug:slug>/", views.AuthorView.as_view(), name="author"),
    path("corrections/", views.CorrectionsView.as_view(), name="corrections"),
    path("corrections/feed/", feeds.CorrectionsFeed(), name="corrections_feed"),
    path("corrections/feed/atom/", feeds.CorrectionsAtomFeed(), name="corrections_feed_atom"),
    path("feed/", feeds.ArticleFeed(), name="feed"),
    path("feed/atom/", feeds.ArticleAtomFeed(), name="feed_atom"),
    path("section/<anyslug:slug>/feed/", feeds.SectionFeed(), name="section_feed"),
    path("section/<anyslug:slug>/feed/atom/", feeds.SectionAtomFeed(), name="section_feed_atom"),
    path("tag/<anyslug:slug>/feed/", feeds.TagFeed(), name="tag_feed"),
    path("tag/<anyslug:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag_feed_atom"),
    path("author/<anyslug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    path("author/<anyslug:slug>/feed/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
    path("sitemap.xml", sitemaps.index, name="sitemap_index"),
    path("sitemap-<anyslug:section>.xml", sitemaps.sitemap, name="sitemap"),
    path("preview/<str:token>/", preview.PreviewView.as_view(), name="preview"),
    path("<yyyy:year>/", views.YearArchiveView.as_view(), name="year"),
    path("<yyyy:year>/<mm:month>/", views.MonthArchiveView.as_view(), name="month"),
    path("<yyyy:year>/<mm:month>/<dd:day>/", views.DayArchiveView.as_view(), name="day"),
    path("<yyyy:year>/<mm:month>/<dd:day>/<anyslug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
