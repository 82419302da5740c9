"""Autosave: recovery copies of open cases in data_dir()/recovery, offered again on start.

A recovery copy is a complete case file plus a small description beside it. It is offered
when it is newer than the case file it belongs to (or the case was never saved).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imwu_desktop.services.paths import data_dir

from . import fsutil
from .errors import CaseFileWriteError
from .lock import acquire_lock, pid_alive
from .messages import Reason, os_reason
from .store import FileStamp, OpenedCase, case_payload, open_case
from .writer import TooBigToWrite, write_container

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Recovery:
    """A recovery copy that is newer than its case file."""

    case_id: str
    path: Path  # the recovery copy (a complete .imwu file)
    case_path: Path | None  # where the case was saved, None if never
    saved_at: datetime
    worker: str
    code: str


def recovery_dir() -> Path:
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _stem(case_id: str) -> str:
    """A file name from the case id (which comes from a file, so it is not trusted)."""
    if _SAFE_ID.fullmatch(case_id):
        return case_id
    return hashlib.sha256(case_id.encode("utf-8", "replace")).hexdigest()[:32]


def write_recovery(opened: OpenedCase) -> Path:
    """Write (replace) the recovery copy of this case; call on a timer and on step changes."""
    folder = recovery_dir()
    stem = _stem(opened.case.case_id)
    target = folder / f"{stem}.imwu"
    payload = case_payload(opened.case)
    members = opened._members()
    try:
        fsutil.atomic_write(
            target, lambda handle: write_container(handle, payload, members, opened.limits))
    except TooBigToWrite:
        raise CaseFileWriteError(target, Reason("case_too_big"),
                                 way=Reason("remove_attachments")) from None
    except OSError as exc:
        raise CaseFileWriteError(target, os_reason(exc)) from None
    meta = {
        "case_id": opened.case.case_id,
        "case_path": str(opened.path) if opened.path is not None else None,
        "saved_at": datetime.now(UTC).isoformat(),
        "worker": opened.case.worker_display_name(),
        "code": opened.case.exemption.code,
        "pid": os.getpid(),
        "host": socket.gethostname(),
    }
    fsutil.atomic_write_bytes(folder / f"{stem}.json", json.dumps(meta).encode("utf-8"))
    return target


def _read_meta(meta_path: Path) -> Recovery | None:
    try:
        data: Any = json.loads(meta_path.read_text(encoding="utf-8"))
        case_path = data.get("case_path")
        return Recovery(
            case_id=str(data["case_id"]),
            path=meta_path.with_suffix(".imwu"),
            case_path=Path(case_path) if isinstance(case_path, str) else None,
            saved_at=datetime.fromisoformat(str(data["saved_at"])),
            worker=str(data.get("worker", "")),
            code=str(data.get("code", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _edited_elsewhere(meta_path: Path) -> bool:
    """Whether the copy belongs to another running copy of the app (still being edited)."""
    try:
        data: Any = json.loads(meta_path.read_text(encoding="utf-8"))
        pid, host = int(data["pid"]), str(data["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return host == socket.gethostname() and pid != os.getpid() and pid_alive(pid)


def _newer_than_case(rec: Recovery) -> bool:
    try:
        copy_time = rec.path.stat().st_mtime_ns
    except OSError:
        return False
    if rec.case_path is None:
        return True
    try:
        return copy_time > rec.case_path.stat().st_mtime_ns
    except OSError:
        return True  # the case file is gone: the copy is all that is left


def find_recoveries() -> list[Recovery]:
    """Recovery copies worth offering, newest first (not those another running copy of the
    app on this computer is still writing)."""
    metas = [m for m in sorted(recovery_dir().glob("*.json")) if not _edited_elsewhere(m)]
    found = [r for r in map(_read_meta, metas) if r is not None and _newer_than_case(r)]
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def open_recovery(rec: Recovery) -> OpenedCase:
    """Open a recovery copy as the case it belongs to (saving goes to the case's file)."""
    opened = open_case(rec.path, lock=False, snapshot=True)
    if rec.case_path is None:
        opened.path = None
        return opened
    try:
        opened._lock = acquire_lock(rec.case_path)
    except BaseException:
        opened.close()
        raise
    opened.path = rec.case_path
    opened.stamp = FileStamp.of(rec.case_path)
    return opened


def discard_recovery(case_id: str) -> None:
    """Remove the recovery copy of a case (after a save, or when the user declines it)."""
    folder = recovery_dir()
    stem = _stem(case_id)
    for suffix in (".json", ".imwu"):
        with contextlib.suppress(OSError):
            (folder / f"{stem}{suffix}").unlink()
