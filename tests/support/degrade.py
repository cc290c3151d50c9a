"""A worn laser print, imitated on a clean raster: toner spread (blur), faded toner and dull
paper (less contrast), a slight skew, grain (noise) and toner specks / drop-outs. Seeded, so
every run degrades the same way."""

import random

from PIL import Image, ImageChops, ImageFilter


def worn_print(image: Image.Image, dpi: int, seed: int, *, grain: int = 24,
               speck_rate: float = 0.002, skew_degrees: float = 0.6) -> Image.Image:
    rnd = random.Random(seed)
    grey = image.convert("L")
    grey = grey.filter(ImageFilter.GaussianBlur(0.05 / 25.4 * dpi))  # ~0.05 mm spread
    grey = grey.point(lambda v: 45 + v * 180 // 255)  # black 45, paper 225
    angle = rnd.uniform(-skew_degrees, skew_degrees)
    grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=225)
    size = grey.size
    pixels = size[0] * size[1]
    noise = Image.frombytes("L", size, rnd.randbytes(pixels)).point(
        lambda v: v * 2 * grain // 255)
    grey = ImageChops.add(grey, noise, 1.0, -grain)
    specks = Image.frombytes("L", size, rnd.randbytes(pixels))
    threshold = int(256 * speck_rate)
    dark = specks.point(lambda v: 255 if v < threshold else 0)
    light = specks.point(lambda v: 255 if v > 255 - threshold else 0)
    grey = ImageChops.subtract(grey, dark)
    return ImageChops.add(grey, light)
