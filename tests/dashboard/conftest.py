import pytest

from tests.editorial.conftest import make_staff


@pytest.fixture
def author_user():
    return make_staff("Author")


@pytest.fixture
def editor_user():
    return make_staff("Editor")


@pytest.fixture
def moderator_user():
    return make_staff("Moderator")
