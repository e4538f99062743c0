"""With DJANGO_LANGUAGE_CODE=ru, no page a reader, commenter or email recipient meets shows English.

The content is Russian (tests/i18n/conftest.py), so any English on these pages is the interface's: each
page's readable text is checked against every English text in our catalogue (catalogue.english_pieces)
and against English month and weekday names.
"""

import re
from datetime import timedelta

import feedparser
import pytest
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.preview import preview_url
from articles.views import ArticleListView
from comments import notifications
from comments.models import Comment, Subscription
from comments.views import NOT_SAVED
from pages.models import Page
from tests.factories import comment_form_data, make_user
from tests.i18n.catalogue import catalogue_path, english_pieces, found_in, readable_text
from tests.i18n.edition import russian_article

pytestmark = pytest.mark.django_db

ENGLISH = english_pieces(catalogue_path("ru"))
MONTHS_AND_DAYS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b"
)


def assert_russian(text, where):
    english = found_in(text, ENGLISH) + MONTHS_AND_DAYS.findall(text)
    assert not english, f"{where} shows English: {english}\n---\n{text}"


def assert_russian_page(response, status=200):
    assert response.status_code == status, response.content[:500]
    html = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in html
    assert_russian(readable_text(html), response.wsgi_request.get_full_path())
    return html


def post_comment(client, article, **overrides):
    data = comment_form_data(article, **overrides)
    return client.post(
        reverse("comments:create", kwargs={"article_id": article.pk}), data, REMOTE_ADDR="192.0.2.9"
    )


def page_requests(site):
    """Each public page type, in Russian: (path, status)."""
    lead, day = site["lead"], site["lead"].published_at
    about = Page.objects.create(title="О редакции", body="<p>Мы небольшая редакция.</p>", is_live=True)
    return {
        "front": ("/", 200),
        "latest": (reverse("articles:latest"), 200),
        "latest-page-2": (reverse("articles:latest") + "?page=2", 200),
        "article": (lead.get_absolute_url(), 200),
        "article-comment-page-2": (lead.get_absolute_url() + "?cpage=2", 200),
        "section": (site["city"].get_absolute_url(), 200),
        "tag": (site["tag"].get_absolute_url(), 200),
        "author": (site["author"].get_absolute_url(), 200),
        "year": (f"/{day:%Y}/", 200),
        "month": (f"/{day:%Y/%m}/", 200),
        "day": (f"/{day:%Y/%m/%d}/", 200),
        "empty-archive": ("/1999/", 200),
        "search-form": (reverse("search:search"), 200),
        "search-empty-query": (reverse("search:search") + "?q=", 200),
        "search-results": (reverse("search:search") + "?q=выставка", 200),
        "search-results-page-2": (reverse("search:search") + "?q=выставка&page=2", 200),
        "search-nothing-found": (reverse("search:search") + "?q=zzzzqqq", 200),
        "search-bad-filters": (
            reverse("search:search") + "?q=x&start=2021-03-01&end=2021-02-01&section=no",
            200,
        ),
        "static-page": (about.get_absolute_url(), 200),
        "corrections": (reverse("articles:corrections"), 200),
        "not-found": ("/no-such-page/", 404),
    }


PAGE_TYPES = [
    "front",
    "latest",
    "latest-page-2",
    "article",
    "article-comment-page-2",
    "section",
    "tag",
    "author",
    "year",
    "month",
    "day",
    "empty-archive",
    "search-form",
    "search-empty-query",
    "search-results",
    "search-results-page-2",
    "search-nothing-found",
    "search-bad-filters",
    "static-page",
    "corrections",
    "not-found",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_public_page_is_all_russian(client, russian_site, settings, discussion, monkeypatch, page_type):
    monkeypatch.setattr(ArticleListView, "paginate_by", 2)
    settings.SEARCH_RESULTS_PER_PAGE = 1
    discussion(per_page=1)
    requests = page_requests(russian_site)
    assert list(requests) == PAGE_TYPES
    path, status = requests[page_type]
    assert_russian_page(client.get(path), status)


def test_comment_form_errors_are_russian(client, russian_site):
    response = post_comment(
        client, russian_site["lead"], body="", name="", email="не-адрес", website="ftp://x"
    )
    html = assert_russian_page(response, 400)
    assert "Напишите текст комментария." in html
    assert "Ваш комментарий ещё не опубликован" in html


def test_leave_a_reply_form_reads_as_russian_readers_expect(client, russian_site):
    html = assert_russian_page(client.get(russian_site["lead"].get_absolute_url()))
    text = readable_text(html)
    for expected in [
        "Оставьте комментарий",
        "Ваш адрес email не будет опубликован.",
        "Обязательные поля помечены\n*",
        "Комментарий\n*",
        "Имя\n*",
        "Email\n*",
        "Сайт",
        "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
        "Отправить комментарий",
    ]:
        assert expected in text
    # The reply title the script shows, with the commenter's name in place of {name}.
    assert 'data-title-reply="Ответ на комментарий: {name}"' in html


def test_reply_form_names_the_comment_in_russian(client, russian_site):
    comment = russian_site["comment"]
    html = assert_russian_page(
        client.get(f"{russian_site['lead'].get_absolute_url()}?replytocom={comment.pk}")
    )
    assert "Ответ на комментарий: Ольга" in html


def test_held_comment_preview_is_russian(client, russian_site):
    response = post_comment(client, russian_site["lead"], body="Мой первый комментарий.")
    assert Comment.objects.get(body="Мой первый комментарий.").status == Comment.Status.PENDING
    html = assert_russian_page(client.get(response.url))
    assert "Ваш комментарий ожидает модерации." in html


def test_published_comment_message_is_russian(client, russian_site, discussion):
    discussion(moderation="none")
    response = post_comment(client, russian_site["lead"], body="Отличная новость.", notify="on")
    html = assert_russian_page(client.get(response.url))
    assert "Спасибо, ваш комментарий опубликован." in html
    assert "Проверьте почту" in html


def test_signed_in_staff_comment_form_is_russian(client, russian_site):
    client.force_login(make_user(is_staff=True, first_name="Мария", last_name="Кузнецова"))
    html = assert_russian_page(client.get(russian_site["lead"].get_absolute_url()))
    assert "Вы вошли как Мария Кузнецова." in html


def test_closed_comments_are_russian(client, russian_site, discussion):
    closed = russian_article(russian_site, headline="Закрытая тема", slug="zakryto", comments_open=False)
    assert "Комментарии к этому материалу закрыты." in assert_russian_page(
        client.get(closed.get_absolute_url())
    )
    discussion(close_after_days=1)
    html = assert_russian_page(client.get(russian_site["lead"].get_absolute_url()))
    assert "Комментарии закрыты 26 февраля 2021." in html


def test_preview_of_a_draft_is_russian(client, russian_site):
    draft = russian_article(
        russian_site, headline="Черновик", slug="chernovik", status=Article.Status.DRAFT, published_at=None
    )
    html = assert_russian_page(client.get(preview_url(draft)))
    assert "Предпросмотр: так будет выглядеть статья." in html


def test_refused_comment_page_is_russian(client, russian_site):
    response = client.post(reverse("comments:create", kwargs={"article_id": 0}), {"body": "Привет"})
    assert "Комментарий не опубликован" in assert_russian_page(response, 404)


@pytest.mark.parametrize("outcome", ["confirmed", "unsubscribed", "staff_unsubscribed", "invalid"])
def test_subscription_pages_are_russian(client, russian_site, outcome):
    subscription = Subscription.objects.create(article=russian_site["lead"], email="olga@example.org")
    links = {
        "confirmed": notifications.signed_link(
            "comments:confirm", subscription.pk, notifications.CONFIRM_SALT
        ),
        "unsubscribed": notifications.signed_link(
            "comments:unsubscribe", subscription.pk, notifications.UNSUBSCRIBE_SALT
        ),
        "staff_unsubscribed": notifications.signed_link(
            "comments:staff_unsubscribe", make_user(is_staff=True).pk, notifications.STAFF_UNSUBSCRIBE_SALT
        ),
        "invalid": reverse("comments:confirm", kwargs={"token": signing.dumps(0, salt="other")}),
    }
    response = client.get(links[outcome].removeprefix("http://testserver"))
    assert_russian_page(response, 400 if outcome == "invalid" else 200)


@pytest.mark.parametrize("template", ["400.html", "500.html", "comments/not_saved.html"])
def test_pages_that_stand_alone_are_russian(russian, template):
    html = render_to_string(
        template, {"reason": NOT_SAVED, "text": "Мой текст", "site_name": "Городские новости"}
    )
    assert '<html lang="ru" dir="ltr">' in html
    assert_russian(readable_text(html), template)


@pytest.mark.parametrize(
    "name",
    ["articles:feed", "articles:feed_atom", "comments:feed"],
)
def test_feeds_are_russian(client, russian_site, name):
    feed = feedparser.parse(client.get(reverse(name)).content)
    assert feed.feed.language == "ru"
    texts = [feed.feed.title, feed.feed.get("subtitle", ""), *(entry.title for entry in feed.entries)]
    assert_russian("\n".join(texts), name)


def test_article_comments_feed_is_russian(client, russian_site):
    lead = russian_site["lead"]
    feed = feedparser.parse(
        client.get(reverse("comments:article_feed", kwargs=lead.address_kwargs())).content
    )
    assert feed.feed.title == "Комментарии: Трамвайная линия откроется весной"
    assert [entry.title for entry in feed.entries] == ["Автор: Пётр", "Автор: Ольга"]
    assert_russian(feed.feed.subtitle, "the article's comments feed")


def test_news_sitemap_names_the_language(client, russian_site):
    russian_article(
        russian_site,
        headline="Свежая новость",
        slug="svezhaya",
        published_at=timezone.now() - timedelta(hours=1),
    )
    content = client.get(reverse("articles:sitemap", kwargs={"section": "news"})).content.decode()
    assert "<news:language>ru</news:language>" in content


def test_emails_are_russian(russian_site, mailoutbox, discussion):
    lead = russian_site["lead"]
    held = Comment.objects.create(
        article=lead,
        name="Ольга",
        email="olga@example.org",
        body="Жду ответа.",
        status="pending",
        reason="links",
    )
    moderator = make_user(is_staff=True, is_superuser=True, email="editor@example.org")
    subscription = Subscription.objects.create(
        article=lead, email="reader@example.org", confirmed_at=lead.published_at
    )
    anna = russian_site["author"]
    anna.user = make_user(is_staff=True, email="anna@example.org")
    anna.save()
    comment = russian_site["comment"]
    messages = [
        *notifications.held_messages(held),
        *notifications.approved_messages(comment),
        notifications.confirmation_message(subscription),
    ]
    assert {message["to"][0] for message in messages} >= {
        moderator.email,
        "anna@example.org",
        subscription.email,
    }
    for message in messages:
        assert_russian(message["subject"] + "\n" + message["body"], message["subject"])
    assert messages[0]["subject"] == "Комментарий к «Трамвайная линия откроется весной» ожидает модерации"
