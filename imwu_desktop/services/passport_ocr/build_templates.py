"""Regenerate resources/ocr/mrz_templates.json: the reference bitmap of each MRZ character.

Run once by a developer (`python -m imwu_desktop.services.passport_ocr.build_templates`);
the app only reads the generated file (templates.py). Each font's glyphs are rendered in
MRZ-like lines at several sizes and cut by the same code that reads scans (lines.cut_line),
so a template looks exactly like a well-printed character as the reader sees it; the bits set
in most renderings form the template.

Fonts: OCR-B as digitised by Norbert Schwarz and Matthew Skala (public domain / permissive,
Debian package fonts-ocr-b) — the font passports print their MRZ in — and DejaVu Sans Mono
(fonts-dejavu-core), a common OCR-B-like stand-in, so that either reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .lines import CHARS_PER_LINE, cut_line, ink_map
from .templates import ALPHABET, CELL_BITS, FILE_NAME, template_file

FONTS = {
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "dejavu_mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
}
SIZES = (22, 30, 42)
#: blur radii (share of the font size): photos soften strokes, so each font gets a sharp
#: and a softened version of every glyph
BLURS = {"": 0.0, "_soft": 0.05}
SOURCES = [
    "OCR-B as digitised by Norbert Schwarz and Matthew Skala (Debian package fonts-ocr-b): "
    "the font passports print their MRZ in",
    "DejaVu Sans Mono (Debian package fonts-dejavu-core): a common OCR-B-like stand-in",
]
OUT = Path(__file__).resolve().parents[3] / "resources" / "ocr" / FILE_NAME


def render_line(text: str, font_path: str, size: int, blur: float = 0.0) -> Image.Image:
    """One line of text, black on white, with a margin, blurred by `blur` x size."""
    font = ImageFont.truetype(font_path, size)
    width = round(font.getlength(text)) + 4 * size
    img = Image.new("L", (width, size * 3), 255)
    ImageDraw.Draw(img).text((2 * size, size), text, font=font, fill=0)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur * size))
    return img


def training_lines() -> list[str]:
    """Lines of 44 characters in which every character appears in several neighbourhoods."""
    lines = []
    for shift in range(0, len(ALPHABET), 5):
        rolled = ALPHABET[shift:] + ALPHABET[:shift]
        lines.append((rolled * 2)[:CHARS_PER_LINE])
        lines.append(("<" + "<".join(rolled))[:CHARS_PER_LINE])
    return lines


def build_font(font_path: str, blur: float) -> dict[str, int]:
    votes: dict[str, list[int]] = {ch: [0] * (CELL_BITS) for ch in ALPHABET}
    seen: dict[str, int] = dict.fromkeys(ALPHABET, 0)
    for size in SIZES:
        for text in training_lines():
            glyphs = cut_line(ink_map(render_line(text, font_path, size, blur)))
            if glyphs is None:
                raise RuntimeError(f"could not cut a rendered line of {font_path} at {size}")
            for ch, glyph in zip(text, glyphs, strict=True):
                seen[ch] += 1
                bits = glyph.bits
                for k in range(CELL_BITS - 1, -1, -1):
                    votes[ch][k] += bits & 1
                    bits >>= 1
    out = {}
    for ch in ALPHABET:
        value = 0
        for count in votes[ch]:
            value = (value << 1) | (1 if 2 * count > seen[ch] else 0)
        out[ch] = value
    return out


def main() -> int:
    templates: dict[str, dict[str, int]] = {}
    for name, path in FONTS.items():
        if not Path(path).exists():
            print(f"missing font {path}", file=sys.stderr)
            return 1
        for suffix, blur in BLURS.items():
            templates[f"{name}{suffix}"] = build_font(path, blur)
    OUT.write_text(json.dumps(template_file(templates, SOURCES), indent=1) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
