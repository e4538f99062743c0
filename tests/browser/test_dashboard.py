"""The admin's dashboard for each role, in a real browser: what an Author, an Editor and a Moderator see
when they sign in, and what each does not; axe-core checks every page."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, Author, Correction
from articles.roles import sync_roles
from comments.models import Comment, DiscussionSettings
from tests.factories import make_article, make_comment, make_section, make_user

pytestmark = pytest.mark.browser

PASSWORD = "a long staff password"


def staff(role, username, name):
    user = make_user(username=username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    Author.objects.create(name=name, slug=username, user=user)
    return user


@pytest.fixture
def newsroom(transactional_db):
    """A newsroom mid-shift: a story to review, drafts, one scheduled, held comments, a correction."""
    sync_roles(Group, Permission)  # a transactional test starts from an empty database
    now = timezone.now()
    author = staff("Author", "ana", "Ana Ferreira")
    harbour = make_section(name="Harbour", slug="harbour")
    make_article(
        headline="Ferry timetable to change in spring",
        status=Article.Status.DRAFT,
        published_at=None,
        section=harbour,
        authors=[author.author_profile],
    )
    make_article(
        headline="Night buses return to the old town",
        status=Article.Status.PENDING,
        published_at=None,
        section=harbour,
    )
    make_article(headline="Harbour bridge reopens on Monday", published_at=now + timedelta(hours=5))
    lamps = make_article(headline="Harbour lamps are lit again", published_at=now - timedelta(hours=2))
    market = make_article(headline="Fish market moves indoors", published_at=now - timedelta(days=3))
    Correction.objects.create(article=market, note="The market opens at six, not seven.")
    settings = DiscussionSettings.load()
    settings.close_after_days = 14
    settings.save()
    make_article(headline="Harbour plan goes to consultation", published_at=now - timedelta(days=13, hours=2))
    for days_ago in range(0, 12, 2):
        make_comment(lamps, created_at=now - timedelta(days=days_ago, hours=1))
    make_comment(market, created_at=now - timedelta(days=1))
    make_comment(
        lamps, status=Comment.Status.PENDING, reason=Comment.Reason.LINKS, created_at=now - timedelta(hours=6)
    )
    make_comment(market, status=Comment.Status.PENDING, reason=Comment.Reason.FIRST_TIME)
    make_comment(market, status=Comment.Status.SPAM, reason=Comment.Reason.HONEYPOT)
    return {
        "author": author,
        "editor": staff("Editor", "ines", "Ines Berg"),
        "moderator": staff("Moderator", "mo", "Mo Lindqvist"),
    }


def sign_in_as(page, live_server, user):
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    assert page.locator("#site-name").is_visible(), f"not signed in: {page.url}"


def panel_titles(page):
    return page.locator(".dashboard-panel h3, .dashboard-panel h2").all_inner_texts()


def test_an_author_sees_their_drafts_and_writes_a_quick_draft(
    newsroom, live_server, desktop_page, axe, screenshot, page_errors
):
    page = desktop_page
    sign_in_as(page, live_server, newsroom["author"])
    assert panel_titles(page) == ["My drafts", "Quick draft"]
    assert "Ferry timetable to change in spring" in page.locator("#panel-drafts").inner_text()
    content = page.locator("#content").inner_text()
    for hidden in ["Night buses return", "Harbour bridge reopens", "awaiting moderation", "System"]:
        assert hidden not in content
    axe(page)
    screenshot(page, "dashboard-author")

    page.get_by_label("A few lines").fill("The ferry company will publish the new times in March.")
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    headline = page.get_by_label("Headline")
    assert headline.get_attribute("aria-invalid") == "true"
    assert page.locator("#id_headline_error").inner_text() == "Give the draft a headline."
    assert page.get_by_label("A few lines").input_value().startswith("The ferry company")
    axe(page)

    headline.fill("New ferry times from March")
    page.get_by_label("Section").select_option(label="Harbour")
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    assert "Draft “New ferry times from March” saved." in page.locator(".messagelist").inner_text()
    assert "New ferry times from March" in page.locator("#panel-drafts").inner_text()
    assert not page_errors(page)


def test_an_editor_sees_the_review_queue_the_schedule_and_what_happened(
    newsroom, live_server, desktop_page, axe, screenshot, page_errors
):
    page = desktop_page
    sign_in_as(page, live_server, newsroom["editor"])
    assert panel_titles(page) == [
        "Pending review",
        "My drafts",
        "Scheduled for the next 48 hours",
        "Comments closing soon",
        "Recent corrections",
        "Published stories",
        "Most commented this week",
        "Quick draft",
    ]
    assert "Night buses return to the old town" in page.locator("#panel-pending-review").inner_text()
    scheduled = page.locator("#panel-scheduled")
    assert "Harbour bridge reopens on Monday" in scheduled.inner_text()
    assert scheduled.locator("time").count() == 1
    assert "Fish market moves indoors" in page.locator("#panel-corrections").inner_text()
    assert "Harbour lamps are lit again" in page.locator("#panel-most-commented").inner_text()
    assert "Harbour plan goes to consultation" in page.locator("#panel-closing").inner_text()
    content = page.locator("#content").inner_text()
    assert "Held comments" not in content and "Ferry timetable" not in content
    assert page.locator(".app-system").count() == 0
    axe(page)
    screenshot(page, "dashboard-editor")

    pending = page.locator("#panel-pending-review")
    with page.expect_navigation():
        pending.get_by_role("link", name="Night buses return to the old town").click()
    assert page.get_by_label("Headline").input_value() == "Night buses return to the old town"
    assert not page_errors(page)


def test_a_moderator_sees_held_comments_by_reason_and_the_chart(
    newsroom, live_server, desktop_page, axe, screenshot, page_errors
):
    page = desktop_page
    sign_in_as(page, live_server, newsroom["moderator"])
    assert panel_titles(page) == [
        "Held comments",
        "Comments closing soon",
        "Most commented this week",
        "Comments per day, the last 30 days",
    ]
    held = page.locator("#panel-held")
    assert "2 comments awaiting moderation" in held.inner_text()
    assert held.locator("tbody th").all_inner_texts() == [
        "Too many links", "First-time commenter", "Honeypot filled"
    ]  # fmt: skip
    chart = page.locator("#panel-comment-chart")
    assert chart.get_by_role("img").count() == 1
    assert "Comments over the last 30 days: 7 approved, 3 held." in chart.inner_text()
    content = page.locator("#content").inner_text()
    for hidden in ["Quick draft", "Pending review", "Night buses return", "Ferry timetable"]:
        assert hidden not in content
    screenshot(page, "dashboard-moderator")
    chart.get_by_text("The numbers behind the chart").click()
    assert chart.locator("tbody tr").count() == 30
    axe(page)

    with page.expect_navigation():
        held.get_by_role("link", name="Too many links").click()
    assert page.locator("#result_list tbody tr").count() == 1
    assert not page_errors(page)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_the_article_list_badges_and_filters_pass_axe(
    newsroom, live_server, new_page, axe, screenshot, page_errors, color_scheme
):
    page = new_page(1280, color_scheme=color_scheme)
    sign_in_as(page, live_server, newsroom["editor"])
    page.goto(live_server.url + "/admin/articles/article/")
    badges = page.locator("#result_list .status-badge").all_inner_texts()
    assert "Pending review" in badges and "Draft" in badges
    assert any(badge.startswith("Scheduled for ") for badge in badges)
    screenshot(page, f"article-list-{color_scheme}")
    filters = page.locator("#changelist-filter")
    assert filters.locator("details summary").first.inner_text().strip().lower().startswith("by byline")
    with page.expect_navigation():
        filters.get_by_role("link", name="Scheduled").first.click()
    assert page.locator("#result_list tbody tr").count() == 1
    axe(page)
    assert not page_errors(page)
    page.goto(live_server.url + "/admin/")
    axe(page)
    screenshot(page, f"dashboard-{color_scheme}")


def test_the_demo_newsrooms_dashboards(transactional_db, live_server, desktop_page, axe, screenshot):
    """The dashboards a newcomer sees after `seed_demo` (the README's screenshots), each passing axe."""
    sync_roles(Group, Permission)
    call_command("seed_demo", stdout=StringIO())
    writer = make_user(username="priya", password=PASSWORD, is_staff=True)
    writer.groups.add(Group.objects.get(name="Author"))
    Author.objects.filter(slug="priya-raman").update(user=writer)
    people = {
        "author": (writer, "#panel-drafts", "Night ferries to the islands could return next summer"),
        "editor": (
            staff("Editor", "ines", "Ines Berg"),
            "#panel-pending-review",
            "Library extends its opening hours during exam season",
        ),
        "moderator": (staff("Moderator", "mo", "Mo Lindqvist"), "#panel-held", "First-time commenter"),
    }
    for role, (user, panel, expected) in people.items():
        page = desktop_page
        page.context.clear_cookies()
        sign_in_as(page, live_server, user)
        assert expected in page.locator(panel).inner_text()
        axe(page)
        screenshot(page, f"demo-{role}")
        if role == "editor":
            page.goto(live_server.url + "/admin/articles/article/")
            assert page.locator("#result_list .status-scheduled").count() == 1
            axe(page)
            screenshot(page, "demo-article-list")


def test_the_dashboard_fits_a_phone(newsroom, live_server, phone_page, axe, screenshot, page_errors):
    page = phone_page
    sign_in_as(page, live_server, newsroom["editor"])
    assert page.locator("#panel-pending-review").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)
    screenshot(page, "dashboard-phone")
    assert not page_errors(page)
