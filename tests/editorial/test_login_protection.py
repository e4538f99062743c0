import pytest
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def sign_in(client, password):
    return client.post(
        reverse("admin:login"), {"username": "desk", "password": password, "next": reverse("admin:index")}
    )


def test_wrong_passwords_lock_the_account_with_a_clear_message(client, axes_on, settings):
    make_user(username="desk", password="right-password", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200
    response = sign_in(client, "wrong")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    # Even the right password is refused while locked out.
    response = sign_in(client, "right-password")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_few_mistakes_then_the_right_password_signs_in(client, axes_on):
    make_user(username="desk", password="right-password", is_staff=True)
    sign_in(client, "wrong")
    response = sign_in(client, "right-password")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_admin_path_is_the_configured_one():
    from django.conf import settings

    assert reverse("admin:index") == "/" + settings.ADMIN_PATH
