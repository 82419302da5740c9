"""The shrink plan: the ladder of reductions from "as received" to the legibility floor, and
the types that describe a package going in and coming out of the shrink."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from imwu_desktop.services.documents.recode import Target

FLOOR_DPI = 150.0
FLOOR_QUALITY = 60
#: A rung is abandoned early when the images encoded so far, extrapolated to the others,
#: give a message this much over budget (a rung that would barely fit is never skipped).
PROJECTION_MARGIN = 1.15
#: Images are encoded two at a time, but never more pixels than this decoded at once (a larger
#: image runs alone): a decoded pixel takes 4 bytes and resampling it up to as much again, so
#: two 600-dpi pages (35 MP each) would otherwise need ~0.6 GB on an employer's laptop.
PIXELS_AT_ONCE = 40_000_000


@dataclass(frozen=True)
class Rung:
    """One step of the ladder: targets for ordinary and for protected documents."""

    label: str
    normal: Target | None  # None: keep as received
    protected: Target | None


LADDER: tuple[Rung, ...] = (
    Rung("as received", None, None),
    Rung("at most 300 dpi, grey pages in greyscale", Target(300, 85, True, False), None),
    Rung("at most 200 dpi", Target(200, 80, True, False), Target(300, 85, False, False)),
    Rung("text pages in black and white at 300 dpi", Target(200, 75, True, True),
         Target(300, 75, False, False)),
    Rung("photos at 150 dpi", Target(150, 70, True, True), Target(200, 80, False, False)),
    Rung("photos at 150 dpi, JPEG quality 60", Target(FLOOR_DPI, FLOOR_QUALITY, True, True),
         Target(200, 75, False, False)),
    Rung("passport at 150 dpi", Target(FLOOR_DPI, FLOOR_QUALITY, True, True),
         Target(FLOOR_DPI, 70, False, False)),
    Rung("the legibility floor (150 dpi, quality 60)",
         Target(FLOOR_DPI, FLOOR_QUALITY, True, True),
         Target(FLOOR_DPI, FLOOR_QUALITY, False, False)),
)

Progress = Callable[[float, str], None]


class CancelToken(Protocol):
    """Anything with is_set(), such as threading.Event."""

    def is_set(self) -> bool: ...


@dataclass
class PackageDoc:
    """One outgoing PDF: `title` names it in messages ("the diploma")."""

    file_name: str
    title: str
    pdf: bytes
    protected: bool = False
    source_key: str = ""  # identifies the inputs for the disk cache (default: the PDF's hash)


@dataclass
class DocOutcome:
    """What happened to one document."""

    title: str
    original_size: int
    size: int
    min_dpi: float | None  # lowest resolution of its images after shrinking (None: no image)
    colour_kept: bool
    protected: bool = False
    changes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ShrinkResult:
    pdfs: list[bytes]
    rung: int
    rung_label: str
    encoded_size: int
    fits: bool
    outcomes: list[DocOutcome]
    problem: str = ""  # set when even the floor does not fit
