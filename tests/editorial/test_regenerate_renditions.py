import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from articles.models import Image
from tests.editorial.pictures import picture_bytes, stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def make_image(name):
    return Image.objects.create(file=ContentFile(picture_bytes(size=(1000, 500)), name=name), alt_text=name)


def regenerate(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("regenerate_renditions", *args, stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue()


def test_renditions_are_rebuilt_for_new_widths_and_the_old_ones_removed(
    settings, media_root, django_capture_on_commit_callbacks
):
    images = [make_image("first.jpg"), make_image("second.jpg")]
    settings.IMAGE_RENDITION_WIDTHS = [320, 640]
    with django_capture_on_commit_callbacks(execute=True):
        out = regenerate()
    assert "2 of 2 images" in out
    assert "Renditions rebuilt: 2; already complete: 0; skipped: 0 (of 2 images)." in out
    expected = set()
    for image in images:
        image.refresh_from_db()
        assert {(r["format"], r["width"]) for r in image.renditions} == {
            (f, w) for f in ["webp", "jpeg"] for w in [320, 640]
        }
        expected |= {image.file.name, *(r["name"] for r in image.renditions)}
    assert stored_files(media_root) == expected


def test_missing_only_rebuilds_just_the_images_missing_a_rendition(media_root):
    complete, damaged = make_image("complete.jpg"), make_image("damaged.jpg")
    untouched = list(complete.renditions)
    damaged.file.storage.delete(damaged.renditions[0]["name"])
    out = regenerate("--missing-only")
    assert "rebuilt: 1; already complete: 1; skipped: 0" in out
    complete.refresh_from_db()
    damaged.refresh_from_db()
    assert complete.renditions == untouched
    assert all(damaged.file.storage.exists(r["name"]) for r in damaged.renditions)


def test_unreadable_originals_are_reported_skipped_and_make_the_command_fail(media_root):
    missing, broken, sound = make_image("missing.jpg"), make_image("broken.jpg"), make_image("sound.jpg")
    missing.file.storage.delete(missing.file.name)
    (media_root / broken.file.name).write_bytes(b"not a picture any more")
    err = io.StringIO()
    with pytest.raises(CommandError, match="rebuilt: 1; already complete: 0; skipped: 2"):
        call_command("regenerate_renditions", stdout=io.StringIO(), stderr=err)
    assert f"Image {missing.pk} ({missing.file.name}) skipped" in err.getvalue()
    assert f"Image {broken.pk} ({broken.file.name}) skipped" in err.getvalue()
    old = list(sound.renditions)
    sound.refresh_from_db()
    assert sound.renditions != old
