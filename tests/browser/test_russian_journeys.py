"""The browser journeys of test_reader.py, test_commenter.py, test_comments.py and test_editor.py, on
the Russian site (DJANGO_LANGUAGE_CODE=ru): a reader, a commenter who gets the form wrong first, and
an editor in the Russian admin, each in a Russian browser, meeting the interface in Russian and
stories whose Cyrillic headlines are their transliterated addresses.

The texts asserted are the translations in locale/ru/LC_MESSAGES/django.po (and Django's own, in the
admin); tests/i18n/test_pages.py checks that no page shows any English at all.
"""

import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from articles.views import ArticleListView
from comments.models import Comment
from publishing.slugs import slug_for
from tests.browser.reading import tab_to
from tests.i18n.edition import build_edition, russian_article

pytestmark = pytest.mark.browser

STORY = "Речной вокзал снова принимает пассажиров после ремонта"
STORY_SLUG = "rechnoj-vokzal-snova-prinimaet-passazhirov-posle-remonta"
EDITORS_STORY = "Жители Заречья выбрали проект нового сквера"
EDITORS_SLUG = "zhiteli-zarechya-vybrali-proekt-novogo-skvera"
REQUIRED = {
    "body": ("Комментарий", "Напишите текст комментария."),
    "name": ("Имя", "Укажите ваше имя."),
    "email": ("Email", "Укажите ваш адрес email."),
}
VIEWPORTS = {"phone": (375, 812), "desktop": (1280, 800)}  # as conftest.py's phone_page and desktop_page
COMMENT = "Наконец-то до Заречья можно доехать по воде.\n\nЖдём летнего расписания."
HELD = (
    "Ваш комментарий ожидает модерации. Это предварительный просмотр: комментарий увидят все после одобрения."
)


@pytest.fixture
def edition(russian, transactional_db):
    """The Russian edition (tests/i18n/edition.py), led by a story whose slug was left to the server."""
    site = build_edition()
    site["story"] = russian_article(
        site,
        headline=STORY,
        slug="",
        standfirst="Первые теплоходы ушли вниз по реке в восемь утра.",
        body="<p>Ремонт причалов занял два года.</p><p>Билеты продаются в кассах у причала.</p>",
        tags=[site["tag"]],
        is_featured=True,
        published_at=timezone.make_aware(datetime(2026, 2, 25, 10, 40)),
    )
    return site


def russian_browser(new_page, width, height=812):
    """A page in a Russian reader's browser (navigator.language and Accept-Language ru-RU), which the
    site does not need: its language is the setting's."""
    return new_page(width, height, locale="ru-RU")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_russian_reader_journey(edition, new_page, viewport, reader, live_server, monkeypatch):
    """Front → story → author → section → another story → tag and its feed → archive → search → latest →
    page 2."""
    monkeypatch.setattr(ArticleListView, "paginate_by", 2)  # the live server runs in this process
    page = russian_browser(new_page, *VIEWPORTS[viewport])
    walk = reader(page)

    walk.visit("/", f"{viewport}-1-front")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.title() == "Городские новости"
    lead = page.locator(".front-lead .card__headline a")
    expect(lead).to_have_text(STORY)
    expect(page.locator(".front-lead time")).to_have_text("25 февраля 2026")

    walk.follow(lead, f"{viewport}-2-article")
    assert urlsplit(page.url).path == f"/2026/02/25/{STORY_SLUG}/"
    expect(page.locator("h1")).to_have_text(STORY)
    walk.assert_headline_above_the_fold(f"{viewport}-2-article")
    expect(page.locator(".story__times span").first).to_have_text("Опубликовано 25 февраля 2026, 10:40")
    expect(page.locator(".byline")).to_have_text("Текст: Анна Петрова, корреспондент")
    expect(page.get_by_role("heading", name="Оставьте комментарий", exact=True)).to_be_visible()

    walk.follow(page.locator(".byline a"), f"{viewport}-3-author")
    expect(page.locator("h1")).to_have_text("Анна Петрова")
    walk.follow(page.locator(".card .kicker a"), f"{viewport}-4-section")
    expect(page.locator("h1")).to_have_text("Город")
    walk.follow(page.locator(".card__headline a", has_text="Трамвайная линия"), f"{viewport}-5-article")
    expect(page.locator(".dateline")).to_have_text("МИНСК, 25 февраля – РИА Новости.")
    expect(page.locator(".corrections")).to_contain_text("Исправление, 25 февраля 2021, 16:30:")
    expect(page.locator("#comments-title")).to_have_text("2 комментария")
    walk.follow(page.locator(".tag-list a"), f"{viewport}-6-tag")
    expect(page.locator("h1")).to_have_text("Транспорт")
    feed = page.locator('link[rel=alternate][type="application/rss+xml"][title="Транспорт (RSS)"]')
    response = page.request.get(live_server.url + urlsplit(feed.get_attribute("href")).path)
    assert response.status == 200
    assert "<language>ru</language>" in response.text() and STORY in response.text()

    walk.visit("/2026/02/", f"{viewport}-7-archive")
    expect(page.locator("h1")).to_have_text("Февраль 2026: все материалы")

    page.get_by_role("searchbox", name="Поиск по материалам").first.fill("вокзал")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    walk.arrive(f"{viewport}-8-search")
    expect(page.locator(".search-summary")).to_have_text("1 результат по запросу «вокзал»")
    expect(page.locator(".search-result__headline")).to_have_text(STORY)

    walk.follow(page.locator(".site-nav a", has_text="Последние новости"), f"{viewport}-9-latest")
    walk.follow(page.locator(".pagination a[rel=next]"), f"{viewport}-10-latest-page-2")
    assert "page=2" in page.url
    expect(page.locator(".pagination")).to_contain_text("Страница 2 из 3")


def test_russian_skip_link_stays_hidden_until_focused(edition, new_page, live_server, screenshot):
    """ "Перейти к основному содержанию" takes two lines on a phone: all of it is hidden until Tab."""
    page = russian_browser(new_page, 375)
    page.goto(live_server.url + edition["story"].get_absolute_url())
    skip = page.get_by_role("link", name="Перейти к основному содержанию")
    box = skip.bounding_box()
    assert box["y"] + box["height"] <= 0, f"the skip link shows before it is focused: {box}"

    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] >= 24, f"the focused skip link is off screen or tiny: {box}"
    screenshot(page, "skip-link-focused")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.fixture
def commenting(discussion):
    """A person types slower than a test: no anti-spam clock, no flood control. A first-time commenter
    is held for moderation, and sees the preview."""
    discussion(min_form_seconds=0, flood_seconds=0, moderation="known")


def field(page, label):
    """A comment form field, found by its Russian label (a required one's ends in *)."""
    return page.get_by_role("textbox", name=re.compile(rf"^{label}\s*\*?$"))


def post_comment(page):
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Отправить комментарий").click()
    return navigation.value


def test_russian_commenter_fixes_every_error_and_previews_a_held_comment(
    edition, commenting, new_page, live_server, axe, screenshot, page_errors
):
    page = russian_browser(new_page, 375)
    page.goto(live_server.url + edition["story"].get_absolute_url())
    respond = page.locator("#respond")
    respond.scroll_into_view_if_needed()
    expect(respond.get_by_role("heading", name="Оставьте комментарий", exact=True)).to_be_visible()
    expect(respond.locator(".comment-notes")).to_have_text(
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *"
    )

    assert post_comment(page).status == 400
    summary = page.locator("#comment-error-summary")
    expect(summary).to_have_attribute("role", "alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Ваш комментарий ещё не опубликован")
    for name, (label, error) in REQUIRED.items():
        expect(summary.get_by_role("link", name=error, exact=True)).to_have_count(1)
        expect(page.locator(f"#id_{name}_error")).to_have_text(error)
        expect(field(page, label)).to_have_attribute("aria-invalid", "true")
        # A screen reader reads the error with the field: the message describes it.
        expect(field(page, label)).to_have_accessible_description(re.compile(re.escape(error)))
    axe(page)
    screenshot(page, "empty-form-errors")

    field(page, "Комментарий").fill(COMMENT)
    field(page, "Имя").fill("Мария Соколова")
    field(page, "Email").fill("maria.example.org")
    field(page, "Сайт").fill("https://zarechye.example.org")
    assert post_comment(page).status == 400
    expect(page.locator("#id_email_error")).to_have_text("Введите правильный адрес email.")
    expect(page.locator("#id_body_error, #id_name_error")).to_have_count(0)
    expect(field(page, "Комментарий")).to_have_value(COMMENT)
    expect(field(page, "Имя")).to_have_value("Мария Соколова")
    expect(field(page, "Сайт")).to_have_value("https://zarechye.example.org")
    summary.get_by_role("link", name="Введите правильный адрес email.").click()
    expect(field(page, "Email")).to_be_focused()
    axe(page)
    screenshot(page, "bad-email-error")

    field(page, "Email").fill("maria@example.org")
    response = post_comment(page)
    assert response.status == 200 and "#comment-" in page.url
    held = page.locator(page.url[page.url.index("#") :])
    expect(held.locator(".comment__awaiting")).to_have_text(HELD)
    expect(held.locator(".comment__text")).to_contain_text("Ждём летнего расписания.")
    assert Comment.objects.get(name="Мария Соколова").status == Comment.Status.PENDING
    assert "maria@example.org" not in response.text() and "maria@example.org" not in page.content()
    axe(page)
    assert not page_errors(page)
    screenshot(page, "held-comment-preview")


def test_russian_commenter_replies_with_the_keyboard_only(
    edition, commenting, discussion, new_page, live_server, axe, screenshot, page_errors
):
    discussion(moderation="none")
    olga = edition["comment"]
    page = russian_browser(new_page, 1280)
    page.goto(live_server.url + edition["lead"].get_absolute_url())
    reply = page.get_by_role("link", name="Ответить на комментарий: Ольга")
    expect(reply).to_have_text("Ответить")
    reply.focus()  # as if tabbed to; the skip link journey covers getting this far
    page.keyboard.press("Enter")
    expect(page.locator(f"#comment-{olga.pk} #respond")).to_have_count(1)
    expect(page.locator("#reply-title-text")).to_have_text("Ответ на комментарий: Ольга")
    expect(field(page, "Комментарий")).to_be_focused()
    page.keyboard.type("Первые вагоны обещают пустить уже в марте.")
    for text in ["Павел", "pavel@example.org"]:
        page.keyboard.press("Tab")
        page.keyboard.type(text)

    tab_to(page, "Отправить комментарий")
    screenshot(page, "submit-focused")

    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    posted = Comment.objects.get(parent=olga, name="Павел")
    messages = page.locator(".messages")
    expect(messages).to_have_attribute("role", "status")
    expect(messages).to_have_text("Спасибо, ваш комментарий опубликован.")
    expect(page.locator(f"#comment-{olga.pk} .comment-list--children #comment-{posted.pk}")).to_contain_text(
        "Первые вагоны обещают пустить уже в марте."
    )
    assert "pavel@example.org" not in navigation.value.text()
    axe(page)
    assert not page_errors(page)
    screenshot(page, "reply-posted")


def sign_in(page, live_server, editor):
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Имя пользователя").fill(editor.username)
    page.get_by_label("Пароль").fill("a long editor password")
    with page.expect_navigation():
        page.get_by_role("button", name="Войти").click()
    expect(page.locator("#site-name")).to_be_visible()


def choose(page, field_id, typed, option):
    """Pick `option` in one of the admin's autocomplete (select2) fields, typing `typed` to find it."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    # The list opens with every choice: wait for the answer to what was typed.
    with page.expect_response(
        lambda response: "/admin/autocomplete/" in response.url and "term=" in response.url
    ):
        page.locator(".select2-container--open .select2-search__field").fill(typed)
    expect(page.locator(".select2-results__option")).to_have_text([option])
    page.locator(".select2-results__option", has_text=option).click()


def axe_admin_form(page, axe, page_errors):
    """axe-core on an admin form, once the page is known to have logged no errors of its own: axe's
    checks on a form log an inline style that the admin's policy (style-src 'self') refuses."""
    assert not page_errors(page)
    axe(page)
    page.errors.clear()


def save(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Сохранить", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_count(1)


def test_russian_editor_writes_publishes_and_edits_an_article(
    edition, editor, new_page, live_server, axe, screenshot, page_errors
):
    page = russian_browser(new_page, 1280, 800)
    sign_in(page, live_server, editor)
    assert page.locator("html").get_attribute("lang") == "ru"
    expect(page.locator("#site-name")).to_have_text("Городские новости: администрирование")
    axe(page)
    screenshot(page, "dashboard")

    page.goto(live_server.url + "/admin/articles/article/add/")
    headline, slug = page.get_by_label("Заголовок"), page.get_by_label("Ярлык")
    # Letters off Playwright's US keyboard arrive as text input, without the key-up the prefill
    # listens to (test_slugs.py): each burst of typing ends with a key that has one.
    headline.press_sequentially("Жители Заречья")
    headline.press("End")
    expect(slug).to_have_value("zhiteli-zarechya")
    headline.press_sequentially(" выбрали проект нового сквера")
    headline.press("End")
    expect(slug).to_have_value(EDITORS_SLUG)
    page.get_by_label("Лид").fill("Голосование шло две недели, участвовали почти три тысячи человек.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("Сквер разобьют на месте бывшего рынка до конца лета.")
    choose(page, "id_section", "город", "Город")
    choose(page, "id_bylines-0-author", "анна", "Анна Петрова")
    page.get_by_label("Статус").select_option(label="Опубликована")
    published_at = timezone.localtime() - timedelta(minutes=5)
    page.get_by_role("textbox", name="Время публикации: дата").fill(f"{published_at:%d.%m.%Y}")
    page.get_by_role("textbox", name="Время публикации: время").fill(f"{published_at:%H:%M:%S}")
    axe_admin_form(page, axe, page_errors)
    screenshot(page, "new-article")
    save(page)
    expect(page.locator(".messagelist .success")).to_contain_text(EDITORS_STORY)
    axe(page)
    screenshot(page, "saved")

    article = Article.objects.published().get(headline=EDITORS_STORY)
    assert article.slug == EDITORS_SLUG == slug_for(EDITORS_STORY)
    assert page.goto(live_server.url + article.get_absolute_url()).status == 200
    assert urlsplit(page.url).path == f"/{published_at:%Y/%m/%d}/{EDITORS_SLUG}/"
    expect(page.locator("h1")).to_have_text(EDITORS_STORY)
    expect(page.locator(".byline")).to_have_text("Текст: Анна Петрова, корреспондент")
    expect(page.locator(".story__body")).to_have_text("Сквер разобьют на месте бывшего рынка до конца лета.")
    axe(page)

    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    expect(slug).to_have_value(EDITORS_SLUG)
    page.get_by_label("Лид").fill("Голосование шло две недели; победил проект с фонтаном.")
    # The story is public: the admin asks, in Russian, whether readers need a note about the change.
    question = page.get_by_label("Нужно ли сообщить читателям об этой правке?")
    question.select_option(label="Дополнение")
    page.get_by_label("Заметка для читателей").fill("Добавлены итоги голосования.")
    axe_admin_form(page, axe, page_errors)
    save(page)
    assert list(Article.objects.filter(headline=EDITORS_STORY).values_list("pk", "slug")) == [
        (article.pk, EDITORS_SLUG)
    ]
    page.goto(live_server.url + article.get_absolute_url())
    expect(page.locator(".story__standfirst")).to_have_text(
        "Голосование шло две недели; победил проект с фонтаном."
    )
    expect(page.locator(".corrections")).to_contain_text("Дополнение")
    expect(page.locator(".corrections")).to_contain_text("Добавлены итоги голосования.")
    page.goto(live_server.url + "/")
    expect(page.locator(".front-latest")).to_contain_text(EDITORS_STORY)
    assert not page_errors(page)
    screenshot(page, "published")
