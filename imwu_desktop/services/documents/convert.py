"""Turn image files (photos, scans) into PDF pages at their true size.

- EXIF orientation becomes the page's placement matrix, so a JPEG is embedded byte for byte.
- A declared resolution that gives a paper-sized page is the true size; phone photos (72 dpi or
  none) are fitted to a Letter page in the photo's orientation, centred.
- Multi-page TIFFs give one page per frame; HEIC/HEIF photos are read through pillow-heif.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, TypeVar

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents.errors import DamagedDocument, TooLargeDocument
from imwu_desktop.services.documents.messages import ERRORS, WARNINGS, quoted
from imwu_desktop.services.documents.pdfimage import (
    ImagePage,
    PdfImage,
    build_pdf,
    flate_image,
)

LETTER_PT = (612.0, 792.0)
MAX_PIXELS = 80_000_000  # below Pillow's bomb warning; a 600-dpi Letter page is 34 MP
MAX_PAGES = 500
LOW_DPI = 150  # under this, small print becomes hard to read
_PLAUSIBLE_DPI = (100.0, 1200.0)
_MAX_TRUE_SIZE_IN = (17.0, 22.0)  # tabloid: larger "true sizes" are really photos
_LOSSY_SOURCES = {"HEIF", "WEBP", "MPO"}

Matrix = tuple[float, float, float, float, float, float]
_T = TypeVar("_T")


@dataclass
class Converted:
    """A PDF made from an image file, with its page count and any advice."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)


def register_heif() -> None:
    """Let Pillow open HEIC/HEIF (idempotent)."""
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a declared dependency
        return
    pillow_heif.register_heif_opener()


def image_to_pdf(data: bytes, name: str = "image", lang: str = "en") -> Converted:
    """Every frame of the image file `data` as a PDF page; raises a DocumentError.
    Messages and advice are worded in `lang`."""
    with open_image(data, name, lang) as image:
        pages, advice = guarded(lambda: _pages(image, data, name, lang), name, lang)
    return Converted(build_pdf(pages), len(pages), advice)


@contextmanager
def open_image(data: bytes, name: str = "image", lang: str = "en") -> Iterator[Image.Image]:
    """Pillow's image, or a TooLargeDocument / DamagedDocument with a plain message."""
    register_heif()
    image = guarded(lambda: Image.open(BytesIO(data)), name, lang)
    try:
        if image.width * image.height > MAX_PIXELS:
            raise _too_large(name, lang)
        yield image
    finally:
        image.close()


def guarded(work: Callable[[], _T], name: str, lang: str = "en") -> _T:
    """Run Pillow work, turning its exceptions (and bomb warnings) into user messages."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return work()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(name, lang) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise DamagedDocument(say(ERRORS, "image_unreadable", lang,
                                  name=quoted(name, lang))) from exc


def _too_large(name: str, lang: str) -> TooLargeDocument:
    return TooLargeDocument(say(ERRORS, "too_many_pixels", lang, name=quoted(name, lang)))


def _pages(image: Image.Image, data: bytes, name: str, lang: str
           ) -> tuple[list[ImagePage], list[str]]:
    pages: list[ImagePage] = []
    advice: list[str] = []
    for index, frame in enumerate(_frames(image), start=1):
        if index > MAX_PAGES:
            raise TooLargeDocument(say(ERRORS, "image_pages", lang, name=quoted(name, lang),
                                       limit=MAX_PAGES))
        if frame.width * frame.height > MAX_PIXELS:
            raise _too_large(name, lang)
        orientation = _orientation(frame)
        pdf_image = _encode(frame, data if index == 1 else None)
        page, dpi = _place(frame, orientation)
        pages.append(ImagePage(page[0], page[1], pdf_image, page[2]))
        if dpi < LOW_DPI:
            key = "low_dpi_page" if index > 1 or _is_multi(image) else "low_dpi"
            advice.append(say(WARNINGS, key, lang, page=index, name=quoted(name, lang),
                              dpi=f"{dpi:.0f}"))
    return pages, advice


def _frames(image: Image.Image) -> Iterator[Image.Image]:
    if not _is_multi(image):
        yield image
        return
    for frame in ImageSequence.Iterator(image):
        yield frame.copy()


def _is_multi(image: Image.Image) -> bool:
    return bool(getattr(image, "n_frames", 1) > 1) and image.format in {"TIFF", "HEIF"}


def _orientation(image: Image.Image) -> int:
    value = image.getexif().get(0x0112, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _encode(image: Image.Image, original: bytes | None) -> PdfImage:
    """JPEGs pass through untouched; lossless sources stay lossless; the rest become JPEG."""
    if image.format == "JPEG" and original is not None and image.mode in ("RGB", "L"):
        _verify_jpeg(original)
        space = "DeviceRGB" if image.mode == "RGB" else "DeviceGray"
        return PdfImage(original, image.width, image.height, space, 8, "DCTDecode")
    if image.mode == "1":
        return flate_image(image.tobytes(), image.width, image.height, "DeviceGray", 1)
    flat = _flatten(image)
    if image.format in _LOSSY_SOURCES or image.format == "JPEG":
        return jpeg_image(flat, 92)
    space = "DeviceRGB" if flat.mode == "RGB" else "DeviceGray"
    return flate_image(flat.tobytes(), flat.width, flat.height, space, 8)


def _verify_jpeg(data: bytes) -> None:
    """Decode at 1/8 scale (every byte is still read): a cut-short JPEG raises OSError here
    instead of showing a half-grey page to the officer."""
    with Image.open(BytesIO(data)) as probe:
        probe.draft(probe.mode, (max(1, probe.width // 8), max(1, probe.height // 8)))
        probe.load()


def jpeg_image(image: Image.Image, quality: int) -> PdfImage:
    """Encode an RGB or L image as a baseline JPEG PDF image."""
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    space = "DeviceRGB" if image.mode == "RGB" else "DeviceGray"
    return PdfImage(buffer.getvalue(), image.width, image.height, space, 8, "DCTDecode")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB or L, with any transparency painted over white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.convert("I").point(_to_8_bits).convert("L")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa"):
        background = Image.new("RGB", image.size, "white")
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        return background
    if image.mode in ("L", "RGB"):
        return image
    return image.convert("RGB")


def _to_8_bits(value: Any) -> Any:
    return value * (1 / 256)


def _place(image: Image.Image, orientation: int) -> tuple[tuple[float, float, Matrix], float]:
    """Page width and height (points), the image matrix, and the resulting resolution."""
    width, height = image.size
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    dpi = _declared_dpi(image)
    if dpi and width / dpi <= _MAX_TRUE_SIZE_IN[0] + 0.01 and height / dpi <= (
            _MAX_TRUE_SIZE_IN[1] + 0.01):
        page_w, page_h = width / dpi * 72, height / dpi * 72
        box = (0.0, 0.0, page_w, page_h)
    else:
        page_w, page_h = LETTER_PT if height >= width else LETTER_PT[::-1]
        scale = min(page_w / width, page_h / height)
        shown_w, shown_h = width * scale, height * scale
        box = ((page_w - shown_w) / 2, (page_h - shown_h) / 2, shown_w, shown_h)
    effective_dpi = width / box[2] * 72
    return (page_w, page_h, orientation_matrix(orientation, box)), effective_dpi


def _declared_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    low, high = _PLAUSIBLE_DPI
    return value if low <= value <= high else None


# Where the stored image's normalised (column, row-from-top) lands on the displayed image.
_ORIENT: dict[int, Callable[[float, float], tuple[float, float]]] = {
    1: lambda c, r: (c, r), 2: lambda c, r: (1 - c, r),
    3: lambda c, r: (1 - c, 1 - r), 4: lambda c, r: (c, 1 - r),
    5: lambda c, r: (r, c), 6: lambda c, r: (1 - r, c),
    7: lambda c, r: (1 - r, 1 - c), 8: lambda c, r: (r, 1 - c),
}


def orientation_matrix(orientation: int, box: tuple[float, float, float, float]) -> Matrix:
    """The PDF `cm` matrix that shows the stored image upright inside `box` (x, y, w, h)."""
    x, y, w, h = box
    turn = _ORIENT.get(orientation, _ORIENT[1])

    def page_point(u: float, v: float) -> tuple[float, float]:
        col, row = turn(u, 1 - v)  # image space has v up; rows count from the top
        return x + col * w, y + (1 - row) * h

    e, f = page_point(0, 0)
    ax, ay = page_point(1, 0)
    cx, cy = page_point(0, 1)
    return (ax - e, ay - f, cx - e, cy - f, e, f)


def upright(image: Image.Image) -> Image.Image:
    """The image as it is meant to be seen (for thumbnails and checks)."""
    return ImageOps.exif_transpose(image) or image
