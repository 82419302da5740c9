"""Turn the two lines' readings into a checked MRZ, accepting only what the check digits prove.

Every character of line 2 read with a thin margin over its runner-up is ambiguous (O/0,
I/1, B/8... where the field allows both, or two close digits). All combinations of those
characters and their runners-up are checked: the reading is accepted only when exactly ONE
combination passes every check digit. The first reading passing is not enough, since a
different, equally plausible reading might pass too (about one chance in a hundred per
alternative): then we cannot tell which is right, and nothing is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import product

from imwu_desktop.domain.mrz import Mrz, MrzFormatError, alpha2_of_nationality, parse_td3

from .classify import Reading

#: a character of line 2 is taken as read when its runner-up differs by at least this many
#: bits; below, both are tried against the check digits. Measured on 40 generated pages:
#: misread characters had margins up to 15, see docs/ocr-choice.md.
CLEAR_MARGIN = 20
#: names, sex and nationality have no check digit: a wider margin is asked of them
NAME_MARGIN = 24
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
    """Every combination of the unclear characters that passes all check digits."""
    unclear = [i for i, r in enumerate(line2) if r.margin < CLEAR_MARGIN]
    if len(unclear) > _MAX_AMBIGUOUS:
        return []
    passing = []
    for choice in product((False, True), repeat=len(unclear)):
        chars = [r.char for r in line2]
        for i, use_runner_up in zip(unclear, choice, strict=True):
            if use_runner_up:
                chars[i] = line2[i].runner_up
        mrz = parse_td3(f"{text1}\n{''.join(chars)}", today=today)
        if mrz.valid:
            passing.append(mrz)
    return passing
