"""Abstract lead illustrations for the demo stories, drawn with Pillow (nothing is downloaded)."""

import functools
import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 800
PALETTES = [
    ((24, 52, 89), (232, 168, 56), (240, 236, 226)),
    ((94, 27, 36), (214, 122, 95), (246, 226, 210)),
    ((22, 78, 70), (140, 196, 160), (236, 242, 230)),
    ((48, 40, 92), (120, 150, 220), (232, 230, 246)),
    ((70, 60, 40), (200, 170, 90), (244, 238, 220)),
    ((30, 30, 36), (200, 80, 70), (228, 228, 232)),
]


def blend(start, end, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(start, end, strict=True))


@functools.lru_cache(maxsize=64)  # drawing one takes a tenth of a second; a process may seed more than once
def illustration_jpeg(seed_text):
    """A JPEG of horizon bands, a sun and skyline shapes, the same for the same `seed_text`."""
    rng = random.Random(hashlib.sha256(seed_text.encode()).digest())
    dark, bright, light = rng.choice(PALETTES)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=blend(light, bright, y / HEIGHT * 0.8))
    sun_x, sun_y, radius = rng.randint(200, 1000), rng.randint(150, 350), rng.randint(70, 140)
    draw.ellipse(
        [sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=blend(bright, light, 0.35)
    )
    horizon = rng.randint(430, 560)
    for layer in range(3):
        shade = blend(bright, dark, 0.45 + layer * 0.25)
        x = -20
        while x < WIDTH:
            width = rng.randint(40, 130)
            top = horizon - rng.randint(20, 220) + layer * 60
            draw.rectangle([x, top, x + width, HEIGHT], fill=shade)
            x += width + rng.randint(0, 25)
    for band in range(6):
        y = horizon + 120 + band * 28
        draw.line([(0, y), (WIDTH, y + rng.randint(-10, 10))], fill=blend(dark, light, 0.15), width=3)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    output = io.BytesIO()
    image.save(output, "JPEG", quality=78, optimize=True, progressive=True)
    return output.getvalue()
