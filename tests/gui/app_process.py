"""Waiting on the app when it runs in a process of its own (tests that start it as a user would)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def wait_until(condition: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    """Poll ``condition`` until it is true; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def text_of(path: Path) -> str:
    """A file's text, or "" while it does not exist yet (the app's log)."""
    return path.read_text(encoding="utf-8") if path.is_file() else ""
