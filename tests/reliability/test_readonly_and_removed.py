"""A case in a place that cannot be written, or whose folder disappears while it is open.

Read-only: the file is 0400 in a 0500 folder (a shared folder, a colleague's copy) or on a
read-only filesystem (a CD, a write-protected USB key; as root, a tmpfs remounted read-only,
which stops root too). It must open and read, refuse to save in place with one plain
sentence, change nothing on disk, and save elsewhere (Save As) with every attachment.

Removed: the case's folder is deleted or moved away while the case is open (a sync client, a
colleague, the file manager). The open case keeps every attachment and output (the casefile
service reads from its private copy), saving in place fails plainly, Save As works.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from imwu_desktop import cli
from imwu_desktop.services.casefile import (
    CaseFileError,
    CaseFileWriteError,
    OpenedCase,
    new_store,
    open_case,
    save_case,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")

EML = b"Subject: IMWU request\r\n\r\n" + b"body line\r\n" * 200


def make_case(path: Path, scratch: Path) -> dict[str, bytes]:
    """A case with three attachments and an output; returns the attachments' bytes by SHA."""
    files = {"passport.jpg": b"\xff\xd8\xff\xe0" + os.urandom(300_000),
             "offer.pdf": b"%PDF-1.7\n" + os.urandom(120_000),
             "letter.txt": b"To whom it may concern,\n" * 2000}
    blobs = {}
    with new_store() as store:
        store.case.worker.family_name = "OLD"
        for name, data in files.items():
            (scratch / name).write_bytes(data)
            doc = store.add_attachment(scratch / name, item="other", label=name)
            store.case.documents.append(doc)
            blobs[doc.sha256] = data
        store.put_output("request.eml", EML)
        save_case(store, path)
    return blobs


def assert_complete(opened: OpenedCase, blobs: dict[str, bytes]) -> None:
    """Every attachment reads back byte for byte (stream and private path); outputs too."""
    assert sorted(d.sha256 for d in opened.case.documents) == sorted(blobs)
    for sha256, data in blobs.items():
        with opened.open_attachment(sha256) as stream:
            assert stream.read() == data
        assert opened.attachment_path(sha256).read_bytes() == data
    assert opened.get_output("request.eml") == EML


def reopened_name(path: Path, blobs: dict[str, bytes]) -> str:
    with open_case(path, lock=False) as opened:
        opened.verify_attachments()
        assert_complete(opened, blobs)
        return opened.case.worker.family_name


def assert_one_sentence(message: str, *fragments: str) -> None:
    assert "\n" not in message and message.endswith("."), message
    for fragment in fragments:
        assert fragment in message, message


def snapshot(folder: Path, *, open_lock: bool = False) -> dict[str, str]:
    """Every file in the folder with its SHA-256: proves nothing was written or left.

    ``open_lock``: ignore the lock file of the case while it is open (root can write a 0500
    folder, so the lock may exist there; it must be gone once the case is closed).
    """
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())
            if p.is_file() and not (open_lock and p.name.endswith(".imwu.lock"))}


# --- read-only places ----------------------------------------------------------------

def _mount_read_only(where: Path, fill: Path) -> None:
    """A tmpfs holding a copy of ``fill``'s files, then remounted read-only."""
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
                   check=True, capture_output=True, timeout=20)
    try:
        for item in fill.iterdir():
            shutil.copy2(item, where / item.name)
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True,
                       capture_output=True, timeout=20)
    except BaseException:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=20,
                       check=False)
        raise


@pytest.fixture(params=["permissions", "read-only filesystem"])
def read_only_case(request: pytest.FixtureRequest,
                   tmp_path: Path) -> Iterator[tuple[Path, dict[str, bytes]]]:
    staging = tmp_path / "staging"
    staging.mkdir()
    blobs = make_case(staging / "case.imwu", tmp_path)
    if request.param == "permissions":
        folder = staging
        (folder / "case.imwu").chmod(0o400)
        folder.chmod(0o500)
        try:
            yield folder / "case.imwu", blobs
        finally:
            folder.chmod(0o700)
        return
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only filesystem needs root and mount (permissions case still runs)")
    folder = tmp_path / "cdrom"
    folder.mkdir()
    (staging / "case.imwu").chmod(0o600)  # writable bits: only the filesystem says no
    try:
        _mount_read_only(folder, staging)
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"mounting was refused here: {exc.stderr!r}")
    try:
        yield folder / "case.imwu", blobs
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20,
                       check=False)


def test_read_only_case_opens_refuses_in_place_and_saves_elsewhere(
        read_only_case: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    path, blobs = read_only_case
    before = snapshot(path.parent)
    with open_case(path) as opened:
        assert opened.read_only  # the GUI shows it and offers Save As
        assert opened.case.worker.family_name == "OLD"
        assert_complete(opened, blobs)
        opened.case.worker.family_name = "EDITED"
        for _attempt in range(2):
            with pytest.raises(CaseFileWriteError) as caught:
                save_case(opened)
            assert_one_sentence(str(caught.value), "“case.imwu” could not be saved")
        assert snapshot(path.parent, open_lock=True) == before  # no temp file, no change
        assert opened.case.worker.family_name == "EDITED"
        elsewhere = tmp_path / "mine" / "case.imwu"
        elsewhere.parent.mkdir()
        save_case(opened, elsewhere)
        assert opened.path == elsewhere and not opened.read_only
        opened.case.worker.family_name = "EDITED AGAIN"
        save_case(opened)  # from now on it saves normally, in the new place
    assert reopened_name(elsewhere, blobs) == "EDITED AGAIN"
    assert reopened_name(path, blobs) == "OLD"
    assert snapshot(path.parent) == before


def test_read_only_case_exports_from_the_command_line(
        read_only_case: tuple[Path, dict[str, bytes]],
        capsys: pytest.CaptureFixture[str]) -> None:
    path, _blobs = read_only_case
    before = snapshot(path.parent)
    assert cli.run(["export", str(path)]) == 0
    assert '"family_name": "OLD"' in capsys.readouterr().out
    assert snapshot(path.parent) == before


# --- the folder removed or moved while the case is open ----------------------------------

@pytest.mark.parametrize("how", ["removed", "moved away"])
def test_folder_gone_while_open_keeps_everything_and_saves_elsewhere(
        how: str, tmp_path: Path) -> None:
    folder = tmp_path / "Client A"
    folder.mkdir()
    path = folder / "case.imwu"
    blobs = make_case(path, tmp_path)
    with open_case(path) as opened:
        opened.case.worker.family_name = "EDITED"
        if how == "removed":
            shutil.rmtree(folder)
        else:
            folder.rename(tmp_path / "Archive")
        assert not folder.exists()
        # Every attachment and output is still there: read from the private copy.
        opened.verify_attachments()
        assert_complete(opened, blobs)
        with pytest.raises(CaseFileError) as caught:
            save_case(opened)
        assert_one_sentence(str(caught.value), "“case.imwu” could not be saved")
        assert not folder.exists()  # the save did not quietly recreate a half folder
        elsewhere = tmp_path / "Recovered" / "case.imwu"
        elsewhere.parent.mkdir()
        save_case(opened, elsewhere)
        assert opened.path == elsewhere
    assert reopened_name(elsewhere, blobs) == "EDITED"
    if how == "moved away":  # the moved file itself was never touched
        assert reopened_name(tmp_path / "Archive" / "case.imwu", blobs) == "OLD"


def test_folder_gone_then_recreated_empty_saves_in_place(tmp_path: Path) -> None:
    """A sync client removes the folder and puts it back empty: saving writes the whole case."""
    folder = tmp_path / "Shared"
    folder.mkdir()
    path = folder / "case.imwu"
    blobs = make_case(path, tmp_path)
    with open_case(path) as opened:
        shutil.rmtree(folder)
        folder.mkdir()
        opened.case.worker.family_name = "EDITED"
        save_case(opened)
    assert reopened_name(path, blobs) == "EDITED"
    leftovers = [p.name for p in folder.iterdir() if p.name != "case.imwu"]
    assert all(not name.endswith(".imwu-tmp") for name in leftovers), leftovers


# --- what the message tells the user to do ------------------------------------------------

WAY_FORWARD = ("another folder", "another name", "save as", "elsewhere", "save it under",
               "choose another")


def _message_after(situation: str, tmp_path: Path) -> str:
    folder = tmp_path / "place"
    folder.mkdir()
    path = folder / "case.imwu"
    make_case(path, tmp_path)
    try:
        with open_case(path) as opened:
            if situation == "read-only file":
                path.chmod(0o400)
                opened.read_only = True  # as if opened that way (see the tests above)
            else:
                shutil.rmtree(folder)
            try:
                save_case(opened)
            except CaseFileError as exc:
                return str(exc)
            raise AssertionError("the save should have been refused")
    finally:
        if folder.exists():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("situation", ["read-only file", "folder removed"])
def test_refused_save_says_how_to_keep_the_work(situation: str, tmp_path: Path) -> None:
    message = _message_after(situation, tmp_path)
    assert_one_sentence(message, "“case.imwu” could not be saved")
    assert any(way in message.lower() for way in WAY_FORWARD), message
    if situation == "folder removed":  # there is no previous version left to speak of
        assert "folder does not exist" in message
        assert "previous version on disk is unchanged" not in message
