import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test.utils import isolate_apps
from django.urls import reverse
from PIL import Image as PillowImage
from PIL import ImageSequence

from articles.images import CleanImageField, check_image_fields
from articles.models import Author, Image
from tests.editorial.pictures import (
    animated_gif,
    gif_application_block,
    phone_photo,
    picture_bytes,
    rgb_profile,
)
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

ADD_IMAGE = "admin:articles_image_add"


def huge_png_header(width=30_000, height=30_000):
    """A tiny file whose PNG header claims an enormous picture (a decompression bomb)."""
    data = bytearray(picture_bytes("PNG", size=(1, 1)))
    ihdr = bytearray(data[12:29])
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


def upload(client, user, name, content, **fields):
    client.force_login(user)
    data = {"file": SimpleUploadedFile(name, content), "alt_text": "A red rectangle"} | fields
    return client.post(reverse(ADD_IMAGE), data)


def file_error(response):
    return " ".join(response.context["adminform"].form.errors["file"])


def test_upload_strips_gps_and_applies_orientation(client, author_user):
    response = upload(client, author_user, "phone.jpg", phone_photo())
    assert response.status_code == 302
    image = Image.objects.get()
    with image.file.open("rb") as stored:
        picture = PillowImage.open(stored)
        assert picture.size == (600, 1200)  # turned upright
        assert not picture.getexif()  # no GPS, no camera, nothing
    assert (image.width, image.height) == (600, 1200)


def test_upload_makes_webp_and_jpeg_renditions_once(client, author_user):
    upload(client, author_user, "wide.png", picture_bytes("PNG", size=(2000, 1000)))
    image = Image.objects.get()
    made = {(r["format"], r["width"]) for r in image.renditions}
    assert made == {(f, w) for f in ["webp", "jpeg"] for w in [480, 960, 1600]}
    for rendition in image.renditions:
        with image.file.storage.open(rendition["name"]) as stored:
            picture = PillowImage.open(stored)
            assert picture.format == rendition["format"].upper()
            assert picture.size == (rendition["width"], rendition["height"])
    names = [r["name"] for r in image.renditions]
    image.caption = "Edited caption"
    image.save()
    assert [r["name"] for r in image.renditions] == names


def test_small_images_are_not_enlarged(client, author_user):
    upload(client, author_user, "small.gif", picture_bytes("GIF", size=(300, 200)))
    assert {r["width"] for r in Image.objects.get().renditions} == {300}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"just some words", "not an image we can read"),
        ("icon.bmp", picture_bytes("BMP", size=(10, 10)), "BMP images are not accepted"),
        ("half.jpg", picture_bytes()[:800], "damaged or incomplete"),
        ("bomb.png", huge_png_header(), "megapixels we accept"),
        ("bigger-bomb.png", huge_png_header(60_000, 60_000), "megapixels we accept"),
        ("cut.gif", animated_gif()[:-20], "damaged or incomplete"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(client, author_user, name, content, message):
    response = upload(client, author_user, name, content)
    assert response.status_code == 200
    assert message in file_error(response)
    assert not Image.objects.exists()


def test_oversized_file_is_refused(client, author_user, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1000
    response = upload(client, author_user, "photo.jpg", picture_bytes())
    assert "images may be at most 1000" in file_error(response)


def test_alt_text_is_required(client, author_user):
    response = upload(client, author_user, "photo.jpg", picture_bytes(), alt_text="")
    assert response.status_code == 200
    assert "alt_text" in response.context["adminform"].form.errors


def test_pages_serve_renditions_with_srcset(client, author_user):
    upload(client, author_user, "photo.jpg", picture_bytes(size=(2000, 1000)))
    article = make_article(lead_image=Image.objects.get())
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<source type="image/webp" srcset="' in html
    assert "-960.webp 960w" in html
    assert 'sizes="' in html
    assert 'width="2000" height="1000"' in html
    listing = client.get(reverse("articles:latest")).content.decode()
    assert 'loading="lazy"' in listing
    assert "-480.jpg 480w" in listing


# One rule, whichever model holds the image and however it is stored.


def author_form(**fields):
    return {"name": "Jane Doe", "slug": "jane-doe", "title": "", "bio": "", "user": ""} | fields


def test_author_photo_upload_strips_gps_and_applies_orientation(client, editor_user):
    client.force_login(editor_user)
    photo = SimpleUploadedFile("phone.jpg", phone_photo())
    response = client.post(reverse("admin:articles_author_add"), author_form(photo=photo))
    assert response.status_code == 302
    with Author.objects.get(slug="jane-doe").photo.open("rb") as stored:
        picture = PillowImage.open(stored)
        assert picture.size == (600, 1200)
        assert not picture.getexif()


def test_bad_author_photo_is_refused_beside_the_field(client, editor_user):
    client.force_login(editor_user)
    photo = SimpleUploadedFile("icon.bmp", picture_bytes("BMP", size=(10, 10)))
    response = client.post(reverse("admin:articles_author_add"), author_form(photo=photo))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["photo"]
    assert "BMP images are not accepted" in " ".join(errors)
    assert not Author.objects.filter(slug="jane-doe").exists()


def test_files_stored_in_code_are_cleaned_too():
    """As the WordPress importer and the demo seed store them: `field.save()`, or assign and save."""
    author = Author.objects.create(name="Jane Doe", slug="jane-doe")
    author.photo.save("phone.jpg", ContentFile(phone_photo()))
    image = Image(file=ContentFile(phone_photo(), name="phone.jpg"), alt_text="A phone photo")
    image.save()
    for stored in [Author.objects.get().photo, Image.objects.get().file]:
        with stored.open("rb") as handle:
            picture = PillowImage.open(handle)
            assert (picture.size, dict(picture.getexif())) == ((600, 1200), {})
    assert (image.width, image.height) == (600, 1200)


def test_a_bad_file_stored_in_code_is_refused():
    author = Author.objects.create(name="Jane Doe", slug="jane-doe")
    with pytest.raises(ValidationError, match="not an image we can read"):
        author.photo.save("notes.jpg", ContentFile(b"just some words"))
    assert not Author.objects.get().photo


def test_every_image_field_is_a_clean_image_field():
    assert check_image_fields() == []
    assert isinstance(Author._meta.get_field("photo"), CleanImageField)


@isolate_apps("articles")
def test_a_plain_image_field_fails_the_system_check():
    class Sponsor(models.Model):  # noqa: DJ008 (a throwaway model for the check)
        logo = models.ImageField()

        class Meta:
            app_label = "articles"

    [error] = check_image_fields([Sponsor._meta.apps.get_app_config("articles")])
    assert (error.id, error.obj) == ("articles.E001", Sponsor._meta.get_field("logo"))


# Colour profiles: converted to sRGB, then dropped, so wide-gamut photos keep their colours.

P3_ORANGE = (200, 120, 80)
# The same colour in sRGB: more saturated numbers, since P3's primaries are further apart.
SRGB_ORANGE = (214, 116, 69)


def assert_close(pixel, expected, tolerance):
    assert all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True)), (pixel, expected)


def test_colour_profile_is_converted_to_srgb_in_the_original_and_renditions(client, author_user):
    wide_gamut = picture_bytes("PNG", size=(1000, 500), colour=P3_ORANGE, icc_profile=rgb_profile())
    upload(client, author_user, "wide.png", wide_gamut)
    image = Image.objects.get()
    with image.file.open("rb") as stored:
        original = PillowImage.open(stored)
        assert "icc_profile" not in original.info
        assert original.convert("RGB").getpixel((10, 10)) == SRGB_ORANGE
    for rendition in image.renditions:
        with image.file.storage.open(rendition["name"]) as stored:
            picture = PillowImage.open(stored)
            assert not picture.info.get("icc_profile")
            assert_close(picture.convert("RGB").getpixel((10, 10)), SRGB_ORANGE, tolerance=3)


def test_palette_colours_are_converted_and_the_pixels_kept(client, author_user):
    picture = PillowImage.new("P", (300, 200), 1)
    picture.putpalette([0, 0, 0, *P3_ORANGE])
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", icc_profile=rgb_profile())
    upload(client, author_user, "palette.png", buffer.getvalue())
    with Image.objects.get().file.open("rb") as stored:
        cleaned = PillowImage.open(stored)
        assert (cleaned.mode, cleaned.getpixel((5, 5))) == ("P", 1)
        assert cleaned.convert("RGB").getpixel((5, 5)) == SRGB_ORANGE


def test_an_unusable_colour_profile_is_dropped(client, author_user):
    broken = picture_bytes("PNG", size=(300, 200), colour=P3_ORANGE, icc_profile=b"not a profile")
    upload(client, author_user, "odd.png", broken)
    with Image.objects.get().file.open("rb") as stored:
        picture = PillowImage.open(stored)
        assert ("icc_profile" in picture.info, picture.getpixel((5, 5))) == (False, P3_ORANGE)


# GIFs are rewritten block by block: frames and timing kept, metadata dropped.


def test_animated_gif_keeps_its_frames_and_timing_but_not_its_metadata(client, author_user):
    xmp = gif_application_block(b"XMP DataXMP", b"<x:xmpmeta>53.9N 27.5E</x:xmpmeta>")
    upload(client, author_user, "loop.gif", animated_gif(xmp, comment=b"Taken at 53.9N 27.5E"))
    with Image.objects.get().file.open("rb") as stored:
        data = stored.read()
    assert b"53.9N" not in data
    assert b"XMP DataXMP" not in data
    picture = PillowImage.open(io.BytesIO(data))
    assert (picture.info["loop"], "comment" in picture.info) == (0, False)
    frames = [
        (frame.info["duration"], frame.convert("RGB").getpixel((0, 0)))
        for frame in ImageSequence.Iterator(picture)
    ]
    assert frames == [(100, (255, 0, 0)), (200, (0, 255, 0)), (300, (0, 0, 255))]


def test_gif_colour_tables_are_converted_to_srgb(client, author_user):
    profile = gif_application_block(b"ICCRGBG1012", rgb_profile())
    frame = PillowImage.new("P", (40, 20), 0)
    frame.putpalette([*P3_ORANGE, 0, 0, 0])
    buffer = io.BytesIO()
    frame.save(buffer, "GIF")
    data = buffer.getvalue()
    table_end = 13 + (3 << ((data[10] & 0x07) + 1))
    upload(client, author_user, "still.gif", data[:table_end] + profile + data[table_end:])
    with Image.objects.get().file.open("rb") as stored:
        data = stored.read()
    assert b"ICCRGBG1" not in data
    assert PillowImage.open(io.BytesIO(data)).convert("RGB").getpixel((0, 0)) == SRGB_ORANGE
