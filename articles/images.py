"""Uploaded images: what is accepted, how it is cleaned, and the renditions pages serve."""

import io
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from PIL import Image as PillowImage
from PIL import ImageOps, UnidentifiedImageError

# Pillow format name → file extension of the cleaned upload.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
RENDITION_FORMATS = {"webp": "WEBP", "jpeg": "JPEG"}


def open_checked(upload):
    """Open an upload with Pillow, refusing anything that is not a sound, reasonably sized picture."""
    if upload.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"This file is {filesizeformat(upload.size)}; images may be at most "
            f"{filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES)}. Export a smaller version and try again."
        )
    upload.seek(0)
    try:
        picture = PillowImage.open(upload)
    except PillowImage.DecompressionBombError as error:
        raise ValidationError(too_many_pixels_message()) from error
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(
            "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF."
        ) from error
    if picture.format not in ACCEPTED_FORMATS:
        raise ValidationError(f"{picture.format} images are not accepted. Upload a JPEG, PNG, WebP or GIF.")
    # Checked from the header alone, before a single pixel is decoded (decompression bombs).
    width, height = picture.size
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(too_many_pixels_message(f"This image is {width} × {height} pixels, more than"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            picture.load()
    except (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombWarning) as error:
        raise ValidationError(
            "This image file is damaged or incomplete. Export it again and re-upload."
        ) from error
    return picture


def too_many_pixels_message(opening="This image has more than"):
    return (
        f"{opening} the {settings.IMAGE_MAX_PIXELS / 1_000_000:g} megapixels we accept. "
        "Resize it and try again."
    )


def cleaned_upload(upload):
    """The upload re-encoded with its orientation applied and all metadata (EXIF, GPS) dropped."""
    picture = open_checked(upload)
    image_format = picture.format
    if image_format == "GIF" and getattr(picture, "is_animated", False):
        # Re-encoding frame by frame would lose timing; GIFs carry no EXIF, so keep the bytes.
        upload.seek(0)
        return ContentFile(upload.read(), name=_renamed(upload.name, image_format))
    upright = ImageOps.exif_transpose(picture)
    # A fresh image holds pixels only: no EXIF, GPS, XMP, ICC comments or text chunks.
    bare = PillowImage.frombytes(upright.mode, upright.size, upright.tobytes())
    if upright.mode == "P":
        bare.putpalette(upright.getpalette())
    if "transparency" in upright.info:
        bare.info["transparency"] = upright.info["transparency"]
    if image_format == "JPEG" and bare.mode not in ("RGB", "L"):
        bare = bare.convert("RGB")
    buffer = io.BytesIO()
    bare.save(buffer, format=image_format, **_save_options(image_format))
    return ContentFile(buffer.getvalue(), name=_renamed(upload.name, image_format))


def make_renditions(field_file):
    """Write the smaller WebP and JPEG copies of a stored image once; return their descriptions."""
    field_file.open("rb")
    try:
        picture = PillowImage.open(field_file)
        picture.load()
    finally:
        field_file.close()
    picture = ImageOps.exif_transpose(picture)
    if picture.mode != "RGB":
        picture = _flatten(picture.convert("RGBA"))
    stem = PurePosixPath(field_file.name)
    renditions = []
    widths = [w for w in settings.IMAGE_RENDITION_WIDTHS if w < picture.width] or [picture.width]
    for width in widths:
        height = round(picture.height * width / picture.width)
        resized = picture.resize((width, height), PillowImage.Resampling.LANCZOS)
        for key, image_format in RENDITION_FORMATS.items():
            buffer = io.BytesIO()
            resized.save(buffer, format=image_format, **_save_options(image_format))
            name = f"renditions/{stem.parent}/{stem.stem}-{width}.{ACCEPTED_FORMATS[image_format]}"
            saved = field_file.storage.save(name, ContentFile(buffer.getvalue()))
            renditions.append({"width": width, "height": height, "format": key, "name": saved})
    return renditions


def _flatten(picture):
    background = PillowImage.new("RGB", picture.size, (255, 255, 255))
    background.paste(picture, mask=picture.getchannel("A"))
    return background


def _save_options(image_format):
    return {"JPEG": {"quality": 85, "optimize": True, "progressive": True}, "WEBP": {"quality": 80}}.get(
        image_format, {}
    )


def _renamed(name, image_format):
    return f"{PurePosixPath(name or 'image').stem}.{ACCEPTED_FORMATS[image_format]}"
