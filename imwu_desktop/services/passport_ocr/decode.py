"""Turn the two lines' readings into a checked MRZ, repairing only what the check digits prove.

When a check digit fails, the cells whose runner-up is a classic look-alike of the chosen
character (O/0, I/1, B/8, S/5, Z/2...) in a field that allows both are swapped, one or two
at a time. A repair is kept only if it makes every check digit pass AND it is the only one
that does: two different passing readings mean we cannot tell, so none is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from imwu_desktop.domain.mrz import Mrz, MrzFormatError, alpha2_of_nationality, parse_td3

from .classify import CONFUSABLE, LINE1_TYPES, LINE2_TYPES, Reading

#: a letter of line 1 is trusted when its runner-up differs by at least this many bits
NAME_MARGIN = 8
_REPAIR_MARGIN = 40
_MAX_REPAIR_CANDIDATES = 8


@dataclass(frozen=True)
class Decoded:
    """A parsed MRZ and which parts without a check digit were read clearly."""

    mrz: Mrz
    names_clear: bool
    nationality_clear: bool
    sex_clear: bool
    repaired: tuple[int, ...]  # 0-based positions of line 2 changed by a repair


def decode(line1: list[Reading], line2: list[Reading], today: date | None = None) -> Decoded | None:
    """The MRZ read from the two lines, or None when the text is not a passport MRZ."""
    text1 = "".join(r.char for r in line1)
    text2 = "".join(r.char for r in line2)
    try:
        mrz = parse_td3(f"{text1}\n{text2}", today=today)
    except MrzFormatError:
        return None
    repaired: tuple[int, ...] = ()
    if not mrz.valid:
        fixed = _repair(text1, text2, line2, today)
        if fixed is not None:
            mrz, repaired = fixed
    return Decoded(
        mrz=mrz,
        names_clear=all(r.margin >= NAME_MARGIN for r in line1[5:]),
        nationality_clear=all(r.margin >= NAME_MARGIN for r in line2[10:13])
        and alpha2_of_nationality(mrz.nationality) is not None,
        sex_clear=line2[20].margin >= NAME_MARGIN,
        repaired=repaired,
    )


def _repair(text1: str, text2: str, line2: list[Reading],
            today: date | None) -> tuple[Mrz, tuple[int, ...]] | None:
    candidates = [
        i for i, r in enumerate(line2)
        if r.runner_up in CONFUSABLE.get(r.char, "") and r.runner_up in LINE2_TYPES[i]
        and r.margin < _REPAIR_MARGIN
    ]
    candidates = sorted(candidates, key=lambda i: line2[i].margin)[:_MAX_REPAIR_CANDIDATES]
    found: dict[str, tuple[Mrz, tuple[int, ...]]] = {}
    for size in (1, 2):
        for positions in combinations(candidates, size):
            chars = list(text2)
            for i in positions:
                chars[i] = line2[i].runner_up
            attempt = "".join(chars)
            mrz = parse_td3(f"{text1}\n{attempt}", today=today)
            if mrz.valid:
                found[attempt] = (mrz, positions)
        if found:
            break
    if len(found) != 1:
        return None
    return next(iter(found.values()))


__all__ = ["LINE1_TYPES", "LINE2_TYPES", "Decoded", "decode"]
