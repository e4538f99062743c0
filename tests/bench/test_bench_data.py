from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from articles.models import Article, ArticleAuthor
from comments.models import Comment
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def bench_data(*arguments):
    out, err = StringIO(), StringIO()
    call_command("bench_data", *arguments, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_fills_the_site_with_published_stories_and_threaded_comments(client, debug):
    out, err = bench_data("--articles", "50", "--comments", "200")
    assert Article.objects.published().count() == Article.objects.count() == 50
    assert Comment.objects.approved().count() == Comment.objects.count() == 200
    assert not ArticleAuthor.objects.filter(article__isnull=True).exists()
    assert SearchDocument.objects.count() == 50
    replies = Comment.objects.exclude(parent=None)
    assert replies.filter(depth__gte=3).exists()
    assert not replies.exclude(depth=F("parent__depth") + 1).exists()
    assert not replies.exclude(root=F("parent__root")).exclude(root=F("parent")).exists()
    assert not replies.exclude(article=F("parent__article")).exists()
    assert "Added 50 articles" in out and "200 comments" in out
    assert "100.0%" in err and "items/s" in err


def test_its_pages_work(client, debug, uncached_pages):
    bench_data("--articles", "50", "--comments", "200")
    busiest = Article.objects.published().with_listing_annotations().order_by("-comment_count").first()
    assert client.get("/").status_code == 200
    response = client.get(busiest.get_absolute_url())
    assert response.status_code == 200  # its address has the right day: no redirect
    assert response.context["count"] == busiest.comment_count > 0
    assert client.get(busiest.section.get_absolute_url()).status_code == 200
    found = client.get("/search/", {"q": f'"{busiest.headline}"'})
    assert busiest in found.context["articles"]  # indexed


def test_comments_alone_go_to_the_stories_there_are(debug):
    bench_data("--articles", "5")
    bench_data("--comments", "30")
    assert Comment.objects.filter(article__in=Article.objects.published()).count() == 30


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--articles", "many"], "--articles must be a whole number from 0 to 10,000,000, not 'many'."),
        (["--comments", "-5"], "--comments must be a whole number"),
        ([], "Nothing to add"),
        (["--comments", "10"], "There are no published stories to comment on"),
    ],
)
def test_refuses_bad_arguments_in_one_line(debug, arguments, message):
    with pytest.raises(CommandError, match=message.replace(".", r"\.").replace("(", r"\(")):
        bench_data(*arguments)
    assert not Article.objects.exists()


def test_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        bench_data("--articles", "5")
