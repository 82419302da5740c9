"""Cut one MRZ text line into its 44 character cells, each normalised to a small bitmap.

The MRZ is printed in one monospace font with no spaces: 44 glyphs side by side. So the
cells lie on a regular grid (centre = a + b * i); we fit that grid to the ink rather than
segmenting glyphs one by one, which survives touching or broken characters. Each cell is
scaled so the line's capital height fills the bitmap: the size and position of a glyph
(a small '<' in the middle, a tall '1') stay part of what is compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageOps

GLYPH_W = 24  # a multiple of 8: each bitmap row packs into whole bytes
GLYPH_H = 40
#: grey levels at which a cell is thresholded; each gives one bit plane of the glyph
LEVELS = (70, 170)
CHARS_PER_LINE = 44
#: a cell spans from this many pitches above the baseline to _BELOW under it. Sizes come
#: from the pitch (measured over 44 characters) and the baseline (shared by all glyphs),
#: never from the glyphs' own heights: OCR-B's digits are taller than its capitals, and
#: that difference is most of what tells 0 from O.
_THRESHOLDS = tuple([255 if v >= level else 0 for v in range(256)] for level in LEVELS)
_THRESHOLDS_MID = [255 if v >= 128 else 0 for v in range(256)]
_ABOVE = 1.35
_BELOW = 0.35


@dataclass(frozen=True)
class Glyph:
    """One normalised cell: a bitmap (row-major bits, 1 = ink) and its shifted variants."""

    bits: int
    shifted: tuple[int, ...]  # the cell moved by -1/0/+1 pixel in x and y


def ink_map(gray: Image.Image) -> Image.Image:
    """Ink strength 0..255 (255 = darkest print) with the paper stretched to 0."""
    inverted = ImageOps.invert(gray)
    lo, hi = _percentiles(inverted, 0.10, 0.995)
    if hi - lo < 24:
        return Image.new("L", gray.size, 0)
    scale = 255.0 / (hi - lo)
    return inverted.point(lambda v: max(0, min(255, round((v - lo) * scale))))


def _percentiles(img: Image.Image, *shares: float) -> list[int]:
    hist = img.histogram()[:256]
    total = sum(hist)
    out = []
    for share in shares:
        target, seen = share * total, 0
        for value, count in enumerate(hist):
            seen += count
            if seen >= target:
                out.append(value)
                break
        else:
            out.append(255)
    return out


def column_profile(ink: Image.Image) -> list[int]:
    """Mean ink of each column (0..255)."""
    return list(ink.resize((ink.width, 1), Image.Resampling.BOX).tobytes())


def row_profile(ink: Image.Image) -> list[int]:
    """Mean ink of each row (0..255)."""
    return list(ink.resize((1, ink.height), Image.Resampling.BOX).tobytes())


def ink_extent(profile: list[int], level: int, max_gap: int) -> tuple[int, int] | None:
    """The longest run of inked positions allowing gaps up to `max_gap`."""
    best: tuple[int, int] | None = None
    start = last = -1
    for pos, value in enumerate(profile):
        if value < level:
            continue
        if start < 0 or pos - last > max_gap:
            start = pos
        last = pos
        if best is None or last - start > best[1] - best[0]:
            best = (start, last + 1)
    return best


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line y = a + b x."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return my, 0.0
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return my - b * mx, b


def cut_line(ink: Image.Image, cells: int = CHARS_PER_LINE) -> list[Glyph] | None:
    """The `cells` glyphs of one text line in `ink` (a strip around the line), or None."""
    binary = ink.point(_THRESHOLDS_MID)
    rows = row_profile(binary)
    band = ink_extent(rows, 12, 1)
    if band is None:
        return None
    top, bottom = band
    height = bottom - top
    if height < 6:
        return None
    line = binary.crop((0, top, binary.width, bottom))
    cols = column_profile(line)
    extent = ink_extent(cols, 6, max(2, round(height * 0.9)))
    if extent is None:
        return None
    x0, x1 = extent
    pitch = (x1 - x0) / (cells - 0.25)
    if pitch < 4 or pitch > height * 1.6:
        return None
    a, b = x0 + pitch * 0.4, pitch
    for _ in range(2):  # refine the grid on the ink centroids
        xs, centres = [], []
        for i in range(cells):
            left = round(a + b * i - b / 2)
            window = cols[max(0, left): max(0, left + round(b))]
            mass = sum(window)
            if mass:
                xs.append(float(i))
                centres.append(max(0, left) + sum(k * v for k, v in enumerate(window)) / mass)
        if len(xs) < cells // 2:
            return None
        a, b = _fit(xs, centres)
    _, bottoms, where = _vertical_bounds(line, a, b, cells)
    if len(where) < 4:
        return None
    ba, bb = _robust_fit(where, bottoms)
    glyphs = []
    for i in range(cells):
        cx = a + b * i
        baseline = top + ba + bb * cx
        box = (cx - b / 2, baseline - b * _ABOVE, cx + b / 2, baseline + b * _BELOW)
        glyphs.append(normalise(ink, box))
    return glyphs


def _robust_fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """A line fit that ignores the few glyphs reaching past the others (Q's tail, J)."""
    a, b = _fit(xs, ys)
    spread = sorted(abs(y - a - b * x) for x, y in zip(xs, ys, strict=True))
    limit = max(1.0, 2 * spread[len(spread) // 2])
    kept = [(x, y) for x, y in zip(xs, ys, strict=True) if abs(y - a - b * x) <= limit]
    if len(kept) < 3:
        return a, b
    return _fit([x for x, _ in kept], [y for _, y in kept])


def _vertical_bounds(line: Image.Image, a: float, b: float,
                     cells: int) -> tuple[list[float], list[float], list[float]]:
    """Top and bottom ink row of each tall cell (capitals and digits, not '<')."""
    heights: list[tuple[float, float, float]] = []
    for i in range(cells):
        cx = a + b * i
        cell = line.crop((round(cx - b / 2), 0, round(cx + b / 2), line.height))
        box = cell.getbbox()
        if box:
            heights.append((cx, float(box[1]), float(box[3])))
    if not heights:
        return [], [], []
    tallest = sorted(h[2] - h[1] for h in heights)[len(heights) * 3 // 4]
    tall = [h for h in heights if h[2] - h[1] >= 0.8 * tallest]
    return [h[1] for h in tall], [h[2] for h in tall], [h[0] for h in tall]


def normalise(ink: Image.Image, box: tuple[float, float, float, float]) -> Glyph:
    """The cell `box` of `ink` scaled to GLYPH_W x GLYPH_H, thresholded, with shifts."""
    x0, y0, x1, y1 = box
    cell = ink.transform((GLYPH_W * 4, GLYPH_H * 4), Image.Transform.EXTENT,
                         (x0, y0, x1, y1), Image.Resampling.BILINEAR)
    small = cell.resize((GLYPH_W, GLYPH_H), Image.Resampling.BOX)
    planes = [int.from_bytes(small.point(table).convert("1").tobytes(), "big")
              for table in _THRESHOLDS]
    shifted = tuple(_join(_shift(p, dx, dy) for p in planes)
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    return Glyph(shifted[4], shifted)


_PLANE = GLYPH_W * GLYPH_H
_FULL = (1 << _PLANE) - 1
_LEFT_COLUMN = sum(1 << (_PLANE - 1 - r * GLYPH_W) for r in range(GLYPH_H))
_RIGHT_COLUMN = _LEFT_COLUMN >> (GLYPH_W - 1)


def _shift(plane: int, dx: int, dy: int) -> int:
    """A bit plane (row-major, first pixel = most significant bit) moved by dx, dy pixels;
    what leaves the cell is dropped, what enters is blank."""
    if dx > 0:
        plane = (plane >> 1) & ~_LEFT_COLUMN
    elif dx < 0:
        plane = (plane << 1) & ~_RIGHT_COLUMN & _FULL
    if dy > 0:
        plane >>= GLYPH_W
    elif dy < 0:
        plane = (plane << GLYPH_W) & _FULL
    return plane


def _join(planes: Iterable[int]) -> int:
    """The bit planes of one cell as one int (one plane per level in LEVELS, darker last):
    Hamming distances then weigh darker ink more."""
    value = 0
    for plane in planes:
        value = (value << _PLANE) | plane
    return value
