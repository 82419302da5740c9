"""Truncated, bit-flipped and tampered copies of a good case file: never a crash or a hang.

Each mutated copy is opened for editing, its attachments and outputs are read back and it is
saved elsewhere. The only acceptable failure is a CaseFileError (one sentence); when a copy
does open, its content must be exactly the original's (no silent corruption), and the mutated
file itself is never modified.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case
from imwu_desktop.services.casefile import CaseFileError, new_store, open_case, save_case

TRUNCATIONS = 300
BIT_FLIPS = 500
TAMPERS = 300
SEED = 20261125

Mutation = Callable[[bytes, random.Random], bytes]


def good_case_file(folder: Path) -> tuple[bytes, Case, dict[str, bytes]]:
    """A case with a compressible and two incompressible attachments and an output."""
    files = {
        "letter.txt": b"To whom it may concern,\n" * 400,
        "passport.jpg": b"\xff\xd8\xff\xe0" + os.urandom(20_000),
        "offer.pdf": b"%PDF-1.7\n" + os.urandom(9_000),
    }
    path = folder / "good.imwu"
    with new_store() as store:
        store.case.worker.family_name = "DUPONT"
        for name, data in files.items():
            (folder / name).write_bytes(data)
            store.case.documents.append(store.add_attachment(folder / name, item="other",
                                                             label=name))
        store.put_output("request.eml", b"Subject: IMWU request\r\n\r\nbody\r\n" * 50)
        save_case(store, path)
        case = store.case
    blobs = {doc.sha256: files[doc.label] for doc in case.documents}
    return path.read_bytes(), case, blobs


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 8))):
        pos = rng.randrange(len(out))
        out[pos] ^= 1 << rng.randrange(8)
    return bytes(out)


def tamper(data: bytes, rng: random.Random) -> bytes:
    """Edits a person (or a broken tool) could make to the ZIP's structure."""
    out = bytearray(data)
    choice = rng.randrange(5)
    if choice == 0:  # member names made to climb out, same length
        target = rng.choice((b"attachments/", b"case.json", b"outputs/"))
        evil = rng.choice((b"../", b"/", b"..\\", b"a/../"))
        replaced = (evil + target)[: len(target)]
        return bytes(out).replace(target, replaced, rng.choice((1, 2, -1)))
    if choice == 1:  # declared sizes in the central directory rewritten
        start = out.rfind(b"PK\x01\x02")
        field = start + rng.choice((20, 24))
        out[field: field + 4] = rng.randrange(2**32).to_bytes(4, "little")
        return bytes(out)
    if choice == 2:  # a run of bytes overwritten with garbage
        pos = rng.randrange(len(out))
        out[pos: pos + rng.randrange(1, 300)] = os.urandom(rng.randrange(1, 300))
        return bytes(out)
    if choice == 3:  # the end-of-directory record's counts or offset changed
        end = out.rfind(b"PK\x05\x06")
        field = end + rng.choice((8, 10, 12, 16))
        width = 2 if field - end < 12 else 4
        out[field: field + width] = rng.randrange(2 ** (8 * width)).to_bytes(width, "little")
        return bytes(out)
    half = len(out) // 2  # two halves swapped
    return bytes(out[half:] + out[:half])


def exercise(path: Path, out_dir: Path, original: Case, blobs: dict[str, bytes]) -> str:
    """Open, save elsewhere, read everything back.

    Returns 'refused' (the file did not open), 'part refused' (the case opened with the
    original content but a damaged attachment or output was refused when read) or 'opened'.
    """
    stage = "refused"
    try:
        with open_case(path) as opened:
            assert opened.case == original, "a damaged copy opened with different content"
            stage = "part refused"
            # Saved before anything is read (stored bytes copied, CRC-checked), then read back.
            save_case(opened, out_dir / "resaved.imwu", overwrite=True)
            for sha256 in {d.sha256 for d in opened.case.documents}:
                with opened.open_attachment(sha256) as stream:
                    assert stream.read() == blobs[sha256]
            for name in opened.output_names():
                opened.get_output(name)
        with open_case(out_dir / "resaved.imwu") as resaved:
            resaved.verify_attachments()
            assert resaved.case == original
    except CaseFileError as exc:
        message = str(exc)
        assert "\n" not in message and message.endswith(".")
        return stage
    return "opened"


MUTATIONS: list[tuple[str, Mutation, int]] = [
    ("truncation", truncate, TRUNCATIONS),
    ("bit flip", flip_bits, BIT_FLIPS),
    ("tampered member", tamper, TAMPERS),
]


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize(("kind", "mutate", "count"), MUTATIONS,
                         ids=[f"{count} x {kind}" for kind, _, count in MUTATIONS])
def test_mutated_copies_never_crash_hang_or_lose(kind: str, mutate: Mutation, count: int,
                                                 tmp_path: Path) -> None:
    good, original, blobs = good_case_file(tmp_path)
    rng = random.Random(f"{SEED}-{kind}")
    outcomes: Counter[str] = Counter()
    bad = tmp_path / "mutated.imwu"
    for i in range(count):
        mutated = mutate(good, rng)
        bad.write_bytes(mutated)
        try:
            outcomes[exercise(bad, tmp_path, original, blobs)] += 1
        except Exception as exc:  # anything but a CaseFileError is a bug: say which copy
            raise AssertionError(f"{kind} #{i} (seed {SEED}) crashed: {exc!r}") from exc
        assert bad.read_bytes() == mutated, f"{kind} #{i}: the mutated file was modified"
    assert sum(outcomes.values()) == count
    assert outcomes["refused"] + outcomes["part refused"] > 0, outcomes
