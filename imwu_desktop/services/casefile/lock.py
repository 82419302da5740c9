"""A lock file beside a case file, so the same case is not edited twice at once.

The lock records the process id and host. A lock whose process is gone (a crash, a kill)
is stale and is taken over; a lock from another host cannot be checked and is respected.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import CaseFileLocked, CaseFileReadOnly, CaseFileWriteError
from .fsutil import TEMP_SUFFIX
from .messages import Reason, os_reason

_held: set[str] = set()  # lock files held by this process
_held_guard = threading.Lock()


def lock_path_for(case_path: Path) -> Path:
    return case_path.with_name(f".{case_path.name}.lock")


@dataclass
class LockInfo:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return Reason("held_by", user=self.user or Reason("someone"),
                      host=self.host or Reason("another_computer"))


@dataclass
class CaseLock:
    """A held lock; release it when the case is closed."""

    case_path: Path
    lock_path: Path
    released: bool = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with _held_guard:
            _held.discard(str(self.lock_path))
        mine = read_lock(self.lock_path)
        if mine is not None and mine.pid == os.getpid() and mine.host == _host():
            with contextlib.suppress(OSError):
                self.lock_path.unlink()


def _host() -> str:
    """This computer's name: gethostname(), which POSIX systems also give as uname's node
    name (read that way, opening a case does without loading the socket module)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        return ""


def read_lock(lock_path: Path) -> LockInfo | None:
    """The lock's content, or None when there is no lock or it is unreadable."""
    try:
        raw = lock_path.read_bytes()[:4096]
        data: Any = json.loads(raw.decode("utf-8"))
        return LockInfo(pid=int(data["pid"]), host=str(data["host"]),
                        user=str(data.get("user", "")), since=str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running on this machine (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _win_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):
        stat_line = Path(f"/proc/{pid}/stat").read_text()
        return stat_line.rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    return True


if sys.platform == "win32":
    import ctypes

    def _win_pid_alive(pid: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)


def _is_stale(info: LockInfo | None, lock_path: Path) -> bool:
    if info is None:
        return True  # unreadable: not written by us (we write locks whole, via a link)
    if info.host != _host():
        return False
    if info.pid == os.getpid():
        with _held_guard:
            return str(lock_path) not in _held
    return not pid_alive(info.pid)


def _create(lock_path: Path, content: bytes) -> bool:
    """Create the lock file whole, or return False when one exists already."""
    fd, temp = tempfile.mkstemp(prefix=lock_path.name + ".", suffix=TEMP_SUFFIX,
                                dir=lock_path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        try:
            os.link(temp, lock_path)  # atomic and never leaves a half-written lock
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links here (FAT, some network shares)
            pass
        try:
            lfd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(lfd, "wb") as handle:
            handle.write(content)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def acquire_lock(case_path: Path) -> CaseLock:
    """Lock ``case_path`` for this process, taking over a stale lock; CaseFileLocked if held."""
    lock_path = lock_path_for(case_path)
    content = json.dumps({
        "pid": os.getpid(), "host": _host(), "user": _user(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }).encode()
    for _attempt in range(3):
        try:
            created = _create(lock_path, content)
        except OSError as exc:
            if not case_path.parent.is_dir():
                raise CaseFileWriteError(case_path, Reason("no_folder"),
                                         previous_kept=False) from None
            raise CaseFileReadOnly(case_path, Reason("folder_unwritable", why=os_reason(exc)),
                                   previous_kept=case_path.exists()) from None
        if created:
            with _held_guard:
                _held.add(str(lock_path))
            return CaseLock(case_path=case_path, lock_path=lock_path)
        info = read_lock(lock_path)
        if not _is_stale(info, lock_path):
            assert info is not None
            holder = Reason("this_window") if info.pid == os.getpid() else info.describe()
            raise CaseFileLocked(case_path, holder)
        if read_lock(lock_path) == info:  # still the stale one, not a fresh lock
            with contextlib.suppress(FileNotFoundError):
                lock_path.unlink()
    raise CaseFileLocked(case_path, Reason("starting"))


def break_lock(case_path: Path) -> None:
    """Remove a lock the user says is left over (e.g. from another computer that crashed)."""
    with contextlib.suppress(FileNotFoundError):
        lock_path_for(case_path).unlink()
