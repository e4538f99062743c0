from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from articles.models import Article, Correction
from comments.models import Comment
from tests.factories import make_article, make_comment

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
EVERY_PANEL = [
    "pending_review",
    "drafts",
    "scheduled",
    "held",
    "closing",
    "corrections",
    "published",
    "most_commented",
    "comment_chart",
    "quick_draft_form",
]
ROLE_PANELS = {
    "author_user": {"drafts", "quick_draft_form"},
    "editor_user": {
        "pending_review", "drafts", "scheduled", "closing", "corrections", "published", "most_commented",
        "quick_draft_form",
    },
    "moderator_user": {"held", "closing", "most_commented", "comment_chart"},
}  # fmt: skip


def dashboard(client, user):
    client.force_login(user)
    response = client.get(INDEX)
    assert response.status_code == 200
    return response.context["dashboard"]


@pytest.mark.parametrize("role", ROLE_PANELS)
def test_each_role_sees_only_the_panels_it_can_act_on(client, role, request):
    shown = {name for name in EVERY_PANEL if name in dashboard(client, request.getfixturevalue(role))}
    assert shown == ROLE_PANELS[role]


def test_a_superuser_sees_every_panel(client, admin_user):
    assert set(EVERY_PANEL) <= set(dashboard(client, admin_user))


def test_pending_review_lists_the_longest_waiting_first(client, editor_user):
    newer = make_article(status=Article.Status.PENDING, headline="Second in the queue")
    older = make_article(status=Article.Status.PENDING, headline="First in the queue")
    Article.objects.filter(pk=older.pk).update(updated_at=timezone.now() - timedelta(hours=5))
    make_article(status=Article.Status.DRAFT, headline="Not asked for yet")
    client.force_login(editor_user)
    response = client.get(INDEX)
    assert response.context["dashboard"]["pending_review"] == [older, newer]
    page = response.content.decode()
    assert reverse("admin:articles_article_change", args=[older.pk]) in page
    assert "Not asked for yet" not in page


def test_my_drafts_are_the_authors_own(client, author_user):
    mine = make_article(status=Article.Status.DRAFT, authors=[author_user.author_profile])
    waiting = make_article(status=Article.Status.PENDING, authors=[author_user.author_profile])
    make_article(status=Article.Status.DRAFT, headline="A colleague's secret draft")
    make_article(authors=[author_user.author_profile])  # published: not a draft
    assert set(dashboard(client, author_user)["drafts"]) == {mine, waiting}
    assert "A colleague's secret draft" not in client.get(INDEX).content.decode()


def test_scheduled_lists_the_next_48_hours_with_their_times(client, editor_user):
    now = timezone.now()
    soon = make_article(published_at=now + timedelta(hours=3), headline="Out this afternoon")
    tomorrow = make_article(published_at=now + timedelta(hours=30))
    make_article(published_at=now + timedelta(hours=60), headline="Next week's")
    shown = dashboard(client, editor_user)["scheduled"]
    assert shown == [soon, tomorrow]
    page = client.get(INDEX).content.decode()
    assert f'datetime="{timezone.localtime(soon.published_at).isoformat()}"' in page
    assert "Next week's" not in page


def test_held_comments_are_grouped_by_reason_with_the_oldest_wait(client, moderator_user):
    now = timezone.now()
    article = make_article()
    oldest = now - timedelta(hours=9)
    make_comment(article, status=Comment.Status.PENDING, reason=Comment.Reason.LINKS, created_at=oldest)
    make_comment(article, status=Comment.Status.PENDING, reason=Comment.Reason.LINKS)
    make_comment(article, status=Comment.Status.PENDING, reason=Comment.Reason.FIRST_TIME)
    make_comment(article, status=Comment.Status.SPAM, reason=Comment.Reason.HONEYPOT)
    make_comment(article, reason=Comment.Reason.FIRST_TIME)  # approved since: not held
    held = dashboard(client, moderator_user)["held"]
    assert [(row["label"], row["count"]) for row in held] == [
        ("Too many links", 2),
        ("First-time commenter", 1),
        ("Honeypot filled", 1),
    ]
    assert held[0]["oldest_at"] == oldest
    page = client.get(INDEX).content.decode()
    assert "3 comments awaiting moderation" in page
    assert "9\xa0hours" in page
    listed = client.get(held[0]["url"])
    assert listed.status_code == 200
    assert listed.context["cl"].result_count == 2


def test_comments_closing_soon_follow_the_discussion_settings(client, editor_user, discussion):
    now = timezone.now()
    discussion(close_after_days=14)
    closing = make_article(published_at=now - timedelta(days=13), headline="Closes tomorrow")
    make_article(published_at=now - timedelta(days=5), headline="Open a while yet")
    make_article(published_at=now - timedelta(days=15), headline="Closed already")
    make_article(published_at=now - timedelta(days=12), comments_open=False, headline="Never open")
    [item] = dashboard(client, editor_user)["closing"]
    assert item["article"] == closing
    assert item["closes_at"] == closing.published_at + timedelta(days=14)
    assert item["url"] == reverse("admin:articles_article_change", args=[closing.pk])


def test_moderators_go_from_closing_articles_to_their_comments(client, moderator_user, discussion):
    discussion(close_after_days=14)
    closing = make_article(published_at=timezone.now() - timedelta(days=13))
    [item] = dashboard(client, moderator_user)["closing"]
    assert item["url"] == reverse("admin:comments_comment_changelist") + f"?article__id__exact={closing.pk}"
    assert client.get(item["url"]).status_code == 200


def test_without_a_closing_rule_the_panel_says_so(client, editor_user):
    make_article()
    assert dashboard(client, editor_user)["closing"] is None
    assert "Comments never close by themselves" in client.get(INDEX).content.decode()


def test_recent_corrections_newest_first(client, editor_user):
    article = make_article(headline="Budget vote delayed")
    first = Correction.objects.create(
        article=article, note="Wrong date.", created_at=timezone.now() - timedelta(days=1)
    )
    second = Correction.objects.create(article=article, note="Wrong name.", kind=Correction.Kind.UPDATE)
    assert dashboard(client, editor_user)["corrections"] == [second, first]


def test_published_today_and_this_week(client, editor_user, settings):
    now = timezone.now()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    today = make_article(published_at=max(midnight + timedelta(seconds=1), now - timedelta(minutes=5)))
    make_article(published_at=midnight - timedelta(days=2))
    make_article(published_at=now - timedelta(days=9))
    make_article(status=Article.Status.DRAFT, published_at=None)
    make_article(published_at=now + timedelta(hours=1))  # scheduled: not yet out
    panels = dashboard(client, editor_user)
    assert panels["published"] == {"today": 1, "week": 2}
    assert panels["published_today"] == [today]


def test_most_commented_counts_this_weeks_approved_comments(client, editor_user):
    now = timezone.now()
    busy, quiet, old = make_article(headline="Busy"), make_article(headline="Quiet"), make_article()
    for _ in range(3):
        make_comment(busy)
    make_comment(busy, status=Comment.Status.PENDING)
    make_comment(quiet)
    make_comment(old, created_at=now - timedelta(days=8))
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    make_comment(draft)
    make_comment(draft)
    rows = dashboard(client, editor_user)["most_commented"]
    assert [(row["article__headline"], row["count"]) for row in rows] == [("Busy", 3), ("Quiet", 1)]
    assert rows[0]["url"] == reverse("admin:articles_article_change", args=[busy.pk])


def test_moderators_go_from_most_commented_to_the_comments(client, moderator_user):
    article = make_article()
    make_comment(article)
    [row] = dashboard(client, moderator_user)["most_commented"]
    assert row["url"] == reverse("admin:comments_comment_changelist") + f"?article__id__exact={article.pk}"
    assert client.get(row["url"]).status_code == 200


def test_staff_without_a_role_see_no_panels(client):
    from tests.factories import make_user

    client.force_login(make_user(is_staff=True))
    page = client.get(INDEX).content.decode()
    assert "Needs someone now" not in page and "What happened" not in page


def test_the_chart_counts_approved_and_held_comments_per_day(client, moderator_user):
    now = timezone.now()
    article = make_article(published_at=now - timedelta(days=40))
    two_days_ago = now - timedelta(days=2)
    make_comment(article, created_at=two_days_ago)
    make_comment(article, created_at=two_days_ago)
    make_comment(article, status=Comment.Status.PENDING, created_at=two_days_ago)
    make_comment(article, status=Comment.Status.SPAM)
    make_comment(article, status=Comment.Status.TRASH)
    make_comment(article, created_at=now - timedelta(days=31))  # before the chart
    chart = dashboard(client, moderator_user)["comment_chart"]
    assert len(chart.days) == 30
    assert chart.days[-1].date == timezone.localdate(now)
    by_day = {day.date: (day.approved, day.held) for day in chart.days}
    assert by_day[timezone.localdate(two_days_ago)] == (2, 1)
    assert by_day[timezone.localdate(now)] == (0, 1)
    assert (chart.approved, chart.held) == (2, 2)
    assert chart.days[-3].approved_height > chart.days[-1].held_height > 0


def test_the_chart_is_an_svg_with_a_table_and_no_script(client, moderator_user):
    make_comment()
    client.force_login(moderator_user)
    page = client.get(INDEX).content.decode()
    chart = page[page.index('id="panel-comment-chart"') :]
    chart = chart[: chart.index("</section>")]
    assert '<svg viewBox="0 0 600 160" role="img" aria-labelledby="comment-chart-summary"' in chart
    assert "Comments over the last 30 days: 1 approved, 0 held." in chart
    assert chart.count("<tr>") == 31  # a heading row and a row a day
    assert "<script" not in chart and "style=" not in chart


def test_the_chart_keeps_plain_numbers_in_russian(client, moderator_user, russian):
    make_comment()
    make_comment(status=Comment.Status.PENDING)
    client.force_login(moderator_user)
    page = client.get(INDEX, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    chart = page[page.index("<svg") : page.index("</svg>")]
    assert "," not in chart.split("<title>")[0]
    for attribute in ('y="', 'height="', 'width="'):
        assert all("," not in part.split('"')[0] for part in chart.split(attribute)[1:])


def test_the_authors_dashboard_shows_nothing_of_colleagues(client, author_user):
    make_article(status=Article.Status.PENDING, headline="A colleague's story under review")
    make_article(published_at=timezone.now() + timedelta(hours=2), headline="An embargoed story")
    make_comment(status=Comment.Status.PENDING, body="A held comment", name="Held reader")
    client.force_login(author_user)
    page = client.get(INDEX).content.decode()
    for secret in ["A colleague's story under review", "An embargoed story", "awaiting moderation"]:
        assert secret not in page


def test_the_chart_names_days_as_a_dateline_does(client, moderator_user, russian):
    make_comment(created_at=timezone.now() - timedelta(days=1))
    make_comment(created_at=timezone.now() - timedelta(days=1))
    chart = dashboard(client, moderator_user)["comment_chart"]
    busiest = chart.days[-2]
    expected = formats.date_format(busiest.date, "j E")  # "5 декабря", not "5 Декабрь"
    assert busiest.day == expected
    assert f"Больше всего их было {expected}: 2." in chart.summary
