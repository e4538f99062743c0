"""The posting pipeline's edges: notifications follow the comment rules, and nothing typed is lost
when the database refuses the write or the body cannot be parsed (issues #12 and #18)."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from comments.models import Comment, Subscription
from tests.factories import comment_form_data, make_article, make_comment, make_user

pytestmark = pytest.mark.django_db

FORM_ENCODED = "application/x-www-form-urlencoded"


def create_url(article):
    return reverse("comments:create", kwargs={"article_id": article.pk})


def test_approving_a_pingback_tells_no_subscriber_of_a_new_comment(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(make_user(is_staff=True, is_superuser=True, email=""))
    article = make_article()
    Subscription.objects.create(article=article, email="watcher@example.org", confirmed_at=timezone.now())
    pingback = make_comment(article, kind=Comment.Kind.PINGBACK, status=Comment.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:comments_comment_changelist"),
            {"action": "approve", "_selected_action": [pingback.pk]},
        )
    assert Comment.objects.get(pk=pingback.pk).status == Comment.Status.APPROVED
    assert mailoutbox == []


@pytest.fixture
def refusing_database():
    """Comments cannot be written, as when the database is read-only or failing over.

    A trigger refuses the insert inside the test's transaction, so it is gone when the test ends.
    """
    table = Comment._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION refuse_writes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                "'read-only' USING ERRCODE = 'read_only_sql_transaction'; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} EXECUTE FUNCTION refuse_writes()")
        else:
            cursor.execute(
                f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
            )


def test_a_comment_the_database_refuses_comes_back_with_its_text(client, discussion, refusing_database):
    discussion(moderation="none")
    article = make_article()
    data = comment_form_data(article, body="Words I spent an hour on.", name="Careful Writer")
    response = client.post(create_url(article), data, REMOTE_ADDR="192.0.2.90")
    assert response.status_code == 503
    html = response.content.decode()
    assert "could not be saved just now" in html
    assert "Words I spent an hour on." in html and 'value="Careful Writer"' in html


def test_a_malformed_multipart_post_gets_the_article_page_with_a_message(client):
    article = make_article()
    response = client.generic(
        "POST",
        create_url(article),
        b"--nope\r\nContent-Disposition: form-data; name=body\r\n\r\nlost",
        content_type="multipart/form-data; boundary=",
        REMOTE_ADDR="192.0.2.91",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Leave a Reply" in html and "could not be read" in html


def test_too_many_fields_keeps_the_comment_text(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    article = make_article()
    data = comment_form_data(article, body="Kept despite the junk.") | {f"junk{n}": "x" for n in range(50)}
    response = client.post(
        create_url(article), urlencode(data), content_type=FORM_ENCODED, REMOTE_ADDR="192.0.2.92"
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "could not be read" in html and "Kept despite the junk." in html


def test_a_post_refused_by_csrf_keeps_its_text_on_the_article_page():
    client = Client(enforce_csrf_checks=True)
    article = make_article()
    response = client.post(create_url(article), comment_form_data(article, body="Typed before lunch."))
    assert response.status_code == 403
    assert "Typed before lunch." in response.content.decode()
    assert not Comment.objects.exists()


def test_the_admins_comments_column_counts_what_the_site_shows(client):
    article = make_article(headline="Counted story")
    make_comment(article)
    make_comment(article, status=Comment.Status.SPAM)
    make_comment(article, status=Comment.Status.TRASH)
    make_comment(article, kind=Comment.Kind.PINGBACK)
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:articles_article_changelist"))
    row = next(row for row in response.context["cl"].result_list if row.pk == article.pk)
    assert row.comment_count == 1
    assert "1 comment" in Client().get(article.get_absolute_url()).content.decode()
