"""Find where the MRZ is: the page's orientation and skew, then pairs of long text lines.

Everything runs on a small binary copy of the page. Text rows make the row profile
(mean ink per row) spiky when they are level, so the angle with the spikiest profile
(rows, or columns for a page photographed sideways) gives the skew; the MRZ is then a pair
of long, equally wide lines of the same height, one just under the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

from .lines import column_profile, ink_extent, row_profile

DETECT_SIDE = 800
_COARSE = tuple(range(-6, 7))
_FINE = (-0.75, -0.5, -0.25, 0.25, 0.5, 0.75)


@dataclass(frozen=True)
class Band:
    top: int
    bottom: int
    left: int
    right: int

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


def binarise(gray: Image.Image) -> Image.Image:
    """Ink (255) where a pixel is clearly darker than its neighbourhood; specks removed."""
    radius = max(4, round(max(gray.size) / 60))
    local = gray.filter(ImageFilter.BoxBlur(radius))
    darker = ImageChops.subtract(local, gray)
    return darker.point(lambda v: 255 if v >= 18 else 0).filter(ImageFilter.MedianFilter(3))


def _sharpness(profile: list[int]) -> float:
    return sum(v * v for v in profile) / max(1, len(profile))


def orientations(binary: Image.Image) -> list[float]:
    """Rotation angles (degrees, counter-clockwise) to try, most likely first: the skew
    that levels the text, its upside-down twin, then the sideways pair."""
    def score(angle: float, axis: int) -> float:
        turned = binary.rotate(angle, expand=True)
        profile = row_profile(turned) if axis == 0 else column_profile(turned)
        return _sharpness(profile)

    best: list[tuple[float, float]] = []  # (angle, score) for rows, then columns
    for axis in (0, 1):
        coarse = {float(a): score(a, axis) for a in _COARSE}
        around = max(coarse, key=lambda a: coarse[a])
        fine = {around + d: score(around + d, axis) for d in _FINE}
        fine[around] = coarse[around]
        angle = max(fine, key=lambda a: fine[a])
        best.append((angle, fine[angle]))
    (level, level_score), (side, side_score) = best
    upright = [level, level + 180.0]
    sideways = [side + 90.0, side + 270.0]
    return sideways + upright if side_score > level_score else upright + sideways


def text_bands(binary: Image.Image) -> list[Band]:
    """Horizontal text lines of a levelled binary page, top to bottom."""
    rows = row_profile(binary)
    ordered = sorted(rows)
    base = ordered[len(ordered) // 2]
    peak = ordered[-1]
    bands: dict[tuple[int, int], Band] = {}
    for share in (0.15, 0.3, 0.5):
        level = base + max(4, round((peak - base) * share))
        start = -1
        for y, value in enumerate([*rows, 0]):
            if value >= level and start < 0:
                start = y
            elif value < level and start >= 0:
                band = _with_extent(binary, start, y)
                if band is not None:
                    bands[(band.top, band.bottom)] = band
                start = -1
    return sorted(bands.values(), key=lambda b: (b.top, b.bottom))


def _with_extent(binary: Image.Image, top: int, bottom: int) -> Band | None:
    if bottom - top < 3:
        return None
    cols = column_profile(binary.crop((0, top, binary.width, bottom)))
    extent = ink_extent(cols, 20, max(2, bottom - top))
    if extent is None:
        return None
    return Band(top, bottom, extent[0], extent[1])


def mrz_pairs(bands: list[Band]) -> list[tuple[Band, Band]]:
    """Pairs (upper, lower) shaped like the two MRZ lines, bottom of the page first."""
    pairs = []
    for upper in bands:
        for lower in bands:
            if lower.top <= upper.bottom:
                continue
            h = max(upper.height, lower.height)
            gap = lower.top - upper.bottom
            if gap > 2.5 * h or min(upper.height, lower.height) * 2 < h:
                continue
            if not all(12 * b.height <= b.width for b in (upper, lower)):
                continue
            overlap = min(upper.right, lower.right) - max(upper.left, lower.left)
            if overlap < 0.7 * min(upper.width, lower.width):
                continue
            if not 0.75 <= upper.width / lower.width <= 1.33:
                continue
            pairs.append((upper, lower))
    return sorted(pairs, key=lambda p: -p[1].bottom)
