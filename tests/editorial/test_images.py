import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags
from PIL import Image as PillowImage

from articles.models import Image
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ADD_IMAGE = "admin:articles_image_add"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def picture_bytes(image_format="JPEG", size=(1200, 600), **save_options):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (200, 40, 40)).save(buffer, format=image_format, **save_options)
    return buffer.getvalue()


def phone_photo():
    """A 1200×600 JPEG taken "sideways" (EXIF orientation 6) with a GPS position in its EXIF."""
    exif = PillowImage.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneCo"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (53.0, 54.0, 0.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (27.0, 34.0, 0.0)
    data = picture_bytes(exif=exif)
    assert PillowImage.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    return data


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
