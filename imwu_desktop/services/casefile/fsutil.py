"""Durable file writes: temp file beside the target, fsync, atomic replace, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".imwu-tmp"


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no directory handles."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some filesystems (e.g. network mounts) refuse; the rename still happened
        pass
    finally:
        os.close(fd)


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A new owner-only temp file in the target's folder, removed again unless renamed."""
    fd, name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX,
                                dir=target.parent)
    temp = Path(name)
    try:
        os.chmod(temp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle, temp
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def finish(handle: BinaryIO) -> None:
    """Flush Python's and the OS's buffers to the disk."""
    handle.flush()
    os.fsync(handle.fileno())


def atomic_write(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a whole file so that a crash leaves either the old or the new content."""
    with temp_beside(target) as (handle, temp):
        write(handle)
        finish(handle)
    try:
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    atomic_write(target, write)


def remove_leftover_temps(target: Path) -> None:
    """Delete temp files of earlier saves of ``target`` that were killed half-way.

    Only called while holding the case's lock, so no other save of it is running.
    """
    with contextlib.suppress(OSError):
        for entry in target.parent.glob(temp_prefix(target) + "*" + TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                entry.unlink()


def keep_backup(target: Path, backup: Path) -> None:
    """Make ``backup`` hold the current content of ``target`` (atomically, never half)."""
    staging = backup.with_name(backup.name + TEMP_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    with contextlib.suppress(OSError):
        if os.path.samefile(target, backup):
            return  # an interrupted save already linked it (renaming a link onto itself is a no-op)
    try:
        os.link(target, staging)  # instant on filesystems with hard links
    except OSError:
        with open(target, "rb") as src:
            atomic_write(staging, lambda dst: _copy(src, dst))
    os.replace(staging, backup)


def _copy(src: BinaryIO, dst: BinaryIO) -> None:
    import shutil

    shutil.copyfileobj(src, dst, 1024 * 1024)
