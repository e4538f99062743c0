from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from articles.models import Article, Author
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_published_excludes_drafts_pending_and_scheduled():
    live = make_article()
    make_article(status=Article.Status.DRAFT)
    make_article(status=Article.Status.PENDING)
    make_article(published_at=timezone.now() + timedelta(minutes=5))
    assert list(Article.objects.published()) == [live]


def test_scheduled_article_becomes_public_at_its_time():
    article = make_article(published_at=timezone.now() + timedelta(hours=1))
    assert not article.is_published()
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    article.refresh_from_db()
    assert article.is_published()
    assert list(Article.objects.published()) == [article]


def test_publishing_without_a_time_publishes_now():
    article = make_article(published_at=None)
    assert article.published_at is not None
    assert article.is_published()


def test_slug_comes_from_the_headline():
    article = Article.objects.create(
        headline="Belarus said it will continue to strengthen relations",
        body="<p>x</p>",
        section=make_section(),
    )
    assert article.slug == "belarus-said-it-will-continue-to-strengthen-relations"


def test_a_taken_slug_gets_a_number():
    section = make_section()
    first = Article.objects.create(headline="Same words", body="<p>x</p>", section=section)
    second = Article.objects.create(headline="Same words", body="<p>y</p>", section=section)
    assert (first.slug, second.slug) == ("same-words", "same-words-2")


def test_the_database_refuses_duplicate_slugs_on_one_day():
    first = make_article(slug="only-once")
    with pytest.raises(IntegrityError):
        Article.objects.bulk_create(  # skips save(), so nothing renumbers the slug
            [
                Article(
                    headline="Other",
                    slug="only-once",
                    body="",
                    section=make_section(),
                    published_on=first.published_on,
                )
            ]
        )


def test_body_is_sanitized_on_save():
    article = make_article(
        body='<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(1)">x</a></p>'
        '<iframe src="https://evil.example"></iframe>'
    )
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "javascript:" not in article.body
    assert "iframe" not in article.body
    assert article.body.startswith("<p>Hello")


def test_dateline_reads_like_a_wire_story():
    when = timezone.make_aware(timezone.datetime(2021, 2, 25, 12, 0))
    article = make_article(dateline_place="MINSK", source_credit="RIA Novosti", published_at=when)
    assert article.dateline == "MINSK, February 25 – RIA Novosti."


def test_dateline_without_a_source():
    when = timezone.make_aware(timezone.datetime(2024, 7, 3, 9, 0))
    assert make_article(dateline_place="OSLO", published_at=when).dateline == "OSLO, July 3."


def test_byline_keeps_the_authors_order():
    first, second = Author.objects.create(name="Zed Last"), Author.objects.create(name="Amy First")
    article = make_article(authors=[first, second])
    assert article.byline_authors == [first, second]


def test_article_url_is_a_wordpress_style_permalink():
    when = timezone.make_aware(timezone.datetime(2021, 2, 5, 12, 0))
    article = make_article(slug="belarus-relations", published_at=when)
    assert article.get_absolute_url() == "/2021/02/05/belarus-relations/"


WORD_PASTE = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style>'
    "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>"
    "<body lang=EN-GB style='tab-interval:36.0pt'><p class=MsoNormal style='margin-bottom:0cm'><b>"
    "<span style='font-family:\"Calibri\"'>Council</span></b><span style='mso-spacerun:yes'> </span>votes "
    "<i>today</i><o:p></o:p></p><p><a href=\"https://example.org/report\" style='color:blue'>report</a></p>"
    "</body></html>"
)


def test_html_pasted_from_word_is_saved_clean():
    article = make_article(body=WORD_PASTE)
    assert article.body == (
        '<p><b>Council</b> votes <i>today</i></p><p><a href="https://example.org/report" '
        'rel="noopener noreferrer">report</a></p>'
    )
