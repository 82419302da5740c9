"""Small previews of image files for the checklist (PDFs are rendered by gui/thumbnails.py,
which needs Qt's PDF renderer)."""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageOps

from imwu_desktop.services.documents.convert import guarded, open_image


def image_thumbnail(data: bytes, max_side: int = 256, name: str = "image") -> bytes:
    """A PNG of at most `max_side` pixels a side, upright (EXIF), over white."""
    with open_image(data, name) as image:
        rgba = guarded(lambda: _small(image, max_side), name)
    white = Image.new("RGBA", rgba.size, "white")
    out = BytesIO()
    Image.alpha_composite(white, rgba).convert("RGB").save(out, "PNG")
    return out.getvalue()


def _small(image: Image.Image, max_side: int) -> Image.Image:
    image.draft("RGB", (max_side, max_side))
    upright = ImageOps.exif_transpose(image) or image
    upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return upright.convert("RGBA")
