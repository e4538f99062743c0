import pytest
from django.utils import translation

from tests.i18n.edition import build_edition


@pytest.fixture
def russian(settings):
    """The site in Russian, as DJANGO_LANGUAGE_CODE=ru makes it, with a Russian name and tagline."""
    settings.LANGUAGE_CODE = "ru"
    settings.SITE_NAME = "Городские новости"
    settings.SITE_TAGLINE = "Независимые новости, проверенные и точные"
    with translation.override("ru"):
        yield


@pytest.fixture
def russian_site(russian, db):
    """The Russian edition (tests/i18n/edition.py): only the interface could still be English."""
    return build_edition()
