"""Uploaded images: what is accepted, how it is cleaned, the renditions pages serve, and the model
field that applies all of it to every image stored, whichever model holds it."""

import io
import logging
import warnings
from pathlib import PurePosixPath

from django import forms
from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import models, transaction
from django.db.models import signals
from django.db.models.fields.files import FieldFile, ImageFieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import ImageCms, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

# Pillow format name → file extension of the cleaned upload.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"]
RENDITION_FORMATS = {"webp": "WEBP", "jpeg": "JPEG"}
SRGB = ImageCms.createProfile("sRGB")
# The colour channels of each mode with an alpha channel; the alpha is put back after conversion.
COLOUR_MODES = {"RGBA": "RGB", "RGBa": "RGB", "LA": "L", "La": "L", "PA": "RGB"}
# GIF application blocks that change how the picture plays; every other one (XMP, ICC…) is dropped.
GIF_PLAYBACK_BLOCKS = {b"NETSCAPE2.0", b"ANIMEXTS1.0"}
GIF_ICC_BLOCK = b"ICCRGBG1012"


class CleanedImage(ContentFile):
    """Bytes made by `cleaned_upload`: stored as they are, never cleaned twice."""


def open_checked(upload):
    """Open an upload with Pillow, refusing anything that is not a sound, reasonably sized picture."""
    if upload.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _(
                "This file is %(size)s; images may be at most %(limit)s. "
                "Export a smaller version and try again."
            ),
            code="image_too_large",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES),
            },
        )
    upload.seek(0)
    try:
        picture = PillowImage.open(upload)
    except PillowImage.DecompressionBombError as error:
        raise too_many_pixels() from error
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF."),
            code="image_unreadable",
        ) from error
    if picture.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted. Upload a JPEG, PNG, WebP or GIF."),
            code="image_format",
            params={"format": picture.format},
        )
    # Checked from the header alone, before a single pixel is decoded (decompression bombs).
    width, height = picture.size
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise too_many_pixels(width, height)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            picture.load()
    except (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombWarning) as error:
        raise damaged() from error
    return picture


def too_many_pixels(width=None, height=None):
    params = {"limit": f"{settings.IMAGE_MAX_PIXELS / 1_000_000:g}", "width": width, "height": height}
    if width is None:
        message = _("This image has more than the %(limit)s megapixels we accept. Resize it and try again.")
    else:
        message = _(
            "This image is %(width)s × %(height)s pixels, more than the %(limit)s megapixels we accept. "
            "Resize it and try again."
        )
    return ValidationError(message, code="image_too_many_pixels", params=params)


def damaged():
    return ValidationError(
        _("This image file is damaged or incomplete. Export it again and re-upload."), code="image_damaged"
    )


def cleaned_upload(upload, name=None):
    """The upload checked and re-encoded: orientation applied, colours in sRGB, and no metadata
    (EXIF, GPS, XMP, colour profile, comments) left. Bytes it already cleaned are returned as they are."""
    if isinstance(upload, CleanedImage):
        return upload
    picture = open_checked(upload)
    image_format = picture.format
    name = _renamed(name or upload.name, image_format)
    if image_format == "GIF":
        # Rewritten block by block: frames and timing stay exactly as they were (GIFs carry no EXIF).
        upload.seek(0)
        return CleanedImage(gif_without_metadata(upload.read()), name=name)
    upright = in_srgb(ImageOps.exif_transpose(picture), picture.info.get("icc_profile"))
    # A fresh image holds pixels only: no EXIF, GPS, XMP, ICC profile, comments or text chunks.
    bare = PillowImage.frombytes(upright.mode, upright.size, upright.tobytes())
    if upright.mode == "P":
        bare.putpalette(upright.getpalette(upright.palette.mode), upright.palette.mode)
    if "transparency" in upright.info:
        bare.info["transparency"] = upright.info["transparency"]
    if image_format == "JPEG" and bare.mode not in ("RGB", "L"):
        bare = bare.convert("RGB")
    buffer = io.BytesIO()
    bare.save(buffer, format=image_format, **_save_options(image_format))
    return CleanedImage(buffer.getvalue(), name=name)


def in_srgb(picture, icc_profile):
    """`picture` with its colours converted from the ICC profile it carried, if any, to sRGB, so it looks
    the same once the profile is gone."""
    if not icc_profile:
        return picture
    try:
        return _converted_to_srgb(picture, ImageCms.ImageCmsProfile(io.BytesIO(icc_profile)))
    except (ImageCms.PyCMSError, OSError, ValueError):
        # A profile that cannot be applied is ignored, as browsers ignore it: the pixels are taken as sRGB.
        return picture


def _converted_to_srgb(picture, profile):
    if picture.mode == "P":
        # Converting the palette keeps the picture's pixels and transparency exactly as they are.
        palette_mode = picture.palette.mode
        colours = picture.getpalette(palette_mode)
        strip = PillowImage.frombytes(palette_mode, (len(colours) // len(palette_mode), 1), bytes(colours))
        converted = _converted_to_srgb(strip, profile)
        result = picture.copy()
        result.putpalette(converted.tobytes(), converted.mode)
        return result
    alpha = picture.getchannel("A") if "A" in picture.getbands() else None
    colour = picture.convert(COLOUR_MODES[picture.mode]) if picture.mode in COLOUR_MODES else picture
    converted = ImageCms.profileToProfile(colour, profile, SRGB, outputMode="RGB")
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def gif_without_metadata(data):
    """The GIF's blocks without comments or application data other than looping (XMP, ICC profile…),
    its colour tables converted to sRGB if it carried a profile. Refuses a file cut short."""
    parts, tables, icc_profile = [data[:13]], [], b""
    position = 13

    def take(count):
        nonlocal position
        if position + count > len(data):
            raise damaged()
        position += count
        return data[position - count : position]

    def colour_table(flags):
        if flags & 0x80:
            tables.append(len(parts))
            parts.append(take(3 << ((flags & 0x07) + 1)))

    def sub_blocks():
        start = position
        while size := take(1)[0]:
            take(size)
        return data[start:position]

    if len(data) < 13:
        raise damaged()
    colour_table(data[10])
    while (introducer := take(1)) != b";":
        if introducer == b",":
            descriptor = take(9)
            parts.append(introducer + descriptor)
            colour_table(descriptor[8])
            parts.append(take(1) + sub_blocks())
        elif introducer == b"!":
            label, blocks = take(1), sub_blocks()
            identifier = blocks[1:12] if label == b"\xff" else None
            if identifier == GIF_ICC_BLOCK:
                icc_profile = _joined_sub_blocks(blocks[12:])
            if label in (b"\xf9", b"\x01") or identifier in GIF_PLAYBACK_BLOCKS:
                parts.append(introducer + label + blocks)
        else:
            raise damaged()
    parts.append(b";")
    for index in tables if icc_profile else []:
        strip = PillowImage.frombytes("RGB", (len(parts[index]) // 3, 1), parts[index])
        parts[index] = in_srgb(strip, icc_profile).tobytes()
    return b"".join(parts)


def _joined_sub_blocks(blocks):
    chunks, position = [], 0
    while position < len(blocks) and (size := blocks[position]):
        chunks.append(blocks[position + 1 : position + 1 + size])
        position += 1 + size
    return b"".join(chunks)


def make_renditions(field_file):
    """Write the smaller WebP and JPEG copies of a stored image once; return their descriptions."""
    field_file.open("rb")
    try:
        picture = PillowImage.open(field_file)
        picture.load()
    finally:
        field_file.close()
    picture = in_srgb(ImageOps.exif_transpose(picture), picture.info.get("icc_profile"))
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


class CleanImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # Every way of storing a file ends here (a form, `instance.photo = upload` then save(), or
        # `instance.photo.save(name, content)`), so nothing reaches storage uncleaned.
        cleaned = cleaned_upload(content, name)
        if self.field.renditions_field:
            setattr(self.instance, self.field.renditions_field, [])  # they were made from the old file
        super().save(cleaned.name, cleaned, save)

    save.alters_data = True


class CleanImageFormField(forms.FileField):
    """A file input for pictures. The model field checks the picture itself, with clearer messages than
    Django's generic "Upload a valid image"."""

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ",".join(ACCEPTED_TYPES)
        return attrs


class CleanImageField(models.ImageField):
    """An image field that stores only checked, cleaned pictures (`cleaned_upload`) and removes from
    storage, once the transaction commits, the files it no longer holds: a replaced or cleared original,
    a deleted row's original, and their renditions (`renditions_field`, as made by `make_renditions`).

    Every image field in the project is one of these (`check_image_fields`), so no model, form or
    import can skip the rule.
    """

    attr_class = CleanImageFieldFile

    def __init__(self, *args, renditions_field=None, **kwargs):
        self.renditions_field = renditions_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.renditions_field:
            kwargs["renditions_field"] = self.renditions_field
        return name, path, args, kwargs

    def clean(self, value, model_instance):
        """A new upload is checked and cleaned during validation, so a form shows what is wrong
        beside the field instead of failing on save."""
        value = super().clean(value, model_instance)
        if value and not value._committed:
            return cleaned_upload(value.file, value.name)
        return value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanImageFormField, **kwargs})

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # Django measures a file as soon as it is assigned; an upload not checked yet could be a
        # decompression bomb, so it is measured once cleaned.
        value = instance.__dict__.get(self.attname)
        if isinstance(value, FieldFile) and not value._committed:
            value = getattr(value, "_file", None)
        if isinstance(value, File) and not isinstance(value, (FieldFile, CleanedImage)):
            return
        super().update_dimension_fields(instance, force, *args, **kwargs)

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            signals.post_init.connect(self._remember_stored_files, sender=cls)
            signals.post_save.connect(self._delete_replaced_files, sender=cls)
            signals.post_delete.connect(self._delete_all_files, sender=cls)

    def stored_files(self, instance):
        """The names this field holds in storage for `instance` (original and renditions), or None when
        they were not loaded (deferred fields)."""
        loaded = instance.__dict__
        if self.attname not in loaded or (self.renditions_field and self.renditions_field not in loaded):
            return None
        value = loaded[self.attname]
        if isinstance(value, FieldFile):
            value = value.name if value._committed else None
        if not value or not isinstance(value, str):
            return frozenset()  # nothing stored yet, or an upload not saved yet
        renditions = (loaded[self.renditions_field] if self.renditions_field else None) or []
        return frozenset([value, *(rendition["name"] for rendition in renditions)])

    def _remember_stored_files(self, instance, **kwargs):
        # Replaced, not updated in place: copies of a model instance share this dict.
        instance._stored_image_files = {
            **getattr(instance, "_stored_image_files", {}),
            self.attname: self.stored_files(instance),
        }

    def _delete_replaced_files(self, instance, using, **kwargs):
        before = getattr(instance, "_stored_image_files", {}).get(self.attname)
        after = self.stored_files(instance)
        self._remember_stored_files(instance)
        if before is not None and after is not None:
            self._delete_on_commit(type(instance), before - after, using)

    def _delete_all_files(self, instance, using, **kwargs):
        before = getattr(instance, "_stored_image_files", {}).get(self.attname) or frozenset()
        self._delete_on_commit(type(instance), before | (self.stored_files(instance) or frozenset()), using)

    def _delete_on_commit(self, model, names, using):
        if names:
            transaction.on_commit(lambda: self._delete_unused(model, names), using=using)

    def _delete_unused(self, model, names):
        # A row copied with its file name (by hand, a fixture) still shows it: keep everything then.
        if model._base_manager.filter(**{f"{self.attname}__in": names}).exists():
            return
        for name in sorted(names):
            try:
                self.storage.delete(name)
            except Exception:  # any storage backend's error; the save itself has already succeeded
                logger.warning("Could not delete the unused image file %s", name, exc_info=True)


@checks.register(checks.Tags.models)
def check_image_fields(app_configs=None, **kwargs):
    """Every image field is a CleanImageField, so that no upload skips the checks and cleaning."""
    return [
        checks.Error(
            f"{model._meta.label}.{field.name} is a plain ImageField: its uploads would skip the checks "
            "and keep their metadata (GPS…).",
            hint="Use articles.images.CleanImageField.",
            obj=field,
            id="articles.E001",
        )
        for app_config in app_configs or apps.get_app_configs()
        for model in app_config.get_models()
        for field in model._meta.local_fields
        if isinstance(field, models.ImageField) and not isinstance(field, CleanImageField)
    ]
