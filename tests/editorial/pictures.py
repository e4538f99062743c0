"""Picture files for the image tests, built in memory: phone photos, colour profiles, animated GIFs."""

import io
import struct

from PIL import ExifTags
from PIL import Image as PillowImage

# Display P3's primaries (adapted to D50, as ICC profiles store them) with a plain 2.2 gamma.
P3_PRIMARIES = [(0.5151, 0.2412, -0.0011), (0.2920, 0.6922, 0.0419), (0.1571, 0.0666, 0.7841)]
D50 = (0.9642, 1.0, 0.8249)


def picture_bytes(image_format="JPEG", size=(1200, 600), colour=(200, 40, 40), **save_options):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, format=image_format, **save_options)
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


def _xyz(x, y, z):
    return b"XYZ \0\0\0\0" + b"".join(struct.pack(">i", round(value * 65536)) for value in (x, y, z))


def rgb_profile(primaries=P3_PRIMARIES, gamma=2.2, description=b"Display P3 (test)"):
    """An ICC v2 matrix/TRC RGB profile: what wide-gamut phones and Adobe RGB exports embed."""
    text = description + b"\0"
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"
    red, green, blue = primaries
    tags = {
        b"desc": b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 79,
        b"wtpt": _xyz(*D50),
        b"rXYZ": _xyz(*red),
        b"gXYZ": _xyz(*green),
        b"bXYZ": _xyz(*blue),
        b"rTRC": curve,
        b"gTRC": curve,
        b"bTRC": curve,
    }
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags.items():
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body + b"\0" * (-len(body) % 4)
    header = (
        struct.pack(">I", offset + len(data))
        + b"lcms\x02\x10\0\0mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 28
        + _xyz(*D50)[8:]
    ).ljust(128, b"\0")
    return header + struct.pack(">I", len(tags)) + table + data


def gif_application_block(identifier, payload):
    """A GIF application extension (identifier + authentication code, 11 bytes) holding `payload`."""
    chunks = [payload[start : start + 255] for start in range(0, len(payload), 255)]
    return b"\x21\xff\x0b" + identifier + b"".join(bytes([len(c)]) + c for c in chunks) + b"\0"


def animated_gif(extra_blocks=b"", comment=b""):
    """Three 40×20 frames (red, green, blue) shown for 100, 200 and 300 ms, looping forever;
    `extra_blocks` go right after the global colour table, where editors put XMP and profiles."""
    frames = []
    for index in range(3):
        frame = PillowImage.new("P", (40, 20), index)
        frame.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0])
        frames.append(frame)
    buffer = io.BytesIO()
    options = {"comment": comment} if comment else {}
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0, **options
    )
    data = buffer.getvalue()
    table_end = 13 + (3 << ((data[10] & 0x07) + 1))
    return data[:table_end] + extra_blocks + data[table_end:]


def stored_files(media_root):
    return {str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file()}
