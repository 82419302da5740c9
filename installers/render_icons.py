"""Render the application and case-file icons from their SVG sources.

    .venv/bin/python -m installers.render_icons     (or: python installers/render_icons.py)

Writes PNGs of every size the desktops ask for, a Windows .ico and a macOS .icns into
resources/icons/. The PNGs are committed so that building the bundle needs no renderer;
run this again after editing an SVG. Small sizes (16 and 24 px) are drawn from a simplified
SVG when one exists (`<name>-small.svg`) so they stay legible.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
#: icon base names: the application and the .imwu case document
ICONS = ("imwu-desktop", "imwu-case")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL_MAX = 24


def source_for(name: str, size: int) -> Path:
    small = ICONS_DIR / f"{name}-small.svg"
    if size <= SMALL_MAX and small.exists():
        return small
    return ICONS_DIR / f"{name}.svg"


def render_png(svg: Path, size: int) -> bytes:
    """PNG bytes of `svg` drawn on a transparent size x size canvas."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs say bytes; Qt wants str)
    buffer.close()
    return bytes(data.data())


def render_all(out_dir: Path = ICONS_DIR) -> list[Path]:
    """Write every PNG, .ico and .icns; return the files written."""
    from PIL import Image

    written: list[Path] = []
    for name in ICONS:
        images: dict[int, Image.Image] = {}
        for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
            png = render_png(source_for(name, size), size)
            images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
            if size in PNG_SIZES:
                target = out_dir / f"{name}-{size}.png"
                target.write_bytes(png)
                written.append(target)
        ico = out_dir / f"{name}.ico"
        largest = images[max(ICO_SIZES)]
        largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
        icns = out_dir / f"{name}.icns"
        images[max(ICNS_SIZES)].save(
            icns, format="ICNS",
            append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
        written += [ico, icns]
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_all():
        print(path.relative_to(ICONS_DIR.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
