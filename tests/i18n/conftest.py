import pytest

from tests.i18n.edition import build_edition


@pytest.fixture
def russian_site(russian, db):
    """The Russian edition (tests/i18n/edition.py): only the interface could still be English."""
    return build_edition()
