"""Recognise MRZ characters by comparing each cell with the reference bitmaps.

Each position of a passport MRZ has a known type (ICAO Doc 9303 Part 4): dates and check
digits are digits, the nationality and the names are letters, the passport number mixes
both. Comparing a cell only with the characters its position allows is what settles the
classic confusions (O/0, I/1, B/8, S/5, Z/2) wherever the field's type decides them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .lines import Glyph
from .templates import CELL_BITS, load_templates

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
FILLER = "<"
ALNUM = LETTERS + DIGITS + FILLER

#: allowed characters of each position of line 1 and line 2 of a TD3 (passport) MRZ
LINE1_TYPES: tuple[str, ...] = ("P", LETTERS + FILLER) + (LETTERS + FILLER,) * 42
LINE2_TYPES: tuple[str, ...] = (
    (ALNUM,) * 9 + (DIGITS + FILLER,) + (LETTERS + FILLER,) * 3 + (DIGITS,) * 7
    + ("MF" + FILLER,) + (DIGITS,) * 7 + (ALNUM,) * 14 + (DIGITS + FILLER, DIGITS)
)
#: pairs a cell may be either of when the position allows both
CONFUSABLE = {"O": "0DQ", "0": "OD", "D": "0O", "Q": "O", "I": "1", "1": "I", "B": "8",
              "8": "B", "S": "5", "5": "S", "Z": "2", "2": "Z", "G": "6", "6": "G"}


@dataclass(frozen=True)
class Reading:
    """The best character of a cell, the runner-up, and how sure the choice is."""

    char: str
    distance: int  # differing bits with the best template
    runner_up: str
    runner_distance: int
    others: tuple[tuple[str, int], ...] = ()  # every allowed character and its distance

    @property
    def margin(self) -> int:
        return self.runner_distance - self.distance

    def look_alike(self, within: int) -> str | None:
        """The closest classic look-alike of the chosen character (O for 0, I for 1...)
        allowed here, if it is within `within` bits of the best match."""
        near = [(d, ch) for ch, d in self.others
                if ch in CONFUSABLE.get(self.char, "") and d - self.distance < within]
        return min(near)[1] if near else None


Templates = dict[str, tuple[int, ...]]  # character -> its bitmaps (sharp, soft)


@cache
def template_families() -> dict[str, Templates]:
    """Template sets by font ("ocrb", "dejavu_mono"), each with its blur variants (loaded
    with the first scan; TemplatesUnavailable when the data file is missing or damaged)."""
    grouped: dict[str, list[dict[str, int]]] = {}
    for name, glyphs in load_templates().items():
        grouped.setdefault(name.removesuffix("_soft"), []).append(glyphs)
    return {family: {ch: tuple(v[ch] for v in variants) for ch in variants[0]}
            for family, variants in grouped.items()}



def distance(glyph: Glyph, char: str, templates: Templates) -> int:
    """Fewest differing bits between the cell (any 1-pixel shift) and `char`'s templates."""
    return min((cell ^ tpl).bit_count() for tpl in templates[char] for cell in glyph.shifted)


def read_cell(glyph: Glyph, allowed: str, templates: Templates) -> Reading:
    scored = sorted((distance(glyph, ch, templates), ch) for ch in allowed)
    best_d, best = scored[0]
    second_d, second = scored[1] if len(scored) > 1 else (CELL_BITS, best)
    return Reading(best, best_d, second, second_d, tuple((ch, d) for d, ch in scored))


def read_lines(lines: list[tuple[list[Glyph], tuple[str, ...]]],
               families: tuple[str, ...] | None = None) -> list[list[Reading]]:
    """Read the lines with each font's templates and keep the font that fits best.

    An MRZ is printed in one font; letting every cell pick any font's glyph would let one
    font's '1' pass for another font's 'I' (DejaVu's 1 has OCR-B's I serifs).
    """
    best: tuple[int, list[list[Reading]]] | None = None
    for family in families or tuple(template_families()):
        templates = template_families()[family]
        readings = [[read_cell(g, allowed, templates)
                     for g, allowed in zip(glyphs, types, strict=True)]
                    for glyphs, types in lines]
        total = sum(r.distance for line in readings for r in line)
        if best is None or total < best[0]:
            best = (total, readings)
    assert best is not None
    return best[1]


def is_blank(glyph: Glyph) -> bool:
    """True when a cell holds (almost) no ink: an MRZ never has a blank position."""
    return glyph.bits.bit_count() < CELL_BITS // 40
