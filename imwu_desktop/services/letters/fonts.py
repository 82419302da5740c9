"""Embedded fonts for generated PDFs.

PDF base fonts only cover Latin-1, so names such as "Łukasz" or "Gößler" would lose letters.
DejaVu Sans (bundled in resources/fonts with its licence) covers every Latin accent; reportlab
embeds only the glyphs used, which keeps each PDF small.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from imwu_desktop.resources import resource_path

REGULAR = "IMWU-Sans"
BOLD = "IMWU-Sans-Bold"
MONO = "Courier"  # SHA-256 digests are plain ASCII: a PDF base font is enough

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}


class FontError(RuntimeError):
    """The bundled fonts are missing or unreadable (a broken installation)."""


@dataclass(frozen=True)
class Fonts:
    regular: str = REGULAR
    bold: str = BOLD
    mono: str = MONO


@cache
def register_fonts() -> Fonts:
    """Register the bundled fonts with reportlab once per process and return their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise FontError(
                f"The font file {file_name} is missing or damaged; reinstall the application."
            ) from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)  # no italics in these documents: keep the bundle small
    addMapping(REGULAR, 1, 1, BOLD)
    return Fonts()
