"""Only a configured proxy may say who the client is (X-Forwarded-For) or that it used HTTPS.

One answer for everything: comment flood control and IP retention, the HTTPS redirect and the
login lockout all read the address TrustedProxyMiddleware settles first.
"""

import ipaddress

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from comments.models import Comment
from tests.factories import comment_form_data, make_article

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"


@pytest.fixture
def behind_proxy(settings, discussion):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/24")]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    discussion(moderation="none")


def post_comment(client, article, **headers):
    return client.post(
        reverse("comments:create", kwargs={"article_id": article.pk}), comment_form_data(article), **headers
    )


def test_a_comment_through_the_proxy_records_the_real_client(client, behind_proxy):
    article = make_article()
    post_comment(client, article, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.7")
    assert Comment.objects.get().ip_address == "203.0.113.9"


def test_a_forged_forwarded_for_from_a_client_is_ignored(client, behind_proxy):
    article = make_article()
    post_comment(client, article, REMOTE_ADDR="203.0.113.50", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert Comment.objects.get().ip_address == "203.0.113.50"


def test_flood_control_tells_readers_behind_one_proxy_apart(client, behind_proxy):
    article = make_article()
    first = post_comment(client, article, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.1")
    second = post_comment(client, article, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.2")
    assert (first.status_code, second.status_code) == (302, 302)


def test_a_client_cannot_claim_https(client, behind_proxy, settings):
    settings.SECURE_SSL_REDIRECT = True
    forged = client.get("/", REMOTE_ADDR="203.0.113.50", HTTP_X_FORWARDED_PROTO="https")
    assert forged.status_code == 301 and forged["Location"].startswith("https://")
    proxied = client.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_PROTO="https")
    assert proxied.status_code == 200


def test_login_lockout_counts_the_real_client_not_the_proxy(client, behind_proxy, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 2
    login = reverse("admin:login")
    for _ in range(2):
        client.post(
            login,
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.66",
        )
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.66"]
