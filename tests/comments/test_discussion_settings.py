"""Discussion settings in the admin (issue #12): editors change them, the next request obeys, the
history says who changed what, and reading them costs an article page no query once cached."""

import dataclasses
from importlib import import_module

import pytest
from django.core.cache import cache
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments import discussion as reader
from comments.models import Comment, DiscussionSettings
from tests.editorial.conftest import make_staff
from tests.factories import comment_form_data, make_article, make_comment

pytestmark = pytest.mark.django_db

CHANGE_URL = reverse("admin:comments_discussionsettings_change", args=[1])
seed_migration = import_module("comments.migrations.0004_seed_discussion_settings")


def form_data(**changes):
    """What the settings page posts: the row as it is, with `changes`."""
    values = model_to_dict(DiscussionSettings.load()) | changes
    return {name: "" if value is None else value for name, value in values.items() if value is not False}


def save_in_admin(client, django_capture_on_commit_callbacks, **changes):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(CHANGE_URL, form_data(**changes))


def row_of(response, field):
    """The HTML of one field's row on the settings page: its label, input, help and errors."""
    html = response.content.decode()
    start = html.index(f"field-{field}")
    return html[start : html.index('<div class="form-row', start)]


def post_comment(client, article, **overrides):
    url = reverse("comments:create", kwargs={"article_id": article.pk})
    return client.post(url, comment_form_data(article, **overrides), REMOTE_ADDR="192.0.2.60")


@pytest.fixture
def editor(client):
    user = make_staff("Editor")
    client.force_login(user)
    return user


def test_editor_changes_a_blocked_word_and_the_next_comment_is_spam(
    client, editor, django_capture_on_commit_callbacks
):
    article = make_article()
    response = save_in_admin(client, django_capture_on_commit_callbacks, blocked_words="casino\n")
    assert response.status_code == 302
    client.logout()
    post_comment(client, article, body="Win big at the casino tonight.")
    comment = Comment.objects.latest("pk")
    assert (comment.status, comment.reason, comment.reason_detail) == (
        "spam",
        "blocked_word",
        'word "casino"',
    )


def test_saving_shows_a_message_and_stays_on_the_page(client, editor, django_capture_on_commit_callbacks):
    response = save_in_admin(client, django_capture_on_commit_callbacks, per_page=20)
    assert response.url == CHANGE_URL
    page = client.get(CHANGE_URL).content.decode()
    assert "The Discussion settings were saved. They apply from the next page and comment." in page


def test_the_change_is_recorded_with_the_editors_name(client, editor, django_capture_on_commit_callbacks):
    save_in_admin(client, django_capture_on_commit_callbacks, blocked_words="casino", thread_depth=3)
    latest = DiscussionSettings.history.first()
    assert latest.history_user == editor
    assert (latest.blocked_words, latest.thread_depth) == ("casino", 3)
    history = client.get(reverse("admin:comments_discussionsettings_history", args=[1]))
    assert history.status_code == 200
    page = history.content.decode()
    assert editor.username in page
    assert "casino" in page


def test_the_admin_index_lists_the_page_under_settings(client, editor):
    response = client.get(reverse("admin:index"))
    settings_group = next(app for app in response.context["app_list"] if app["app_label"] == "settings")
    assert "Discussion settings" in [model["name"] for model in settings_group["models"]]


def test_the_list_opens_the_single_row(client, editor):
    response = client.get(reverse("admin:comments_discussionsettings_changelist"))
    assert response.status_code == 302
    assert response.url == CHANGE_URL


def test_the_settings_cannot_be_added_or_deleted(client, editor):
    assert client.get(reverse("admin:comments_discussionsettings_add")).status_code == 403
    assert client.get(reverse("admin:comments_discussionsettings_delete", args=[1])).status_code == 403


def test_an_author_cannot_open_the_page(client):
    client.force_login(make_staff("Author"))
    assert client.get(reverse("admin:comments_discussionsettings_changelist")).status_code == 403
    assert client.get(CHANGE_URL).status_code == 403


def test_a_moderator_can_view_but_not_change(client, django_capture_on_commit_callbacks):
    client.force_login(make_staff("Moderator"))
    response = client.get(CHANGE_URL)
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert (
        save_in_admin(client, django_capture_on_commit_callbacks, blocked_words="casino").status_code == 403
    )
    assert DiscussionSettings.load().blocked_words == ""


def test_a_moderator_cannot_restore_an_old_version_from_the_history(
    client, django_capture_on_commit_callbacks
):
    first = DiscussionSettings.history.earliest()
    row = DiscussionSettings.load()
    row.per_page = 10
    row.save()
    client.force_login(make_staff("Moderator"))
    url = reverse("admin:comments_discussionsettings_simple_history", args=[1, first.history_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data(per_page=first.per_page))
    assert response.status_code == 403
    assert DiscussionSettings.load().per_page == 10


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("thread_depth", 11, "Threads can be 1 to 10 levels deep."),
        ("thread_depth", 0, "Threads can be 1 to 10 levels deep."),
        ("per_page", 0, "Show at least 1 comment per page."),
        ("hold_links", 0, "Hold at least 1 link; to hold no comment for its links, enter a large number."),
        ("form_expiry_hours", 0, "Keep forms open for at least 1 hour."),
        ("close_after_days", 0, "Close comments after at least 1 day, or leave this empty."),
        ("moderation", "some", "Select a valid choice. some is not one of the available choices."),
        (
            "blocked_words",
            "casino\n" + "x" * 101,
            "Each entry can be at most 100 characters long; this one is longer: “" + "x" * 40 + "…”",
        ),
    ],
)
def test_invalid_values_are_shown_beside_their_fields(
    client, editor, django_capture_on_commit_callbacks, field, value, message
):
    response = save_in_admin(client, django_capture_on_commit_callbacks, **{field: value})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field] == [message]
    assert message in row_of(response, field)
    assert model_to_dict(DiscussionSettings.load())[field] != value


def test_word_lists_keep_one_entry_per_line(client, editor, django_capture_on_commit_callbacks):
    save_in_admin(
        client, django_capture_on_commit_callbacks, moderation_words="  casino \r\n\r\ncrypto offer\ncasino\n"
    )
    assert DiscussionSettings.load().moderation_words == "casino\ncrypto offer"
    assert reader.current().moderation_words == ("casino", "crypto offer")


def test_an_article_page_reads_the_settings_once_on_a_cold_cache_and_never_warm(client, uncached_pages):
    article = make_article()
    make_comment(article)

    def settings_queries(queries):
        return [q for q in queries.captured_queries if DiscussionSettings._meta.db_table in q["sql"]]

    reader.forget()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(article.get_absolute_url()).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert len(settings_queries(cold)) == 1
    assert settings_queries(warm) == []
    assert len(cold) == len(warm) + 1


def test_a_save_reaches_every_app_server_only_once_committed(django_capture_on_commit_callbacks):
    row = DiscussionSettings.load()
    row.blocked_words = "casino"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        row.save()
        assert (
            reader.current().blocked_words == ()
        )  # not committed yet: the shared cache keeps the old values
    for callback in callbacks:
        callback()
    assert cache.get(reader.CACHE_KEY)["blocked_words"] == ("casino",)


def test_a_reader_that_read_before_the_save_cannot_put_the_old_values_back(
    django_capture_on_commit_callbacks,
):
    reader.forget()
    before = reader.load()  # another app server read the row just before the commit...
    row = DiscussionSettings.load()
    row.blocked_words = "casino"
    with django_capture_on_commit_callbacks(execute=True):
        row.save()
    cache.add(reader.CACHE_KEY, dataclasses.asdict(before), reader.CACHE_SECONDS)  # ...and caches it after
    assert reader.current().blocked_words == ("casino",)


def test_pages_keep_working_while_the_cache_is_down(client, monkeypatch):
    article = make_article()
    calls = []

    def unreachable(key, *args, **kwargs):
        calls.append(key)
        raise ConnectionError("cache down")

    reader.forget()
    monkeypatch.setattr(cache, "get", unreachable)
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200
    assert calls.count(reader.CACHE_KEY) == 1  # then the process's own copy answers for LOCAL_SECONDS


def test_a_fresh_database_has_the_row_with_its_history():
    assert DiscussionSettings.objects.count() == 1
    assert DiscussionSettings.history.filter(history_type="+").exists()


def test_upgrading_copies_the_former_environment_variables():
    environ = {
        "COMMENTS_MODERATION": "none",
        "COMMENTS_BLOCKED_WORDS": "casino, cheap-pills.example",
        "COMMENTS_MAX_FORM_AGE": "5400",
        "COMMENTS_CLOSE_AFTER_DAYS": "0",
        "COMMENTS_THREAD_DEPTH": "20",
        "COMMENTS_NOTIFY_AUTHORS": "0",
        "COMMENTS_PER_PAGE": "",
        "UNRELATED": "1",
    }
    assert seed_migration.values_from_environment(environ) == {
        "moderation": "none",
        "blocked_words": "casino\ncheap-pills.example",
        "form_expiry_hours": 2,
        "close_after_days": None,
        "thread_depth": 10,
        "notify_authors": False,
    }
    assert seed_migration.values_from_environment({}) == {}


def test_a_former_variable_still_set_is_reported(monkeypatch):
    monkeypatch.setenv("COMMENTS_BLOCKED_WORDS", "casino")
    warnings = reader.former_variables_are_ignored(None)
    assert [warning.id for warning in warnings] == ["comments.W001"]
    assert "COMMENTS_BLOCKED_WORDS" in warnings[0].msg


def test_the_discussion_fixture_refuses_a_misspelt_setting(discussion):
    from django.core.exceptions import FieldDoesNotExist

    with pytest.raises(FieldDoesNotExist):
        discussion(blocked_word=["casino"])
