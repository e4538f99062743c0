from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import presence
from articles.models import Article
from tests.editorial.conftest import article_form_data, make_staff
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def mira():
    client = Client()
    client.force_login(make_staff("Editor", first_name="Mira", last_name="Quay"))
    return client


@pytest.fixture
def sam():
    client = Client()
    client.force_login(make_staff("Editor", first_name="Sam", last_name="Reed"))
    return client


@pytest.fixture
def article(section):
    return make_article(
        status=Article.Status.DRAFT,
        published_at=None,
        section=section,
        headline="Council approves the new bridge",
        body="<p>The council voted on Tuesday.</p>",
    )


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def open_form(client, article, url=None):
    """GET the change form, as an editor opening it; returns what its form posts to stay in step."""
    response = client.get(url or change_url(article))
    assert response.status_code == 200
    return {"opened_revision": response.context["adminform"].form["opened_revision"].value()}


def edit(section, article, opened, **changes):
    """The change form as posted: the article as it was made, with `changes` typed in."""
    unchanged = {"slug": article.slug, "standfirst": article.standfirst, "body": article.body}
    return article_form_data(section, **unchanged | opened | changes)


def test_second_save_is_refused_naming_the_first_editor_and_keeping_what_was_typed(
    mira, sam, article, section
):
    mira_opened, sam_opened = open_form(mira, article), open_form(sam, article)
    mira.post(
        change_url(article), edit(section, article, mira_opened, headline="Council delays the new bridge")
    )
    response = sam.post(
        change_url(article),
        edit(
            section,
            article,
            sam_opened,
            headline="Bridge vote: what happens next",
            body="<p>Sam's own words.</p>",
        ),
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.has_error("__all__", code="edit_conflict")
    message = form.non_field_errors()[0]
    assert message.startswith("Mira Quay saved this article at ")
    assert "changed this field: Headline." in message
    html = response.content.decode()
    assert '<p class="errornote">' in html
    assert "Council <del>approves</del><ins>delays</ins> the new bridge" in html  # what Mira changed
    assert form["headline"].value() == "Bridge vote: what happens next"
    assert "Sam&#x27;s own words." in html
    assert 'name="replace_revision"' in html
    article.refresh_from_db()
    assert article.headline == "Council delays the new bridge"


def test_save_anyway_replaces_their_changes(mira, sam, article, section):
    mira_opened, sam_opened = open_form(mira, article), open_form(sam, article)
    mira.post(change_url(article), edit(section, article, mira_opened, headline="Mira's headline"))
    sams_edit = edit(section, article, sam_opened, headline="Sam's headline")
    refused = sam.post(change_url(article), sams_edit)
    latest = refused.context["adminform"].form.conflict.latest_revision_id
    response = sam.post(change_url(article), sams_edit | {"replace_revision": latest})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Sam's headline"


def test_save_anyway_is_refused_again_after_yet_another_save(mira, sam, article, section):
    """Saving anyway replaces only the changes the editor was shown."""
    mira_opened, sam_opened = open_form(mira, article), open_form(sam, article)
    mira.post(change_url(article), edit(section, article, mira_opened, headline="Mira's headline"))
    sams_edit = edit(section, article, sam_opened, headline="Sam's headline")
    latest = sam.post(change_url(article), sams_edit).context["adminform"].form.conflict.latest_revision_id
    mira.post(change_url(article), edit(section, article, open_form(mira, article), headline="Mira again"))
    response = sam.post(change_url(article), sams_edit | {"replace_revision": latest})
    assert response.status_code == 200
    assert len(response.context["adminform"].form.conflict.revisions) == 2
    article.refresh_from_db()
    assert article.headline == "Mira again"


def test_saving_after_reopening_the_form_is_not_a_conflict(mira, sam, article, section):
    mira.post(
        change_url(article), edit(section, article, open_form(mira, article), headline="Mira's headline")
    )
    response = sam.post(
        change_url(article), edit(section, article, open_form(sam, article), headline="Sam's")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Sam's"


def test_restoring_a_revision_is_refused_when_the_article_changed_since(mira, sam, article, section):
    first = article.history.get()
    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, first.pk])
    sam_opened = open_form(sam, article, revert_url)
    mira.post(
        change_url(article), edit(section, article, open_form(mira, article), headline="Mira's headline")
    )
    response = sam.post(revert_url, edit(section, article, sam_opened, headline=first.headline))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors()[0].startswith("Mira Quay saved this article")
    article.refresh_from_db()
    assert article.headline == "Mira's headline"


def test_colleague_with_the_form_open_is_named_to_the_others_but_not_to_themselves(mira, sam, article):
    assert "is editing this article" not in mira.get(change_url(article)).content.decode()
    assert "Mira Quay is editing this article." in sam.get(change_url(article)).content.decode()
    html = mira.get(change_url(article)).content.decode()
    assert "Sam Reed is editing this article." in html
    assert "Mira Quay is editing" not in html


def test_the_form_refreshes_the_notice_with_a_same_origin_script(mira, article):
    response = mira.get(change_url(article))
    html = response.content.decode()
    assert '<script src="/static/js/admin/article-presence.js"' in html
    editing_url = reverse("admin:articles_article_editing", args=[article.pk])
    assert f'data-url="{editing_url}"' in html
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_heartbeat_keeps_the_editor_listed_and_answers_who_else_is_editing(mira, sam, article):
    url = reverse("admin:articles_article_editing", args=[article.pk])
    assert mira.post(url).json() == {"editors": [], "message": ""}
    response = sam.get(url)
    assert response.json()["editors"] == ["Mira Quay"]
    assert response.json()["message"].startswith("Mira Quay is editing this article.")


def test_an_editor_who_left_is_no_longer_listed_after_two_minutes(article):
    mira, sam = make_staff("Editor"), make_staff("Editor")
    presence.start_editing(
        article.pk, mira, now=timezone.now() - timedelta(seconds=presence.LOCK_SECONDS + 1)
    )
    assert presence.others_editing(article.pk, sam) == []
    presence.start_editing(
        article.pk, mira, now=timezone.now() - timedelta(seconds=presence.LOCK_SECONDS - 10)
    )
    assert presence.others_editing(article.pk, sam) == [mira.get_username()]


def test_saving_removes_the_editor_from_the_notice(mira, sam, article, section):
    mira.post(change_url(article), edit(section, article, open_form(mira, article), headline="Saved"))
    assert "is editing this article" not in sam.get(change_url(article)).content.decode()


def test_editing_endpoint_refuses_users_who_cannot_view_the_article(
    mira, article, author_user, moderator_user
):
    mira.get(change_url(article))
    url = reverse("admin:articles_article_editing", args=[article.pk])
    for user in [author_user, moderator_user]:
        client = Client()
        client.force_login(user)
        for response in [client.get(url), client.post(url)]:
            assert response.status_code == 404
            assert "Mira" not in response.content.decode()
    assert presence.others_editing(article.pk, make_staff("Editor")) == ["Mira Quay"]
