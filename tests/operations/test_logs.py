"""One structured line per request, with an id that ties a traceback to its request, and no
person's data: no email address, no query string, no client address, no token."""

import io
import ipaddress
import json
import logging

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import include, path, reverse

from operations.logs import JSONFormatter, RequestIdFilter, TextFormatter
from tests.factories import comment_form_data, make_article

pytestmark = pytest.mark.django_db


def fail_with_a_readers_address(request):
    raise ValueError("duplicate key value violates unique constraint: (email)=(private.reader@example.org)")


def answer(request, token):
    return HttpResponse("ok")


urlpatterns = [
    path("boom/", fail_with_a_readers_address),
    path("tokened/<str:token>/", answer),
    path("", include("newsroom.urls")),
]


class Log:
    """What the site's console handler would write, formatted by one of our formatters."""

    def __init__(self, formatter):
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.addFilter(RequestIdFilter())
        self.handler.setFormatter(formatter)

    @property
    def text(self):
        return self.stream.getvalue()

    def entries(self):
        return [json.loads(line) for line in self.text.splitlines() if line.startswith("{")]

    def requests(self):
        return [entry for entry in self.entries() if entry["logger"] == "newsroom.requests"]


def capturing(formatter):
    capture = Log(formatter)
    logging.getLogger().addHandler(capture.handler)
    yield capture
    logging.getLogger().removeHandler(capture.handler)


@pytest.fixture(params=["json", "text"])
def log(request):
    yield from capturing(JSONFormatter() if request.param == "json" else TextFormatter())


@pytest.fixture
def json_log():
    yield from capturing(JSONFormatter())


def test_each_request_is_one_line_with_method_path_status_duration_and_id(client, json_log):
    article = make_article()
    response = client.get(article.get_absolute_url())
    (entry,) = json_log.requests()
    assert entry["method"] == "GET"
    assert entry["path"] == article.get_absolute_url()
    assert entry["status"] == 200
    assert entry["level"] == "INFO"
    assert isinstance(entry["duration_ms"], float)
    assert entry["request_id"] == response["X-Request-ID"]
    assert entry["time"].endswith("+00:00")


def test_a_missing_page_is_a_warning_logged_once(client, json_log):
    client.get("/no-such-page/")
    assert [(entry["logger"], entry["level"], entry["status"]) for entry in json_log.entries()] == [
        ("newsroom.requests", "WARNING", 404)
    ]


def test_query_strings_and_tokens_stay_out_of_the_log(client, log, settings):
    settings.ROOT_URLCONF = __name__
    client.get("/tokened/Zm9vYmFy.secret-part/?q=my+private+search")
    assert "/tokened/<token>/" in log.text
    assert "secret-part" not in log.text
    assert "private" not in log.text


def test_follow_up_links_are_logged_without_their_tokens(client, json_log):
    token = "eyJzdWJzY3JpcHRpb24iOjF9.1vXyZ.a-signature-only-the-reader-has"
    for view in ["comments:confirm", "comments:unsubscribe"]:
        client.get(reverse(view, kwargs={"token": token}))
    assert "signature-only" not in json_log.text
    assert [entry["path"] for entry in json_log.requests()] == [
        "/comments/follow-ups/confirm/<token>/",
        "/comments/follow-ups/unsubscribe/<token>/",
    ]


def test_a_server_error_logs_its_traceback_with_the_request_id_and_no_email_address(log, settings):
    settings.ROOT_URLCONF = __name__
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert "Traceback" in log.text
    assert "fail_with_a_readers_address" in log.text
    assert "private.reader" not in log.text
    assert "(email)=([email])" in log.text
    assert log.text.count(response["X-Request-ID"]) == 2  # Django's error record and the request line


def test_posting_a_comment_logs_neither_the_email_nor_the_address(client, log, discussion):
    discussion(moderation="none")
    article = make_article()
    data = comment_form_data(article, email="quiet.reader@example.org")
    client.post(
        reverse("comments:create", kwargs={"article_id": article.pk}), data, REMOTE_ADDR="203.0.113.77"
    )
    client.post(
        reverse("comments:create", kwargs={"article_id": article.pk}), data | {"email": "not-an-address"}
    )
    assert "/comments/" in log.text
    for private in ["quiet.reader", "203.0.113.77", "not-an-address", data["name"]]:
        assert private not in log.text


def test_a_trusted_proxys_request_id_is_kept_and_anyone_elses_replaced(client, json_log, settings):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/24")]
    from_proxy = client.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_REQUEST_ID="varnish-4242")
    from_reader = client.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_REQUEST_ID="forged-id")
    mangled = client.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_REQUEST_ID="a b\nc")
    assert from_proxy["X-Request-ID"] == "varnish-4242"
    assert from_reader["X-Request-ID"] not in {"forged-id", "-"}
    assert "\n" not in mangled["X-Request-ID"] and mangled["X-Request-ID"] != "a b\nc"
    assert [entry["request_id"] for entry in json_log.requests()] == [
        response["X-Request-ID"] for response in (from_proxy, from_reader, mangled)
    ]
