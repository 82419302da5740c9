"""Saving a case: a whole new file written beside the target, then swapped in atomically.

Write a temp file, flush and fsync it, keep the previous version as NAME.imwu.bak (a hard
link when the filesystem has them), replace the target, fsync the folder. A crash or kill at
any moment leaves either the old or the new file, whole.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from imwu_desktop.domain.case import Case

from . import fsutil
from .container import SourceFile
from .errors import (
    CaseFileChangedOnDisk,
    CaseFileError,
    CaseFileExists,
    CaseFileReadOnly,
    CaseFileWriteError,
)
from .lock import CaseLock, acquire_lock
from .messages import Reason, os_reason
from .store import BACKUP_SUFFIX, FileStamp, OpenedCase, case_payload, new_store
from .writer import MemberSource, TooBigToWrite, write_container


def _same_file(a: Path | None, b: Path) -> bool:
    if a is None:
        return False
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def save_case(opened_or_case: OpenedCase | Case, path: Path | str | None = None, *,
              overwrite: bool = False, backup: bool = True) -> OpenedCase:
    """Save atomically to ``path`` (default: where it was opened from); return the store.

    Refuses (CaseFileChangedOnDisk) to replace a file another program changed since it was
    opened, and (CaseFileExists) to replace another existing file, unless ``overwrite``.
    The previous version is kept as NAME.imwu.bak. The new file is owner-only (0600).
    Given a bare Case (no attachments), the store made for it is closed again.
    """
    if not isinstance(opened_or_case, OpenedCase):
        with new_store(opened_or_case) as store:  # nothing to keep open for a bare Case
            return save_case(store, path, overwrite=overwrite, backup=backup)
    opened = opened_or_case
    if path is None and opened.path is None:
        raise ValueError("a new case needs a path to be saved to")
    target = Path(path if path is not None else opened.path).absolute()  # type: ignore[arg-type]
    same = _same_file(opened.path, target)
    new_lock = None
    if same and opened.read_only and not overwrite:
        raise CaseFileReadOnly(target, previous_kept=target.exists())
    if not (same and opened.locked):
        new_lock = acquire_lock(target)
    try:
        _check_target(opened, target, same, overwrite)
        members = opened._members()
        payload = case_payload(opened.case)
        _write(opened, target, payload, members, backup)
    except BaseException:
        if new_lock is not None:
            new_lock.release()
        raise
    _adopt(opened, target, new_lock)
    opened.read_only = False
    from .recovery import discard_recovery

    discard_recovery(opened.case.case_id)
    return opened


def _check_target(opened: OpenedCase, target: Path, same: bool, overwrite: bool) -> None:
    current = FileStamp.of(target)
    if current is None or overwrite:
        return
    if not same:
        raise CaseFileExists(target)
    if opened.stamp is not None and current != opened.stamp:
        raise CaseFileChangedOnDisk(target)


def _write(opened: OpenedCase, target: Path, payload: bytes, members: list[MemberSource],
           backup: bool) -> None:
    fsutil.remove_leftover_temps(target)
    try:
        with fsutil.temp_beside(target) as (handle, temp):
            write_container(handle, payload, members, opened.limits)
            fsutil.finish(handle)
        try:
            if backup and target.exists():
                fsutil.keep_backup(target, target.with_name(target.name + BACKUP_SUFFIX))
            if os.name == "nt" and opened._source is not None and _same_file(
                    opened._source.path, target):
                opened._source.close()  # Windows cannot replace a file that is open
                opened._source = None
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            if opened._source is None and opened.path is not None:
                with contextlib.suppress(CaseFileError):
                    opened._source = SourceFile(opened.path, opened.limits)
            raise
        fsutil.fsync_dir(target.parent)
    except CaseFileError:
        raise
    except TooBigToWrite:
        raise CaseFileWriteError(target, Reason("case_too_big"),
                                 previous_kept=target.exists(),
                                 way=Reason("remove_and_save")) from None
    except OSError as exc:
        folder_gone = not target.parent.is_dir()
        why = Reason("no_folder") if folder_gone else os_reason(exc)
        raise CaseFileWriteError(target, why, previous_kept=target.exists()) from None


def _adopt(opened: OpenedCase, target: Path, new_lock: CaseLock | None) -> None:
    """After a save, the store holds the target's lock and knows what the file looks like.

    Attachments keep coming from the private copy and folder, which stay valid; only a
    store without a source (new, or closed for the replace on Windows) reads from the new file.
    """
    if new_lock is not None:
        if opened._lock is not None:
            opened._lock.release()
        opened._lock = new_lock
    opened.path = target
    opened.stamp = FileStamp.of(target)
    if opened._source is None:
        with contextlib.suppress(CaseFileError):
            opened._source = SourceFile(target, opened.limits)
