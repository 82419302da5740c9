"""Read the passport MRZ from a scan: locate, try orientations, OCR, check, propose.

A reading is accepted only when every check digit passes; the first orientation and line
pair that passes wins, so a wrong guess about the page's rotation costs time, not accuracy.
Fields without a check digit (names, sex, nationality) are proposed only when each of their
characters was read with a clear margin over its runner-up.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PIL import Image

from imwu_desktop.domain.mrz import Mrz, proposed_worker_fields

from .classify import LINE1_TYPES, LINE2_TYPES, is_blank, read_lines
from .decode import Decoded, decode
from .lines import cut_line, ink_map
from .load import PageError, load_page, read_source
from .locate import DETECT_SIDE, Band, binarise, mrz_pairs, orientations, text_bands
from .templates import TemplatesUnavailable, load_templates

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

ENGINE_NAME = "built-in MRZ reader (OCR-B templates)"
NO_MRZ = ("No machine-readable zone (the two lines of <<< at the bottom of the passport page) "
          "was found; attach a sharp, well-lit photo or scan of the whole photo page, or type "
          "the two lines.")
UNCLEAR = ("The machine-readable zone was found but some of its characters are too unclear "
           "to be sure of them; use a sharper, straighter scan or type the two lines.")
CANCELLED = "Reading the passport scan was cancelled."
_PAIRS_PER_ORIENTATION = 8
_GROUP_NAMES = {
    "document_number": "the passport number (characters 1 to 10 of line 2)",
    "birth_date": "the date of birth (characters 14 to 20 of line 2)",
    "expiry_date": "the expiry date (characters 22 to 28 of line 2)",
    "optional_data": "the personal number (characters 29 to 43 of line 2)",
    "composite": "the final check digit (character 44 of line 2)",
}


@dataclass(frozen=True)
class MrzReadResult:
    """What reading a scan gave: proposed fields when ok, else one plain reason."""

    ok: bool
    reason: str = ""
    fields: dict[str, object] = field(default_factory=dict)
    mrz: Mrz | None = None  # also set when the check digits fail, to show what was read
    lines: tuple[str, str] | None = None
    unclear: tuple[str, ...] = ()  # worker fields left out because they read unclearly
    rotation: float = 0.0  # degrees (counter-clockwise) the page was turned to read it
    seconds: float = 0.0
    cancelled: bool = False


class _Cancelled(Exception):
    pass


def ocr_available() -> tuple[bool, str]:
    """Whether scans can be read here, and a sentence for the user saying so."""
    try:
        load_templates()
    except TemplatesUnavailable as exc:
        return False, str(exc)
    return True, f"Passport scans are read offline by the {ENGINE_NAME}."


def read_mrz_from_file(source: str | Path | bytes, progress: ProgressFn | None = None,
                       cancel: CancelFn | None = None,
                       today: date | None = None) -> MrzReadResult:
    """Read the MRZ of a passport page (image or PDF, path or bytes)."""
    started = time.perf_counter()
    available, why = ocr_available()
    if not available:
        return MrzReadResult(False, why)
    try:
        page = load_page(read_source(source))
        result = _read_page(page, progress, cancel, today)
    except PageError as exc:
        result = MrzReadResult(False, str(exc))
    except _Cancelled:
        result = MrzReadResult(False, CANCELLED, cancelled=True)
    return _timed(result, time.perf_counter() - started)


def _timed(result: MrzReadResult, seconds: float) -> MrzReadResult:
    return MrzReadResult(result.ok, result.reason, result.fields, result.mrz, result.lines,
                         result.unclear, result.rotation, seconds, result.cancelled)


@dataclass(frozen=True)
class Candidate:
    """Two strips of the turned page that may hold the MRZ's lines."""

    angle: float  # degrees the page was turned (counter-clockwise)
    step: int  # index of the orientation tried, for progress
    steps: int
    line1: Image.Image
    line2: Image.Image


def candidates(page: Image.Image) -> Iterator[Candidate]:
    """MRZ-shaped pairs of text lines, most likely orientation first, bottom pair first."""
    scale = DETECT_SIDE / max(page.size)
    small = page.resize((max(1, round(page.width * scale)), max(1, round(page.height * scale))),
                        Image.Resampling.BOX) if scale < 1 else page
    angles = orientations(binarise(small))
    for step, angle in enumerate(angles):
        turned_small = binarise(small.rotate(angle, expand=True, fillcolor=255))
        turned = page.rotate(angle, expand=True, fillcolor=255)
        ratio = turned.width / turned_small.width
        for upper, lower in mrz_pairs(text_bands(turned_small))[:_PAIRS_PER_ORIENTATION]:
            first, second = _strips(turned, upper, lower, ratio)
            yield Candidate(angle, step, len(angles), first, second)


def _strips(page: Image.Image, upper: Band, lower: Band,
            ratio: float) -> tuple[Image.Image, Image.Image]:
    h = max(upper.height, lower.height)
    mid = (upper.bottom + lower.top) / 2
    left = min(upper.left, lower.left) - 1.5 * h
    right = max(upper.right, lower.right) + 1.5 * h
    boxes = [tuple(round(v * ratio) for v in (left, top, right, bottom))
             for top, bottom in ((upper.top - 0.6 * h, mid), (mid, lower.bottom + 0.6 * h))]
    return page.crop(boxes[0]), page.crop(boxes[1])  # type: ignore[arg-type]


def _read_page(page: Image.Image, progress: ProgressFn | None, cancel: CancelFn | None,
               today: date | None) -> MrzReadResult:
    best_failed: Decoded | None = None
    steps = 1
    for candidate in candidates(page):
        steps = candidate.steps
        _tick(progress, cancel, candidate.step, steps)
        decoded = _read_pair(candidate, today)
        if decoded is None:
            continue
        if decoded.accepted:
            _tick(progress, cancel, steps, steps)
            return _accepted(decoded, candidate.angle)
        if best_failed is None or _closer(decoded, best_failed):
            best_failed = decoded
    _tick(progress, cancel, steps, steps)
    if best_failed is None:
        return MrzReadResult(False, NO_MRZ)
    if best_failed.mrz.valid:
        return MrzReadResult(False, UNCLEAR, {}, best_failed.mrz,
                             (best_failed.mrz.line1, best_failed.mrz.line2))
    return _failed(best_failed.mrz)


def _closer(new: Decoded, old: Decoded) -> bool:
    """Whether `new` is a better near-miss to report than `old`."""
    return (new.mrz.valid, -len(new.mrz.failures)) > (old.mrz.valid, -len(old.mrz.failures))


def _tick(progress: ProgressFn | None, cancel: CancelFn | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise _Cancelled
    if progress is not None:
        progress(done, total)


def _read_pair(candidate: Candidate, today: date | None) -> Decoded | None:
    glyph_lines = []
    for strip in (candidate.line1, candidate.line2):
        glyphs = cut_line(ink_map(strip))
        if glyphs is None or sum(is_blank(g) for g in glyphs) > 2:
            return None
        glyph_lines.append(glyphs)
    line1, line2 = read_lines([(glyph_lines[0], LINE1_TYPES), (glyph_lines[1], LINE2_TYPES)])
    return decode(line1, line2, today)


def _accepted(decoded: Decoded, angle: float) -> MrzReadResult:
    mrz = decoded.mrz
    fields = proposed_worker_fields(mrz)
    unclear: list[str] = []
    for clear, names in ((decoded.names_clear, ("family_name", "given_names")),
                         (decoded.sex_clear, ("sex",)),
                         (decoded.nationality_clear, ("citizenship",))):
        if not clear:
            unclear.extend(name for name in names if fields.pop(name, None) is not None)
    if not unclear:  # the lines go into the case only when every character is certain
        fields["mrz"] = f"{mrz.line1}\n{mrz.line2}"
    return MrzReadResult(True, "", fields, mrz, (mrz.line1, mrz.line2), tuple(unclear),
                         angle % 360)


def _failed(mrz: Mrz) -> MrzReadResult:
    where = [_GROUP_NAMES.get(f.group.replace("_date_date", "_date"), f.group)
             for f in mrz.failures]
    where = list(dict.fromkeys(where))
    reason = (f"The machine-readable zone was found but its check digits fail at "
              f"{', '.join(where)}; use a sharper, straighter scan or type the two lines.")
    return MrzReadResult(False, reason, {}, mrz, (mrz.line1, mrz.line2))
