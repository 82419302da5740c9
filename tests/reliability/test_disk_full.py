"""A disk that fills up during a save: the save fails plainly and nothing is lost.

Two ways to run out of room:
- a size limit on files (RLIMIT_FSIZE) in a child process, so writes fail with EFBIG at many
  different points of the save (inside an attachment, at the ZIP directory at the very end);
- a real, tiny filesystem (a 2 MB tmpfs, when running as root with `mount`), so writes fail
  with ENOSPC like on a full USB key or a full home folder.

Each time: a one-sentence CaseFileWriteError, the previous case file intact (opens with the old
content and every attachment), no temporary file left beside it, and the case in memory
unchanged, so the user can save it elsewhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from imwu_desktop.services.casefile import (
    CaseFileWriteError,
    new_store,
    open_case,
    save_case,
)

MB = 1024 * 1024

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")


def make_case(path: Path, scratch: Path, *, name: str, attachment_bytes: int) -> str:
    """Save a case with one incompressible attachment; return the attachment's SHA-256."""
    scan = scratch / f"{name}-scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(attachment_bytes))
    with new_store() as store:
        store.case.worker.family_name = name
        doc = store.add_attachment(scan, item="passport")
        store.case.documents.append(doc)
        save_case(store, path)
    return doc.sha256


def content_of(path: Path) -> tuple[str, list[str]]:
    """(worker name, attachments' SHA-256) after reading every attachment back."""
    with open_case(path, lock=False) as opened:
        opened.verify_attachments()
        return opened.case.worker.family_name, sorted(d.sha256 for d in opened.case.documents)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a save could leave behind (the lock of an open case is not one)."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith((".imwu-tmp", ".part")) or ".tmp" in p.name)


def assert_one_sentence(message: str, *fragments: str) -> None:
    assert "\n" not in message and message.endswith(".")
    assert message.count(". ") == 0, message  # one sentence (the file name has no ". ")
    for fragment in fragments:
        assert fragment in message, message


# --- a size-limited file (RLIMIT_FSIZE), many failure points ---------------------------

CHILD = r"""
import json, os, resource, signal, sys
from pathlib import Path
from imwu_desktop.services.casefile import CaseFileWriteError, open_case, save_case

# Writes past the limit must fail with EFBIG instead of killing the process.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
path, extra, elsewhere = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
limits = [int(x) for x in sys.argv[4].split(",")]
_, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

def report(**kw):
    print(json.dumps(kw), flush=True)

with open_case(path) as opened:
    opened.case.worker.family_name = "NEW"
    opened.case.documents.append(opened.add_attachment(extra, item="other"))
    before = json.dumps(opened.case.documents[-1].sha256)
    for limit in limits:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            save_case(opened)
        except CaseFileWriteError as exc:
            outcome = {"error": type(exc).__name__, "message": str(exc)}
        except BaseException as exc:
            outcome = {"error": type(exc).__name__, "message": repr(exc)}
        else:
            outcome = {"error": None, "message": ""}
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        # the case in memory is untouched and every attachment still readable
        opened.verify_attachments()
        report(limit=limit, name=opened.case.worker.family_name,
               documents=len(opened.case.documents), **outcome)
    save_case(opened, elsewhere)
    report(saved_elsewhere=str(opened.path))
"""


@pytest.mark.timeout(120)
def test_file_size_limit_at_many_points_of_the_save(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "case.imwu"
    old_sha = make_case(path, tmp_path, name="OLD", attachment_bytes=MB)
    old_bytes = path.read_bytes()
    extra = tmp_path / "new-offer.pdf"
    extra.write_bytes(b"%PDF-1.7\n" + os.urandom(MB))
    # The new file is ~2 MB; the case and the attachment alone are ~1 MB, so opening and
    # adding still work. The save fails in the second attachment, or at the very end.
    full = len(old_bytes) + MB
    limits = [len(old_bytes) + step * MB // 8 for step in range(1, 8)] + [full - 200, full - 1]
    elsewhere = tmp_path / "elsewhere" / "case-copy.imwu"
    elsewhere.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(extra), str(elsewhere),
         ",".join(map(str, limits))], capture_output=True, text=True, timeout=100)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    attempts, final = rows[:-1], rows[-1]
    assert [row["limit"] for row in attempts] == limits
    for row in attempts:
        assert row["error"] == "CaseFileWriteError", row
        assert_one_sentence(row["message"], "“case.imwu” could not be saved", "file too large",
                            "the previous version on disk is unchanged",
                            "save your changes under another name or in another folder")
        assert row["name"] == "NEW" and row["documents"] == 2
    # The file on disk is byte for byte the old one, and nothing was left beside it.
    assert path.read_bytes() == old_bytes
    assert content_of(path) == ("OLD", [old_sha])
    assert leftovers(folder) == []
    assert not (folder / "case.imwu.bak").exists()  # no backup of a save that never happened
    # The user saved the unchanged case elsewhere: the new content is all there.
    assert final == {"saved_elsewhere": str(elsewhere)}
    new_sha = hashlib.sha256(extra.read_bytes()).hexdigest()
    assert content_of(elsewhere) == ("NEW", sorted([old_sha, new_sha]))


# --- a real, tiny filesystem (tmpfs), ENOSPC ----------------------------------------------

def _can_mount() -> str | None:
    if sys.platform != "linux":
        return "tmpfs is Linux only"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root (the size-limited file test covers the rest)"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount are not installed"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, always unmounted afterwards."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    where = tmp_path / "small"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs",
                           str(where)], capture_output=True, text=True, timeout=20)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs was refused here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=20,
                       check=False)


def free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def test_full_small_disk_keeps_old_file_and_allows_save_elsewhere(
        small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "case.imwu"
    old_sha = make_case(path, tmp_path, name="OLD", attachment_bytes=600 * 1024)
    old_bytes = path.read_bytes()
    extra = tmp_path / "diploma.pdf"
    extra.write_bytes(b"%PDF-1.7\n" + os.urandom(1600 * 1024))
    with open_case(path) as opened:
        free_before = free_bytes(small_disk)
        opened.case.worker.family_name = "NEW"
        doc = opened.add_attachment(extra, item="diploma")
        opened.case.documents.append(doc)
        for _attempt in range(2):  # a second try fails the same way; nothing accumulates
            with pytest.raises(CaseFileWriteError) as caught:
                save_case(opened)
            assert_one_sentence(str(caught.value), "“case.imwu” could not be saved",
                                "no space left on device",
                                "the previous version on disk is unchanged",
                                "save your changes under another name or in another folder")
            assert free_bytes(small_disk) == free_before  # the partial temp file is gone
            assert leftovers(small_disk) == []
        assert path.read_bytes() == old_bytes
        assert content_of(path) == ("OLD", [old_sha])
        # Nothing was lost in memory: the user picks Save As on another disk.
        assert opened.case.worker.family_name == "NEW"
        assert [d.sha256 for d in opened.case.documents] == [old_sha, doc.sha256]
        opened.verify_attachments()
        elsewhere = tmp_path / "case-elsewhere.imwu"
        save_case(opened, elsewhere)
        assert opened.path == elsewhere
    assert content_of(elsewhere) == ("NEW", sorted([old_sha, doc.sha256]))
    assert content_of(path) == ("OLD", [old_sha])


def fill(folder: Path) -> Path:
    """Fill the filesystem to the last byte with one file; return it."""
    filler = folder / "filler.bin"
    with open(filler, "wb") as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 64 * 1024)
            out.flush()
    with contextlib.suppress(OSError), open(filler, "ab") as out:
        out.write(b"\0" * 4096)
    assert free_bytes(folder) < 64 * 1024
    return filler


def test_disk_fills_up_while_the_case_is_open(small_disk: Path, tmp_path: Path) -> None:
    """Another program fills the disk: saving explains; once space is freed, it saves."""
    path = small_disk / "case.imwu"
    old_sha = make_case(path, tmp_path, name="OLD", attachment_bytes=300 * 1024)
    with open_case(path) as opened:
        filler = fill(small_disk)
        opened.case.worker.family_name = "NEW"
        with pytest.raises(CaseFileWriteError) as caught:
            save_case(opened)
        assert_one_sentence(str(caught.value), "no space left on device",
                            "the previous version on disk is unchanged",
                            "save your changes under another name or in another folder")
        assert content_of(path) == ("OLD", [old_sha])
        assert leftovers(small_disk) == []
        filler.unlink()  # the user frees some space and saves again
        save_case(opened)
    assert content_of(path) == ("NEW", [old_sha])
    assert leftovers(small_disk) == []


def test_case_on_a_full_disk_opens_read_only(small_disk: Path, tmp_path: Path) -> None:
    """No room even for the lock file: the case opens read-only, reads, and says so on save."""
    path = small_disk / "case.imwu"
    old_sha = make_case(path, tmp_path, name="OLD", attachment_bytes=300 * 1024)
    filler = fill(small_disk)
    with open_case(path) as opened:
        assert opened.read_only
        assert opened.case.worker.family_name == "OLD"
        opened.verify_attachments()
        opened.case.worker.family_name = "NEW"
        with pytest.raises(CaseFileWriteError) as caught:
            save_case(opened)
        assert_one_sentence(str(caught.value), "“case.imwu” could not be saved")
        save_case(opened, tmp_path / "elsewhere.imwu")  # Save As on another disk works
    assert content_of(tmp_path / "elsewhere.imwu") == ("NEW", [old_sha])
    assert content_of(path) == ("OLD", [old_sha])
    assert leftovers(small_disk) == []
    filler.unlink()  # once space is freed, the case opens for editing again
    with open_case(path) as opened:
        assert not opened.read_only
        opened.case.worker.family_name = "LATER"
        save_case(opened)
    assert content_of(path) == ("LATER", [old_sha])


def test_autosave_on_a_full_disk_keeps_the_previous_recovery_copy(
        small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's data folder fills up: autosave says so and the last good copy is still offered."""
    from imwu_desktop.services.casefile import find_recoveries, open_recovery, write_recovery

    monkeypatch.setenv("IMWU_DATA_DIR", str(small_disk))
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(300 * 1024))
    with new_store() as store:
        store.case.worker.family_name = "FIRST"
        doc = store.add_attachment(scan, item="passport")
        store.case.documents.append(doc)
        write_recovery(store)
        filler = fill(small_disk)
        store.case.worker.family_name = "SECOND"
        store.case.documents.append(store.add_attachment(tmp_path / "scan.jpg", item="cv"))
        extra = tmp_path / "big.pdf"
        extra.write_bytes(b"%PDF-1.7\n" + os.urandom(200 * 1024))
        store.case.documents.append(store.add_attachment(extra, item="other"))
        with pytest.raises(CaseFileWriteError) as caught:
            write_recovery(store)
        assert_one_sentence(str(caught.value), "no space left on device")
        [recovery] = find_recoveries()
        with open_recovery(recovery) as recovered:
            recovered.verify_attachments()
            assert recovered.case.worker.family_name == "FIRST"
            assert [d.sha256 for d in recovered.case.documents] == [doc.sha256]
        assert leftovers(small_disk / "recovery") == []
        filler.unlink()
        write_recovery(store)  # space is back: the next autosave goes through
        [recovery] = find_recoveries()
        with open_recovery(recovery) as recovered:
            assert recovered.case.worker.family_name == "SECOND"
            assert len(recovered.case.documents) == 3
