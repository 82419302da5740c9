"""The case file store: what a user notices when saving, reopening and sharing case files."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services.casefile import (
    AttachmentError,
    CaseFileChangedOnDisk,
    CaseFileExists,
    CaseFileLocked,
    CaseFileReadOnly,
    CaseFileWriteError,
    DamagedCaseFile,
    NotACaseFile,
    new_store,
    open_case,
    save_case,
)


def make_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def saved_case(folder: Path, name: str = "case.imwu") -> Path:
    """A saved case with two documents; the store is closed again."""
    with new_store() as store:
        store.case.worker.family_name = "DUPONT"
        for file_name, item in (("passport.jpg", "passport"), ("cv.pdf", "cv")):
            src = make_file(folder / file_name, file_name.encode() * 500 + os.urandom(2000))
            store.case.documents.append(store.add_attachment(src, item=item))
        save_case(store, folder / name)
    return folder / name


def test_save_and_reopen_keeps_case_and_attachment_bytes(tmp_path: Path) -> None:
    scan = make_file(tmp_path / "scan.pdf", b"%PDF-1.7\n" + os.urandom(50_000))
    with new_store() as store:
        store.case.worker.given_names = "Claire Marie"
        doc = store.add_attachment(scan, item="passport")
        store.case.documents.append(doc)
        again = store.add_attachment(scan, item="other", label="the same scan again")
        store.case.documents.append(again)
        save_case(store, tmp_path / "c.imwu")
        original = store.case
    assert doc.sha256 == again.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert doc.media_type == "application/pdf" and doc.size == scan.stat().st_size
    names = zipfile.ZipFile(tmp_path / "c.imwu").namelist()
    assert names.count(f"attachments/{doc.sha256}") == 1 and len(names) == 2
    with open_case(tmp_path / "c.imwu") as opened:
        assert opened.case == original
        with opened.open_attachment(doc.sha256) as stream:
            assert stream.read() == scan.read_bytes()
        assert opened.attachment_path(doc.sha256).read_bytes() == scan.read_bytes()


def test_case_file_is_owner_only(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_previous_version_is_kept_as_backup(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    with open_case(path) as opened:
        opened.case.worker.family_name = "MARTIN"
        save_case(opened)
    with open_case(path, lock=False) as now, open_case(tmp_path / "case.imwu.bak",
                                                       lock=False) as before:
        assert now.case.worker.family_name == "MARTIN"
        assert before.case.worker.family_name == "DUPONT"


def test_large_attachment_is_streamed_not_loaded(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    with open(big, "wb") as out:
        for _ in range(24):
            out.write(os.urandom(1024 * 1024))
    tracemalloc.start()
    try:
        with new_store() as store:
            store.case.documents.append(store.add_attachment(big, item="passport"))
            save_case(store, tmp_path / "big.imwu")
        with open_case(tmp_path / "big.imwu") as opened:
            opened.verify_attachments()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes for a 24 MB attachment"


def test_refuses_to_save_over_a_file_changed_on_disk(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    other = saved_case(tmp_path, "other.imwu")
    with open_case(path) as opened:
        shutil.copyfile(other, path)  # another program (or a sync client) replaced it
        theirs = path.read_bytes()
        opened.case.worker.family_name = "MINE"
        with pytest.raises(CaseFileChangedOnDisk):
            save_case(opened)
        assert path.read_bytes() == theirs
        save_case(opened, overwrite=True)
    with open_case(path) as reopened:
        assert reopened.case.worker.family_name == "MINE"


def test_save_as_refuses_to_replace_another_file(tmp_path: Path) -> None:
    junk = make_file(tmp_path / "notes.imwu", b"not a case, but somebody's file")
    with new_store() as store, pytest.raises(CaseFileExists):
        save_case(store, junk)
    assert junk.read_bytes() == b"not a case, but somebody's file"


def test_unreadable_file_is_not_opened_as_new_nor_overwritten(tmp_path: Path) -> None:
    junk = make_file(tmp_path / "c.imwu", os.urandom(3000))
    before = junk.read_bytes()
    with pytest.raises(NotACaseFile):
        open_case(junk)
    with new_store() as store, pytest.raises(CaseFileExists):
        save_case(store, junk)
    assert junk.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.imwu"]


def test_save_as_moves_the_lock_and_leaves_the_original(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    original = path.read_bytes()
    with open_case(path) as opened:
        opened.case.worker.family_name = "COPY"
        save_case(opened, tmp_path / "copy.imwu")
        assert opened.path == tmp_path / "copy.imwu"
        with open_case(path) as again:  # the original is no longer locked
            assert again.case.worker.family_name == "DUPONT"
        with pytest.raises(CaseFileLocked):
            open_case(tmp_path / "copy.imwu")
    assert path.read_bytes() == original


def test_same_case_cannot_be_open_twice(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    with open_case(path), pytest.raises(CaseFileLocked, match="already open"):
        open_case(path)
    with open_case(path) as reopened:  # closed: free again
        assert reopened.locked


def write_lock(case: Path, pid: int, host: str) -> None:
    lock = case.with_name(f".{case.name}.lock")
    lock.write_text(json.dumps({"pid": pid, "host": host, "user": "someone", "since": ""}))


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    write_lock(path, dead.pid, socket.gethostname())
    with open_case(path) as opened:
        assert opened.locked


def test_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    write_lock(path, 1234, "reception-pc")
    with pytest.raises(CaseFileLocked, match="reception-pc"):
        open_case(path)


def test_garbled_lock_file_does_not_block(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    path.with_name(f".{path.name}.lock").write_bytes(b"\x00\x01")
    with open_case(path) as opened:
        assert opened.locked


def test_outputs_survive_save_and_reopen(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    eml = b"From: a@example.org\r\n\r\nbody\r\n"
    letter = make_file(tmp_path / "letter.pdf", b"%PDF-1.7 letter")
    with open_case(path) as opened:
        opened.put_output("request.eml", eml)
        opened.put_output("cover-letter.pdf", letter)
        save_case(opened)
        opened.put_output("request.eml", b"newer")
        opened.remove_output("cover-letter.pdf")
        assert opened.get_output("cover-letter.pdf") is None
    with open_case(path) as reopened:
        assert reopened.output_names() == ["cover-letter.pdf", "request.eml"]
        assert reopened.get_output("request.eml") == eml
        with pytest.raises(ValueError):
            reopened.put_output("../escape", b"x")


def test_removed_documents_leave_the_file_unless_pinned(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    with open_case(path) as opened:
        passport, cv = opened.case.documents
        opened.case.documents.remove(passport)
        opened.case.documents.remove(cv)
        opened.pin_attachment(cv.sha256)  # e.g. a shrunk copy the documents service keeps
        save_case(opened)
    names = zipfile.ZipFile(path).namelist()
    assert f"attachments/{passport.sha256}" not in names
    assert f"attachments/{cv.sha256}" in names
    with open_case(path) as reopened:  # still kept on the next save
        save_case(reopened)
    assert f"attachments/{cv.sha256}" in zipfile.ZipFile(path).namelist()


def test_document_without_its_file_is_refused_before_writing(tmp_path: Path) -> None:
    case = Case()
    case.documents.append(Document(item="cv", sha256="ab" * 32, file_name="cv.pdf", size=3))
    with pytest.raises(AttachmentError, match=r"cv\.pdf"):
        save_case(case, tmp_path / "c.imwu")
    assert list(tmp_path.iterdir()) == []


def test_write_failure_says_why_and_how_to_keep_the_work(tmp_path: Path) -> None:
    with new_store() as store, pytest.raises(CaseFileWriteError) as caught:
        save_case(store, tmp_path / "missing-folder" / "c.imwu")
    assert str(caught.value) == (
        "“c.imwu” could not be saved (its folder does not exist); save your changes under "
        "another name or in another folder.")
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_a_killed_save_are_cleaned(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    leftover = make_file(tmp_path / f".{path.name}.x1y2.imwu-tmp", b"half a zip")
    with open_case(path) as opened:
        save_case(opened)
    assert not leftover.exists()


def test_attachment_larger_than_the_bound_is_refused(tmp_path: Path) -> None:
    from imwu_desktop.services.casefile import Limits

    src = make_file(tmp_path / "huge.pdf", b"x" * 5000)
    with new_store(limits=Limits(member_bytes=4000)) as store, \
            pytest.raises(AttachmentError, match="too large"):
        store.add_attachment(src)


def test_file_rewritten_or_deleted_while_open_loses_no_attachment(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    with open_case(path) as opened:
        expected = {d.sha256: d.size for d in opened.case.documents}
        path.write_bytes(os.urandom(5000))  # rewritten in place by another program
        save_case(opened, overwrite=True)
        path.unlink()  # then deleted
        save_case(opened, tmp_path / "elsewhere.imwu")
    with open_case(tmp_path / "elsewhere.imwu") as reopened:
        reopened.verify_attachments()
        assert {d.sha256: d.size for d in reopened.case.documents} == expected


def test_save_after_one_killed_between_backup_and_replace(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    backup = tmp_path / "case.imwu.bak"
    os.link(path, backup)  # what a save killed right after making the backup leaves
    with open_case(path) as opened:
        opened.case.worker.family_name = "AFTER"
        save_case(opened)
    with open_case(backup, lock=False) as before:
        assert before.case.worker.family_name == "DUPONT"
    assert not list(tmp_path.glob("*imwu-tmp"))


def test_saving_again_copies_checked_attachments_exactly(tmp_path: Path) -> None:
    text = make_file(tmp_path / "notes.txt", b"compressible line\n" * 20_000)
    photo = make_file(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + os.urandom(300_000))
    path = tmp_path / "c.imwu"
    with new_store() as store:
        for src in (text, photo):
            store.case.documents.append(store.add_attachment(src))
        save_case(store, path)
    for _ in range(2):  # the first save streams and checks, the second copies stored bytes
        with open_case(path) as opened:
            opened.verify_attachments()
            opened.case.worker.family_name += "X"
            save_case(opened)
            save_case(opened)
    with open_case(path) as reopened:
        assert reopened.case.worker.family_name == "XX"
        for doc, src in zip(reopened.case.documents, (text, photo), strict=True):
            with reopened.open_attachment(doc.sha256) as stream:
                assert stream.read() == src.read_bytes()
        notes, jpeg = (f"attachments/{d.sha256}" for d in reopened.case.documents)
    archive = zipfile.ZipFile(path)
    assert archive.testzip() is None
    assert archive.getinfo("case.json").compress_type == zipfile.ZIP_DEFLATED
    assert archive.getinfo(notes).compress_type == zipfile.ZIP_DEFLATED
    assert archive.getinfo(jpeg).compress_type == zipfile.ZIP_STORED


def test_attachment_that_deflates_like_a_zip_bomb_is_stored_so_it_reopens(
        tmp_path: Path) -> None:
    zeros = make_file(tmp_path / "blank-scan.bmp", bytes(3 * 1024 * 1024))
    with new_store() as store:
        doc = store.add_attachment(zeros)
        store.case.documents.append(doc)
        save_case(store, tmp_path / "c.imwu")
    info = zipfile.ZipFile(tmp_path / "c.imwu").getinfo(f"attachments/{doc.sha256}")
    assert info.compress_type == zipfile.ZIP_STORED
    with open_case(tmp_path / "c.imwu") as opened:
        opened.verify_attachments()


def test_case_larger_than_a_case_file_may_be_is_not_written(tmp_path: Path) -> None:
    from imwu_desktop.services.casefile import Limits

    with new_store(limits=Limits(total_bytes=100_000)) as store:
        for i in range(3):
            src = make_file(tmp_path / f"{i}.jpg", os.urandom(40_000))
            store.case.documents.append(store.add_attachment(src))
        with pytest.raises(CaseFileWriteError, match="larger than a case file may be"):
            save_case(store, tmp_path / "c.imwu")
    assert not list(tmp_path.glob("*.imwu*")) and not list(tmp_path.glob(".*"))


def test_corrupt_attachment_is_not_carried_into_a_new_save(tmp_path: Path) -> None:
    path = tmp_path / "c.imwu"
    with new_store() as store:
        photo = make_file(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + os.urandom(5000))
        store.case.documents.append(store.add_attachment(photo))
        save_case(store, path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"attachments/{store.case.documents[0].sha256}")
        assert info.compress_type == zipfile.ZIP_STORED
    data = bytearray(path.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0x10  # one bit of the scan
    path.write_bytes(bytes(data))
    with open_case(path) as opened, pytest.raises(DamagedCaseFile):
        opened.case.worker.family_name = "EDITED"
        save_case(opened)  # nothing was read yet: the copy itself notices
    assert path.read_bytes() == bytes(data)


def test_read_only_case_file_opens_but_is_saved_elsewhere(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    path.chmod(0o400)
    before = path.read_bytes()
    with open_case(path) as opened:
        assert opened.read_only
        opened.case.worker.family_name = "EDITED"
        with pytest.raises(CaseFileReadOnly, match=r"read-only.*unchanged.*another name"):
            save_case(opened)
        save_case(opened, tmp_path / "copy.imwu")
        assert not opened.read_only
    assert path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_folder_is_not_attached(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.pdf")
    with new_store() as store:
        for name in ("pipe.pdf", "."):
            with pytest.raises(AttachmentError, match="is not a file"):
                store.add_attachment(tmp_path / name)
        with pytest.raises(AttachmentError, match="could not be read"):
            store.add_attachment(tmp_path / "missing.pdf")


def test_lock_of_a_running_process_blocks_and_names_who(tmp_path: Path) -> None:
    path = saved_case(tmp_path)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_lock(path, alive.pid, socket.gethostname())
        who = re.escape(f"by someone on {socket.gethostname()}")
        with pytest.raises(CaseFileLocked, match=who):
            open_case(path)
        with open_case(path, lock=False) as reader:  # reading (export, preview) still works
            assert reader.case.worker.family_name == "DUPONT"
            with pytest.raises(CaseFileLocked):
                save_case(reader)
    finally:
        alive.kill()
        alive.wait()
    with open_case(path) as opened:  # gone now: the lock is stale
        assert opened.locked
