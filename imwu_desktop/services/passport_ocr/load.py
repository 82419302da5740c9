"""Open the passport page as a greyscale picture: photos, scans (HEIC too) and PDFs.

Big phone photos are decoded at reduced size straight from the JPEG (Pillow's draft
mode), which is most of the speed on a 12-megapixel photo. A PDF gives its first page's
largest embedded image (a scanned or photographed page is one image on the page).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

WORK_SIDE = 2200


class PageError(Exception):
    """The file cannot be turned into a picture; the message says what to do."""


def read_source(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise PageError(f"The file could not be opened ({exc.strerror or exc}); "
                            "check that it still exists and try again.") from exc
    if not data:
        raise PageError("The file is empty; attach the passport scan again.")
    return data


def load_page(data: bytes, max_side: int = WORK_SIDE) -> Image.Image:
    """The page as an 'L' image whose longer side is at most `max_side`."""
    is_pdf = b"%PDF-" in data[:1024]
    image = _largest_pdf_image(data) if is_pdf else _open_image(data, max_side)
    image = ImageOps.exif_transpose(image)
    gray = image.convert("L")
    gray.thumbnail((max_side, max_side), Image.Resampling.BOX)
    return gray


def _open_image(data: bytes, max_side: int) -> Image.Image:
    _register_heif()
    try:
        image = Image.open(BytesIO(data))
        if image.format == "JPEG":
            image.draft("L", (max_side, max_side))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PageError("This file is not a picture or PDF the reader can open; attach "
                        "a JPEG, PNG, TIFF, HEIC or PDF of the passport page.") from exc
    return image


def _register_heif() -> None:
    try:
        import pillow_heif
    except ImportError:  # HEIC photos then fail to open with the message above
        return
    pillow_heif.register_heif_opener()


def _largest_pdf_image(data: bytes) -> Image.Image:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            raise PageError("The PDF is password-protected; attach an unprotected scan or "
                            "a photo of the passport page.")
        if not reader.pages:
            raise PageError("The PDF has no pages; attach the passport scan again.")
        images = [img.image for img in reader.pages[0].images if img.image is not None]
    except PageError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise PageError("The PDF could not be read (it may be damaged); attach the "
                        "passport page as a photo or a new scan.") from exc
    if not images:
        raise PageError("The PDF's first page holds no scanned picture; attach a photo or "
                        "scan of the passport page, or type the two lines.")
    return max(images, key=lambda img: img.width * img.height)
