"""Comment emails through the real queue: the database task backend, `db_worker`, and an SMTP server on
loopback (aiosmtpd). Posting never talks to the mail server; a refused message waits and is retried."""

import email
import re
import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from comments.models import Subscription
from tests.factories import comment_form_data, make_article

# Transactional: the worker, like the separate process it is in production, checks its connection
# between tasks, which inside a test's wrapping transaction would close it.
pytestmark = pytest.mark.django_db(transaction=True)


class Inbox:
    """aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_settings(settings, discussion):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    discussion(moderation="none")
    return settings


@pytest.fixture
def smtp_server(mail_settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=mail_settings.EMAIL_PORT)
    controller.start()
    yield inbox
    controller.stop()


@pytest.fixture
def post(client):
    addresses = iter(range(100, 200))

    def post_comment(article, **overrides):
        response = client.post(
            reverse("comments:create", kwargs={"article_id": article.pk}),
            comment_form_data(article, **overrides),
            REMOTE_ADDR=f"198.51.100.{next(addresses)}",
        )
        assert response.status_code == 302
        return response

    return post_comment


def run_worker():
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)


def link_in(message, path_start):
    body = message.get_payload(decode=True).decode()
    return re.search(rf"http://testserver({re.escape(path_start)}[^\s>]+)", body).group(1)


def test_reply_notification_arrives_by_smtp_with_working_confirm_and_unsubscribe(client, smtp_server, post):
    article = make_article(headline="Tram line opens")
    post(article, email="follower@example.org", notify="on")
    assert smtp_server.messages == [], "posting only queues the email"
    assert DBTaskResult.objects.filter(status="READY").exists()

    run_worker()
    [confirmation] = smtp_server.messages
    assert confirmation["To"] == "follower@example.org"
    assert client.get(link_in(confirmation, "/comments/follow-ups/confirm/")).status_code == 200
    assert Subscription.objects.get().is_confirmed()

    post(article, name="Replier", email="replier@example.org", body="Replying to the follower.")
    run_worker()
    follow_up = smtp_server.messages[-1]
    assert follow_up["Subject"] == 'New comment on "Tram line opens"'
    assert follow_up["To"] == "follower@example.org"
    assert "Replying to the follower." in follow_up.get_payload(decode=True).decode()
    unsubscribe = link_in(follow_up, "/comments/follow-ups/unsubscribe/")
    assert "".join(follow_up["List-Unsubscribe"].split()) == f"<http://testserver{unsubscribe}>"
    assert client.post(unsubscribe).status_code == 200
    assert not Subscription.objects.exists()


def test_mail_server_down_keeps_the_message_and_retries_later(client, mail_settings, post):
    article = make_article()
    post(article, email="patient@example.org", notify="on")
    run_worker()  # nothing listens on the port: the message is refused
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.task_path == "comments.tasks.deliver"
    assert retry.args_kwargs["args"][1] == 2
    assert retry.run_after > timezone.now() + timedelta(seconds=30)

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=mail_settings.EMAIL_PORT)
    controller.start()
    try:
        run_worker()
        assert inbox.messages == [], "the retry waits for its time"
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # its time has come
        run_worker()
    finally:
        controller.stop()
    assert [message["To"] for message in inbox.messages] == ["patient@example.org"]


def test_posting_does_not_wait_for_a_silent_mail_server(client, mail_settings, post):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", mail_settings.EMAIL_PORT))
        silent.listen()
        started = timezone.now()
        post(make_article(), notify="on")
        assert timezone.now() - started < timedelta(seconds=2)
    assert DBTaskResult.objects.filter(status="READY", task_path="comments.tasks.send_confirmation").exists()
