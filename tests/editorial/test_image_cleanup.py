"""Replaced, cleared or deleted images leave no files behind in storage (once the change commits)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Author, Image
from tests.editorial.pictures import picture_bytes, stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def files_of(image):
    return {image.file.name, *(rendition["name"] for rendition in image.renditions)}


def make_image(name="first.jpg", size=(1000, 500)):
    return Image.objects.create(file=ContentFile(picture_bytes(size=size), name=name), alt_text="A picture")


def image_form(name, **fields):
    upload = SimpleUploadedFile(name, picture_bytes(size=(1000, 500), colour=(10, 90, 200)))
    return {"file": upload, "alt_text": "A picture", "caption": "", "credit": ""} | fields


def author_form(**fields):
    return {"name": "Jane Doe", "slug": "jane-doe", "title": "", "bio": "", "user": ""} | fields


def test_replacing_an_image_file_removes_the_old_original_and_renditions(
    client, editor_user, media_root, django_capture_on_commit_callbacks
):
    image = make_image()
    old_files = files_of(image)
    client.force_login(editor_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:articles_image_change", args=[image.pk]), image_form("second.jpg")
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert len(image.renditions) == 4  # 480 and 960 px, WebP and JPEG
    assert files_of(image).isdisjoint(old_files)
    assert stored_files(media_root) == files_of(image)


def test_old_files_stay_until_the_transaction_commits(media_root, django_capture_on_commit_callbacks):
    image = make_image()
    old_files = files_of(image)
    with django_capture_on_commit_callbacks() as callbacks:
        image.file = ContentFile(picture_bytes(), name="second.jpg")
        image.save()
        assert old_files < stored_files(media_root)
    for callback in callbacks:
        callback()
    assert stored_files(media_root) == files_of(image)


def test_editing_an_image_without_a_new_file_removes_nothing(
    client, editor_user, media_root, django_capture_on_commit_callbacks
):
    image = make_image()
    client.force_login(editor_user)
    data = {"alt_text": "A better description", "caption": "Now captioned", "credit": ""}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:articles_image_change", args=[image.pk]), data)
    image.refresh_from_db()
    assert image.caption == "Now captioned"
    assert stored_files(media_root) == files_of(image)


def test_deleting_an_image_removes_its_files(
    client, editor_user, media_root, django_capture_on_commit_callbacks
):
    image = make_image()
    client.force_login(editor_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:articles_image_delete", args=[image.pk]), {"post": "yes"})
    assert not Image.objects.exists()
    assert stored_files(media_root) == set()


def test_deleting_images_in_bulk_removes_their_files(media_root, django_capture_on_commit_callbacks):
    make_image("first.jpg")
    make_image("second.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        Image.objects.all().delete()
    assert stored_files(media_root) == set()


def test_a_file_another_row_still_uses_is_kept(media_root, django_capture_on_commit_callbacks):
    image = make_image()
    copy = Image.objects.create(file=image.file.name, renditions=image.renditions, alt_text="A copy")
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert stored_files(media_root) == files_of(copy)


def test_replacing_clearing_and_deleting_an_author_photo_leave_no_files(
    client, editor_user, media_root, django_capture_on_commit_callbacks
):
    client.force_login(editor_user)
    first = SimpleUploadedFile("first.jpg", picture_bytes(size=(300, 300)))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:articles_author_add"), author_form(photo=first))
    author = Author.objects.get(slug="jane-doe")
    change = reverse("admin:articles_author_change", args=[author.pk])
    second = SimpleUploadedFile("second.jpg", picture_bytes(size=(300, 300)))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(change, author_form(photo=second))
    author.refresh_from_db()
    assert stored_files(media_root) == {author.photo.name}
    assert "second" in author.photo.name

    with django_capture_on_commit_callbacks(execute=True):
        client.post(change, author_form(**{"photo-clear": "on"}))
    assert stored_files(media_root) == set()

    author.photo.save("third.jpg", ContentFile(picture_bytes(size=(300, 300))))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:articles_author_delete", args=[author.pk]), {"post": "yes"})
    assert not Author.objects.filter(pk=author.pk).exists()
    assert stored_files(media_root) == set()
