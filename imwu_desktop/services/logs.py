"""Logging: a size-capped file in the user's log folder, and stderr for --debug.

The log never holds passwords or personal data; modules log ids and sizes, not values, and
every handler scrubs what slips through (services.log_scrub).

The file handler is our own small one rather than logging.handlers.RotatingFileHandler:
that module pulls in socket, pickle and queue, a cost every start-up would pay for nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from imwu_desktop.services.log_scrub import ScrubFilter
from imwu_desktop.services.paths import log_dir

LOG_FILE_NAME = "imwu-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def rotate(path: Path, backups: int = BACKUPS) -> None:
    """imwu-desktop.log -> .log.1 -> .log.2 ...; the oldest beyond `backups` is dropped."""
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    if path.exists():
        os.replace(path, path.with_name(f"{path.name}.1"))


class CappedFileHandler(logging.FileHandler):
    """A log file that starts afresh (keeping a few old ones) once it passes `max_bytes`.

    The file is opened at the first record, so a start-up that logs nothing touches no disk.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None and self.path.exists() \
                    and self.path.stat().st_size >= self.max_bytes:
                rotate(self.path, self.backups)
            elif self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.close()
                rotate(self.path, self.backups)
        except OSError:
            pass  # a log that cannot rotate keeps growing rather than losing the record
        with contextlib.suppress(OSError):  # an unwritable log folder stays quiet
            super().emit(record)


def setup_logging(*, debug: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_imwu_configured", False):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler: logging.Handler = CappedFileHandler(log_dir() / LOG_FILE_NAME)
    except OSError:
        handler = logging.NullHandler()
    scrubber = ScrubFilter()
    handler.setFormatter(fmt)
    handler.addFilter(scrubber)
    root.addHandler(handler)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(fmt)
        console.addFilter(scrubber)
        root.addHandler(console)
    root._imwu_configured = True  # type: ignore[attr-defined]
