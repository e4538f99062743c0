"""`manage.py backup DIR` while the site runs, and `manage.py restore DIR` into an empty database, on
whichever database the suite runs on (SQLite, or PostgreSQL in CI's second run)."""

import hashlib
import json
import os
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from articles.models import Image
from comments.models import Subscription
from tests.editorial.pictures import picture_bytes
from tests.factories import make_article, make_comment
from tests.processes import manage, shell

pytestmark = pytest.mark.django_db(transaction=True)

WHAT_THE_SITE_HOLDS = """
import hashlib, json
from articles.models import Article, Image
from comments.models import Comment, Subscription
article = Article.objects.get()
print(json.dumps({
    "headline": article.headline,
    "revisions": list(article.history.order_by("history_id").values_list("headline", flat=True)),
    "comments": list(Comment.objects.order_by("pk").values_list("name", "email", "parent__name", "status")),
    "subscriptions": [[follower.email, follower.is_confirmed()] for follower in Subscription.objects.all()],
    "image": [article.lead_image.alt_text, hashlib.sha256(article.lead_image.file.read()).hexdigest()],
    "renditions": [article.lead_image.file.storage.exists(r["name"]) for r in article.lead_image.renditions],
}, default=str))
"""


@pytest.fixture
def newsroom(settings, tmp_path):
    """A small newsroom: an article with a picture, two revisions, a thread, a follower."""
    settings.MEDIA_ROOT = tmp_path / "media"
    image = Image.objects.create(
        file=ContentFile(picture_bytes(), name="bridge.jpg"), alt_text="The new bridge"
    )
    article = make_article(headline="Bridge opens", lead_image=image)
    article.headline = "Bridge opens to traffic"
    article.save()
    question = make_comment(article, name="Olga", email="olga@example.org")
    make_comment(article, parent=question, name="Pavel", email="pavel@example.net")
    Subscription.objects.create(article=article, email="olga@example.org", confirmed_at=timezone.now())
    return {
        "headline": "Bridge opens to traffic",
        "revisions": ["Bridge opens", "Bridge opens to traffic"],
        "comments": [
            ["Olga", "olga@example.org", None, "approved"],
            ["Pavel", "pavel@example.net", "Olga", "approved"],
        ],
        "subscriptions": [["olga@example.org", True]],
        "image": ["The new bridge", hashlib.sha256(image.file.open("rb").read()).hexdigest()],
        "renditions": [True] * len(image.renditions),
    }


@pytest.fixture
def empty_site(tmp_path):
    """The environment of a fresh installation: an empty database of the same kind, empty media."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "1",
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "PAGE_CACHE_STAMPS_DIR": str(tmp_path / "stamps"),
    }
    if connection.vendor == "sqlite":
        yield env | {"DATABASE_URL": f"sqlite:///{tmp_path / 'restored.sqlite3'}"}
        return
    database, name = connection.settings_dict, f"{connection.settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    address = f"{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    yield env | {"DATABASE_URL": f"postgres://{address}/{name}"}
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_into_an_empty_database_with_everything_in_it(newsroom, empty_site, tmp_path):
    out = StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    report = out.getvalue()
    assert "Database: " in report and "Media: " in report and "; files: " in report
    assert f"Backup written to {tmp_path / 'backup'}: " in report

    restored = manage("restore", str(tmp_path / "backup"), env=empty_site).stdout
    assert "Articles: 1\nComments: 2\n" in restored
    assert json.loads(shell(WHAT_THE_SITE_HOLDS, empty_site)) == newsroom


def test_the_backup_is_what_the_manifest_says(newsroom, tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=StringIO())
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["database"]["engine"] == connection.vendor
    assert (tmp_path / "backup" / manifest["database"]["file"]).stat().st_size > 0
    assert manifest["media"]["files"] == 1 + len(Image.objects.get().renditions)


def test_restore_refuses_a_database_that_already_has_tables(newsroom, tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=StringIO())
    with pytest.raises(
        CommandError, match=r"^The database already has \d+ tables: restore into an empty database"
    ):
        call_command("restore", str(tmp_path / "backup"))


def test_backup_refuses_a_folder_that_holds_files(newsroom, tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="already holds files: back up into a new or empty folder"):
        call_command("backup", str(tmp_path / "old"))
    assert (tmp_path / "old" / "notes.txt").read_text() == "keep me"


def test_restore_says_when_a_folder_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match=r"is not a backup: it has no manifest\.json"):
        call_command("restore", str(tmp_path))


@pytest.mark.parametrize("manifest", ["[1, 2]", '{"format": 1}', '{"format": 7, "database": {}}', "not json"])
def test_restore_says_when_a_manifest_is_damaged(tmp_path, manifest):
    (tmp_path / "manifest.json").write_text(manifest)
    with pytest.raises(CommandError, match=r"manifest\.json|another version"):
        call_command("restore", str(tmp_path))
