"""A save killed with SIGKILL at a random moment leaves a case file that opens whole.

A child process opens a case with ~20 MB of attachments, changes it (a new name and a new
attachment) and saves; the parent kills it at a random moment inside the save. After every
kill the file must open with either the old or the new content and all attachments intact,
the backup must open too, and the lock left by the killed child must not block the next
child's save (the parent checks without locking, so each child faces its predecessor's lock).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from imwu_desktop.services.casefile import CaseFileError, new_store, open_case, save_case

KILLS = 30
ATTACHMENT_MB = 20
SEED = 4242

CHILD = r"""
import os, sys
from pathlib import Path
from imwu_desktop.services.casefile import open_case, save_case

path, name = Path(sys.argv[1]), sys.argv[2]
extra = path.with_name(name + ".pdf")
extra.write_bytes(b"%PDF-1.7\n" + os.urandom(512 * 1024))
with open_case(path) as opened:
    opened.case.worker.family_name = name
    opened.case.documents.append(opened.add_attachment(extra, item="other", label=name))
    print("saving", flush=True)
    save_case(opened)
print("saved", flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def make_case(folder: Path) -> Path:
    path = folder / "case.imwu"
    with new_store() as store:
        store.case.worker.family_name = "v0"
        for i in range(4):
            scan = folder / f"scan{i}.jpg"
            with open(scan, "wb") as out:
                out.write(b"\xff\xd8\xff\xe0")
                for _ in range(ATTACHMENT_MB // 4):
                    out.write(os.urandom(1024 * 1024))
            store.case.documents.append(store.add_attachment(scan, item="other", label=str(i)))
        save_case(store, path)
    return path


def start_save(path: Path, name: str) -> tuple[subprocess.Popen[str], float]:
    """Start a child that saves ``name`` into the case; return it when it begins saving."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), name],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    if line != "saving\n":
        child.kill()
        _, err = child.communicate()
        raise AssertionError(f"child {name} did not start saving: {line!r} {err}")
    return child, time.monotonic()


def content_of(path: Path) -> str:
    """The worker name in the case, after reading back every attachment.

    Read without locking, so a lock left by a killed child stays for the next child to face.
    """
    with open_case(path, lock=False) as opened:
        opened.verify_attachments()
        return opened.case.worker.family_name


def finish(child: subprocess.Popen[str]) -> None:
    """Wait for a save that is not killed; it must succeed."""
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err


def full_save_seconds(path: Path) -> float:
    """How long an uninterrupted save takes here (the slower of two), to aim the kills."""
    times = []
    for _ in range(2):
        child, began = start_save(path, "warm-up")
        finish(child)
        times.append(time.monotonic() - began)
    return max(times)


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("kills", [KILLS], ids=[f"{KILLS} kills, {ATTACHMENT_MB} MB"])
def test_kill_during_save_leaves_old_or_new_file(kills: int, tmp_path: Path) -> None:
    path = make_case(tmp_path)
    window = full_save_seconds(path)
    old = content_of(path)
    assert old == "warm-up"
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    stale_locks = 0
    for i in range(kills):
        new = f"v{i + 1}"
        child, began = start_save(path, new)
        # Stratified: kill i lands in the i-th slice of 0..1.3 x the save's duration.
        at = window * 1.3 * (i + rng.random()) / kills
        time.sleep(max(0.0, began + at - time.monotonic()))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        if path.with_name(f".{path.name}.lock").exists():
            stale_locks += 1  # the next child must take it over to save
        try:
            now = content_of(path)
        except CaseFileError as exc:
            raise AssertionError(f"kill #{i} (seed {SEED}) left a broken file: {exc}") from exc
        assert now in (old, new), f"kill #{i}: found {now!r}, expected {old!r} or {new!r}"
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            content_of(backup)
        outcomes["old" if now == old else "new"] += 1
        old = now
    assert outcomes["old"] + outcomes["new"] == kills
    # Every child after a kill took over its predecessor's stale lock (it reached "saving");
    # the last one also cleans the half-written temp files of the killed saves.
    assert stale_locks > 0
    finish(start_save(path, "final")[0])
    assert content_of(path) == "final"
    assert not list(tmp_path.glob("*.imwu-tmp")) and not list(tmp_path.glob(".*.imwu-tmp"))
    assert outcomes["old"] > 0, outcomes  # some kills did land before the file was replaced
