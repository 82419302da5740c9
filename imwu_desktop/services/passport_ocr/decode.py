"""Turn the two lines' readings into a checked MRZ, accepting only what the check digits prove.

A character of line 2 is ambiguous when its runner-up is close, or when it has a classic
look-alike (O/0, I/1, B/8, S/5, Z/2...) that its field allows and that is not far behind:
OCR-B's O and 0 differ by a few pixels. All combinations of the ambiguous characters and
their alternatives are checked: the reading is accepted only when exactly ONE combination
passes every check digit. The first passing reading is not enough: the 7-3-1 weights let two
identical swaps at weights 7 and 3 cancel out (O->0 twice in a passport number passes both
its check digit and the composite), so another plausible reading may pass too; then we
cannot tell which is right, and nothing is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import product

from imwu_desktop.domain.mrz import Mrz, MrzFormatError, alpha2_of_nationality, parse_td3

from .classify import Reading

#: a character of line 2 is taken as read when its runner-up is at least this many bits
#: behind; below, both are tried against the check digits.
CLEAR_MARGIN = 20
#: a look-alike (0 for O, 1 for I...) allowed by the field and within this many bits is
#: always tried. Measured on 60 generated pages (docs/ocr-choice.md): the true character of
#: a misread cell was at most 24 bits behind (DejaVu O/0); OCR-B pages had no misread, and
#: their correct characters led by 35 bits or more.
LOOK_ALIKE_MARGIN = 32
#: names, sex and nationality have no check digit: each character must lead by this much
NAME_MARGIN = 32
_MAX_AMBIGUOUS = 12  # 2**12 combinations at most


@dataclass(frozen=True)
class Decoded:
    """A parsed MRZ, whether its check digits settle it, and which unchecked parts are clear."""

    mrz: Mrz
    unique: bool  # False when several readings pass every check digit, or too many are unclear
    names_clear: bool
    nationality_clear: bool
    sex_clear: bool

    @property
    def accepted(self) -> bool:
        return self.unique and self.mrz.valid


def decode(line1: list[Reading], line2: list[Reading], today: date | None = None) -> Decoded | None:
    """The MRZ read from the two lines, or None when the text is not a passport MRZ."""
    text1 = "".join(r.char for r in line1)
    try:
        mrz = parse_td3(f"{text1}\n{''.join(r.char for r in line2)}", today=today)
    except MrzFormatError:
        return None
    passing = _passing_readings(text1, line2, today)
    unique = len(passing) == 1
    if unique:
        mrz = passing[0]
    return Decoded(
        mrz=mrz,
        unique=unique,
        names_clear=all(r.margin >= NAME_MARGIN for r in line1[5:]),
        nationality_clear=all(r.margin >= NAME_MARGIN for r in line2[10:13])
        and alpha2_of_nationality(mrz.nationality) is not None,
        sex_clear=line2[20].margin >= NAME_MARGIN,
    )


def _passing_readings(text1: str, line2: list[Reading], today: date | None) -> list[Mrz]:
    """Every combination of the ambiguous characters that passes all check digits."""
    alternatives: dict[int, str] = {}
    for i, reading in enumerate(line2):
        alike = reading.look_alike(LOOK_ALIKE_MARGIN)
        if alike is not None:
            alternatives[i] = alike
        elif reading.margin < CLEAR_MARGIN:
            alternatives[i] = reading.runner_up
    if len(alternatives) > _MAX_AMBIGUOUS:
        return []
    passing = []
    for choice in product((False, True), repeat=len(alternatives)):
        chars = [r.char for r in line2]
        for (i, alternative), use_it in zip(alternatives.items(), choice, strict=True):
            if use_it:
                chars[i] = alternative
        mrz = parse_td3(f"{text1}\n{''.join(chars)}", today=today)
        if mrz.valid:
            passing.append(mrz)
    return passing
