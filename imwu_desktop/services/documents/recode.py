"""Decode one PDF image at the size needed, look at it, and encode it smaller.

- JPEGs are decoded with Pillow's draft mode: the decoder itself scales by 1/2, 1/4 or 1/8,
  which is several times faster than decoding full size and resizing.
- "Essentially grey": almost no pixel has visible colour (paper tint and scanner noise do
  not count); such pages lose nothing by becoming greyscale.
- "Text page": grey, and almost every pixel is paper or ink (few mid-tones). Such pages become
  black and white (CCITT G4, the fax coding every PDF reader has) at up to 300 dpi: sharper
  than a 150-dpi JPEG and about a quarter of its size.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from PIL import Image, ImageChops

from imwu_desktop.services.documents.pdfimage import PdfImage

MAX_PIXELS = 80_000_000  # an image beyond this is refused, never decoded
BILEVEL_DPI = 300.0
_COLOUR_CHROMA = 40  # max-min of R, G, B above which a pixel has visible colour
_COLOUR_SHARE = 0.0005  # fewer colourful pixels than this: the page is essentially grey
_MIDTONE_SHARE = 0.12  # fewer mid-tones than this (at ~150 dpi): paper and ink only
_CLASSIFY_DPI = 150.0


@dataclass(frozen=True)
class Look:
    """What an image looks like, decided once per image."""

    grey: bool
    text: bool
    paper: int  # the paper's grey level (for the black-and-white threshold)
    ink: int


@dataclass(frozen=True)
class Target:
    """How to encode one image: resolution cap, JPEG quality and what may be dropped."""

    max_dpi: float
    quality: int
    grey: bool
    bilevel: bool


def jpeg_quality(data: bytes) -> int | None:
    """The libjpeg quality a JPEG was saved at, estimated from its luminance table."""
    try:
        with Image.open(BytesIO(data)) as image:
            tables = getattr(image, "quantization", None)
    except (OSError, ValueError, SyntaxError):
        return None
    if not isinstance(tables, dict) or 0 not in tables:
        return None
    scale = 100.0 * sum(tables[0]) / sum(_LUMA)
    quality = (200.0 - scale) / 2 if scale <= 100 else 5000.0 / scale
    return max(1, min(100, round(quality)))


_LUMA = (16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40,
         57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35,
         55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112,
         100, 103, 99)


@dataclass(frozen=True)
class Decoded:
    """Pixels (RGB or L), maybe reduced by draft mode, and the original's size."""

    image: Image.Image
    full_width: int
    dpi: float  # resolution of the original on the page

    def target_size(self, dpi: float) -> tuple[int, int]:
        """Pixel size that shows the image at `dpi` (never more than the original)."""
        scale = min(1.0, dpi / self.dpi) * self.full_width / self.image.width
        return (max(1, round(self.image.width * scale)),
                max(1, round(self.image.height * scale)))


def decode_jpeg(data: bytes, width: int, height: int, dpi: float, min_dpi: float) -> Decoded:
    """Decode a JPEG with draft mode, keeping at least `min_dpi` worth of pixels."""
    if width * height > MAX_PIXELS:
        raise ValueError("too many pixels")
    with Image.open(BytesIO(data)) as image:  # leaving drops the JPEG's bytes, not the pixels
        scale = min(1.0, min_dpi / dpi)
        image.draft("L" if image.mode == "L" else "RGB",
                    (max(1, int(width * scale)), max(1, int(height * scale))))
        image.load()
    return Decoded(_rgb_or_l(image), width, dpi)


def from_pixels(image: Image.Image, dpi: float) -> Decoded:
    return Decoded(_rgb_or_l(image), image.width, dpi)


def _rgb_or_l(image: Image.Image) -> Image.Image:
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def look_at(decoded: Decoded) -> Look:
    """Classify an image: tones from a ~150-dpi reduction, colour from a ~75-dpi one (a pen
    stroke still shows its colour there, and it is four times less work)."""
    image = decoded.image
    factor = max(1, int(image.width / decoded.target_size(_CLASSIFY_DPI)[0]))
    small = image.reduce(factor) if factor > 1 else image
    if small.mode == "RGB":
        grey = _essentially_grey(small)
        luma = small.convert("L")
    else:
        grey, luma = True, small
    hist = luma.histogram()
    total = max(1, sum(hist))
    paper = max(range(128, 256), key=lambda i: hist[i])
    ink = max(range(0, 128), key=lambda i: hist[i])
    mid_low, mid_high = ink + 48, paper - 40
    mid = sum(hist[mid_low:mid_high]) / total if mid_high > mid_low else 1.0
    dark = sum(hist[:mid_low]) / total
    return Look(grey=grey, text=grey and mid < _MIDTONE_SHARE and dark > 0.001,
                paper=paper, ink=ink)


def _essentially_grey(small: Image.Image) -> bool:
    """Almost no pixel of this RGB image has visible colour (its helpers die on return)."""
    tiny = small.reduce(2) if min(small.size) >= 64 else small
    r, g, b = tiny.split()
    high = ImageChops.lighter(ImageChops.lighter(r, g), b)
    low = ImageChops.darker(ImageChops.darker(r, g), b)
    chroma = ImageChops.subtract(high, low).histogram()
    return sum(chroma[_COLOUR_CHROMA:]) / max(1, sum(chroma)) < _COLOUR_SHARE


def encode(decoded: Decoded, target: Target, look: Look) -> PdfImage:
    """The image at `target` (the caller decides whether it is worth keeping).

    Consumes `decoded`: each intermediate image is released as soon as the next one exists
    (a decoded 300-dpi page is ~35 MB, and two are encoded at once), so `decoded` cannot be
    used afterwards.
    """
    if target.bilevel and look.text:
        return _bilevel(decoded, look)
    image = decoded.image
    size = decoded.target_size(target.max_dpi)
    if size != image.size:
        image = _resized(image, size)
    if target.grey and look.grey and image.mode != "L":
        image = _replace(image, image.convert("L"))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=target.quality, optimize=True)
    space = "DeviceGray" if image.mode == "L" else "DeviceRGB"
    width, height = image.size
    image.close()
    return PdfImage(buffer.getvalue(), width, height, space, 8, "DCTDecode")


def _replace(old: Image.Image, new: Image.Image) -> Image.Image:
    """`new`, having released the pixels of `old` (which it was made from)."""
    old.close()
    return new


def _resized(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """`image` (released) at `size`: Lanczos with a reducing gap of 1, as Image.resize.

    Below a 2x reduction Pillow resamples in one call as two passes (rows, then columns) and
    holds the source, the rows pass and the result at once. Making the passes two calls gives
    the same pixels and lets the source (the largest of the three) go in between.
    """
    def resize(source: Image.Image, to: tuple[int, int]) -> Image.Image:
        return _replace(source, source.resize(to, Image.Resampling.LANCZOS, reducing_gap=1.0))

    width, height = image.size
    if (size[0] != width and size[1] != height and width / size[0] < 2
            and height / size[1] < 2):  # (at 2x or more Pillow reduces first: small already)
        image = resize(image, (size[0], height))
    return resize(image, size)


def _bilevel(decoded: Decoded, look: Look) -> PdfImage:
    image = decoded.image
    size = decoded.target_size(BILEVEL_DPI)
    grey = _replace(image, image.convert("L")) if image.mode != "L" else image
    if size != grey.size:
        grey = _resized(grey, size)
    threshold = (look.paper + look.ink) // 2 + 10
    bilevel = _replace(grey, grey.point([255 if v > threshold else 0 for v in range(256)], "1"))
    buffer = BytesIO()
    bilevel.save(buffer, "TIFF", compression="group4", strip_size=2**30)
    tiff_file = buffer.getvalue()
    with Image.open(BytesIO(tiff_file)) as tiff:
        tags: Any = getattr(tiff, "tag_v2", {})
        offset, length = int(tags[273][0]), int(tags[279][0])
    data = tiff_file[offset:offset + length]
    return PdfImage(data, bilevel.width, bilevel.height, "DeviceGray", 1, "CCITTFaxDecode",
                    decode_parms=f"<< /K -1 /Columns {bilevel.width} /Rows {bilevel.height} "
                                 "/BlackIs1 true >>")
