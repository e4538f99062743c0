import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.urls import reverse

from articles.admin import EDITOR_STYLE_HASH
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_article_form_loads_the_packaged_editor_under_a_nonce(client, editor_user):
    client.force_login(editor_user)
    response = client.get(reverse("admin:articles_article_add"))
    html = response.content.decode()
    nonce = re.search(r'<script type="importmap" nonce="([^"]+)"', html).group(1)
    assert f"script-src 'self' 'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert "django_prose_editor/editor.js" in html
    assert "data-django-prose-editor-configurable" in html
    assert "http://" not in re.sub(r'href="http://[^"]*"', "", html.split("<body")[0])


def test_public_pages_keep_the_strict_policy(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert "script-src 'self';" in response["Content-Security-Policy"]
    assert "nonce" not in response["Content-Security-Policy"]


def test_body_html_is_sanitized_on_save(client, editor_user):
    article = make_article(
        body='<p onclick="x()">Hi<script>alert(1)</script></p><h2 style="color:red">Sub</h2>'
    )
    assert article.body == "<p>Hi</p><h2>Sub</h2>"


def test_the_allowed_editor_stylesheet_hash_matches_the_installed_editor():
    """Upgrading django-prose-editor may change Tiptap's injected CSS; then update EDITOR_STYLE_HASH."""
    import django_prose_editor

    script = (Path(django_prose_editor.__file__).parent / "static/django_prose_editor/editor.js").read_text()
    css = re.search(r"`(\.ProseMirror \{\n  position: relative;.*?)`", script, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"sha256-{digest}" == EDITOR_STYLE_HASH


def test_editor_style_hash_is_allowed_only_on_editor_pages(client, editor_user):
    client.force_login(editor_user)
    editor_page = client.get(reverse("admin:articles_article_add"))
    assert f"style-src 'self' '{EDITOR_STYLE_HASH}'" in editor_page["Content-Security-Policy"]
    other_admin_page = client.get(reverse("admin:articles_section_add"))
    assert "style-src 'self';" in other_admin_page["Content-Security-Policy"]
