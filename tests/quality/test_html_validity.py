"""Every public page type validates with the W3C Nu HTML checker (vnu.jar), with zero errors, in every
language the site ships.

The pages are rendered once per language with the Django test client from the demo content and checked in
one vnu run, because starting Java is the slow part; each page type in each language is then its own test.
"""

import json
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from articles.models import Article, Author, Section, Tag
from comments.models import Comment
from pages.models import Page

pytestmark = pytest.mark.django_db

# The current checker, which `make` installs from the npm registry (W3C publishes it there as vnu-jar).
VNU_JAR = Path(settings.BASE_DIR, ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar")


def page_requests():
    """How to get each public page type, from the demo content: (method, path, data, status)."""
    article = Article.objects.published().order_by("-published_at").first()
    day = article.published_at
    comment_post = reverse("comments:create", args=[article.pk])
    about = Page.objects.create(
        title="About us",
        body="<p>We are a small newsroom.</p><h2>Contact</h2><ul><li>Tips: the desk</li></ul>",
        is_live=True,
    )
    pages = {
        "front": "/",
        "latest": "/latest/",
        "latest-page-2": "/latest/?page=2",
        "article": article.get_absolute_url(),
        "sponsored-article": Article.objects.published()
        .filter(work_type__kind="sponsored")
        .first()
        .get_absolute_url(),
        "live-article": Article.objects.published().filter(work_type__kind="live").first().get_absolute_url(),
        "section": Section.objects.first().get_absolute_url(),
        "tag": Tag.objects.first().get_absolute_url(),
        "author": Author.objects.first().get_absolute_url(),
        "year": f"/{day:%Y}/",
        "month": f"/{day:%Y/%m}/",
        "day": f"/{day:%Y/%m/%d}/",
        "empty-archive": "/1999/",
        "search-form": "/search/",
        "search-results": "/search/?q=year",
        "search-nothing-found": "/search/?q=zzzzqqq",
        "static-page": about.get_absolute_url(),
        "corrections": reverse("articles:corrections"),
        "comment-report": reverse("comments:report", args=[Comment.objects.approved().first().pk]),
    }
    return {
        **{name: ("get", path, None, 200) for name, path in pages.items()},
        "comment-form-errors": ("post", comment_post, {"body": "", "name": "Ada"}, 400),
        "comment-refused": ("post", reverse("comments:create", args=[0]), {"body": "Hello"}, 404),
        "comment-report-errors": (
            "post",
            reverse("comments:report", args=[Comment.objects.approved().first().pk]),
            {"note": "x"},
            400,
        ),
        "retracted-article": ("get", Article.objects.retracted().first().get_absolute_url(), None, 410),
        "not-found": ("get", "/no-such-page/", None, 404),
    }


LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = [
    "front",
    "latest",
    "latest-page-2",
    "article",
    "sponsored-article",
    "live-article",
    "section",
    "tag",
    "author",
    "year",
    "month",
    "day",
    "empty-archive",
    "search-form",
    "search-results",
    "search-nothing-found",
    "static-page",
    "corrections",
    "comment-report",
    "comment-form-errors",
    "comment-refused",
    "comment-report-errors",
    "retracted-article",
    "not-found",
]


def vnu_command():
    java = shutil.which("java")
    if not java:
        pytest.skip("HTML validation needs Java (apt-get install default-jre-headless).")
    if not VNU_JAR.is_file():
        pytest.skip(
            "HTML validation needs the W3C Nu HTML checker: install npm and run `make test` "
            "(or `npm install --ignore-scripts --prefix .venv/vnu vnu-jar`)."
        )
    return [java, "-jar", str(VNU_JAR)]


@pytest.fixture(scope="module")
def vnu_messages(django_db_setup, django_db_blocker, tmp_path_factory):
    """vnu's messages for each (language, page type), from one run over all of them."""
    vnu = vnu_command()
    folder = tmp_path_factory.mktemp("pages")
    files = {}
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=StringIO())
        requests = page_requests()
        assert set(requests) == set(PAGE_TYPES)
        for language in LANGUAGES:
            with override_settings(LANGUAGE_CODE=language), translation.override(language):
                client = Client()
                for name, (method, path, data, status) in requests.items():
                    response = getattr(client, method)(path, data)
                    assert response.status_code == status, f"{method} {path} answered {response.status_code}"
                    assert f'<html lang="{language}"'.encode() in response.content
                    files[language, name] = folder / f"{language}-{name}.html"
                    files[language, name].write_bytes(response.content)
        transaction.set_rollback(True)
    result = subprocess.run(
        [*vnu, "--format", "json", "--exit-zero-always", *map(str, files.values())],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    return {
        key: [message for message in messages if message.get("url", "").endswith(f"/{file.name}")]
        for key, file in files.items()
    }


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_is_valid_html(vnu_messages, language, page_type):
    errors = [message for message in vnu_messages[language, page_type] if message["type"] != "info"]
    assert not errors, f"The {page_type} page in {language} is not valid HTML:\n" + "\n".join(
        f"- line {error.get('lastLine')}: {error['message']}\n    {error.get('extract', '').strip()}"
        for error in errors
    )
