from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from articles.models import Article
from tests.factories import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db


def unpublished_articles():
    return [
        make_article(status=Article.Status.DRAFT, headline="Secret draft"),
        make_article(status=Article.Status.PENDING, headline="Secret pending"),
        make_article(published_at=timezone.now() + timedelta(days=1), headline="Secret scheduled"),
    ]


def test_front_page_leads_with_the_featured_story(client):
    make_article(headline="Newest but plain")
    featured = make_article(
        headline="The big story", is_featured=True, published_at=timezone.now() - timedelta(days=2)
    )
    response = client.get(reverse("articles:home"))
    assert response.context["lead"] == featured
    assert "Newest but plain" in [article.headline for article in response.context["latest"]]


def test_front_page_shows_a_block_per_section(client):
    world, business = make_section(name="World"), make_section(name="Business")
    make_article(section=world, headline="World story")
    make_article(section=business, headline="Business story")
    response = client.get(reverse("articles:home"))
    blocks = {
        section.name: [a.headline for a in articles]
        for section, articles in response.context["section_blocks"]
    }
    assert blocks == {"World": ["World story"], "Business": ["Business story"]}


def test_no_page_lists_unpublished_articles(client):
    section, tag, author = make_section(), make_tag(), make_author()
    for article in unpublished_articles():
        article.section = section
        article.save()
        article.tags.add(tag)
        article.bylines.create(author=author, position=1)
    year = timezone.localdate().year
    for url in [
        reverse("articles:home"),
        reverse("articles:latest"),
        section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        reverse("articles:year", kwargs={"year": year}),
    ]:
        assert b"Secret" not in client.get(url).content, url


def test_unpublished_article_pages_are_not_found(client):
    for article in unpublished_articles():
        assert client.get(article.get_absolute_url()).status_code == 404


def test_article_page_shows_the_story(client):
    when = timezone.make_aware(timezone.datetime(2021, 2, 25, 12, 0))
    first, second = make_author(name="Ann Reporter"), make_author(name="Bo Writer")
    article = make_article(
        headline="Port opens <new> terminal",
        standfirst="A summary.",
        dateline_place="MINSK",
        source_credit="RIA Novosti",
        body="<p>Under the pressure of events.</p><p>Second.</p>",
        published_at=when,
        authors=[first, second],
        tags=[make_tag(name="Trade")],
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<h1 class="story__headline">Port opens &lt;new&gt; terminal</h1>' in html
    assert (
        '<p><span class="dateline">MINSK, February 25 – RIA Novosti.</span> Under the pressure of events.</p>'
        in html
    )
    assert f'<a rel="author" href="{first.get_absolute_url()}">Ann Reporter</a> and' in html
    assert f'href="{second.get_absolute_url()}">Bo Writer</a>' in html
    assert '<time datetime="2021-02-25T12:00:00+00:00">25 February 2021, 12:00</time>' in html
    assert 'rel="tag">Trade</a>' in html


def test_article_page_links_previous_and_next_stories(client):
    older = make_article(published_at=timezone.now() - timedelta(days=3))
    article = make_article(published_at=timezone.now() - timedelta(days=2))
    newer = make_article(published_at=timezone.now() - timedelta(days=1))
    make_article(status=Article.Status.DRAFT, published_at=timezone.now() - timedelta(days=1, hours=12))
    response = client.get(article.get_absolute_url())
    assert response.context["previous_article"] == older
    assert response.context["next_article"] == newer


def test_article_under_the_wrong_date_redirects_to_its_permalink(client):
    article = make_article()
    response = client.get(f"/2001/01/01/{article.slug}/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    "url", ["/2024/13/", "/2024/02/30/", "/2024/00/", "/no-such-page/", "/section/nope/"]
)
def test_bad_addresses_get_the_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_section_tag_and_author_pages_list_their_stories(client):
    section, tag, author = (
        make_section(name="Science"),
        make_tag(name="Space"),
        make_author(name="Cleo Vance"),
    )
    in_all = make_article(section=section, tags=[tag], authors=[author])
    make_article()
    for url in [section.get_absolute_url(), tag.get_absolute_url(), author.get_absolute_url()]:
        assert list(client.get(url).context["articles"]) == [in_all], url


def test_author_page_shows_the_bio(client):
    author = make_author(name="Cleo Vance", bio="Covers science from Geneva.", title="Science editor")
    html = client.get(author.get_absolute_url()).content.decode()
    assert "<h1" in html and "Cleo Vance" in html
    assert "Covers science from Geneva." in html and "Science editor" in html


def test_date_archives_list_that_period(client):
    in_day = make_article(published_at=timezone.make_aware(timezone.datetime(2023, 5, 17, 10)))
    in_month = make_article(published_at=timezone.make_aware(timezone.datetime(2023, 5, 2, 10)))
    in_year = make_article(published_at=timezone.make_aware(timezone.datetime(2023, 1, 9, 10)))
    make_article(published_at=timezone.make_aware(timezone.datetime(2022, 5, 17, 10)))
    day = client.get(reverse("articles:day", kwargs={"year": 2023, "month": 5, "day": 17}))
    month = client.get(reverse("articles:month", kwargs={"year": 2023, "month": 5}))
    year = client.get(reverse("articles:year", kwargs={"year": 2023}))
    assert list(day.context["articles"]) == [in_day]
    assert list(month.context["articles"]) == [in_day, in_month]
    assert list(year.context["articles"]) == [in_day, in_month, in_year]
    assert day.context["heading"] == "17 May 2023"


def test_lists_are_paginated(client, settings):
    section = make_section()
    for _ in range(settings.ARTICLES_PER_PAGE + 2):
        make_article(section=section)
    first = client.get(section.get_absolute_url())
    second = client.get(section.get_absolute_url() + "?page=2")
    assert len(first.context["articles"]) == settings.ARTICLES_PER_PAGE
    assert len(second.context["articles"]) == 2
    assert 'rel="next" href="?page=2"' in first.content.decode()
    assert client.get(section.get_absolute_url() + "?page=9").status_code == 404


def test_headlines_are_escaped_everywhere(client):
    article = make_article(headline='<script>alert("x")</script>', standfirst="<b>bold</b>")
    for url in [reverse("articles:home"), article.get_absolute_url(), article.section.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<b>bold</b>" not in html, url


def test_server_error_page_is_friendly(rf):
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_machine_readable_times_are_to_the_second(client):
    """HTML's <time datetime> allows no microseconds, which timezone.now() always has."""
    when = timezone.make_aware(timezone.datetime(2024, 3, 9, 8, 30, 15, 123456))
    article = make_article(published_at=when)
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'datetime="2024-03-09T08:30:15+00:00"' in html
    assert ".123456" not in html
