from django.urls import path, register_converter

from articles import converters, views

register_converter(converters.YearConverter, "yyyy")
register_converter(converters.MonthConverter, "mm")
register_converter(converters.DayConverter, "dd")

app_name = "articles"

urlpatterns = [
    path("", views.FrontPageView.as_view(), name="home"),
    path("latest/", views.LatestView.as_view(), name="latest"),
    path("section/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("tag/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("author/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("<yyyy:year>/", views.YearArchiveView.as_view(), name="year"),
    path("<yyyy:year>/<mm:month>/", views.MonthArchiveView.as_view(), name="month"),
    path("<yyyy:year>/<mm:month>/<dd:day>/", views.DayArchiveView.as_view(), name="day"),
    path("<yyyy:year>/<mm:month>/<dd:day>/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
