"""The text behind Help -> "Copy diagnostic report": what support needs, nothing personal.

It names the app, Python, the OS, the PySide6/Qt versions (read, never imported here), the
reference data versions, the keyring backend (its name only: never an entry), the app's
folders (home shown as ~, it often holds the user's name), and the end of the log. The log
is scrubbed again here (services.log_scrub) in case an older version wrote it unfiltered.
No case content, account or password is ever read.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from imwu_desktop import __version__
from imwu_desktop.services.log_scrub import scrub

LOG_LINES = 200
_TAIL_BYTES = 256 * 1024  # enough for 200 lines; a huge log is never read whole
_LOG_STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")  # logs.setup_logging's asctime


def _safe(probe: Callable[[], str]) -> str:
    """A probe that fails must not stop the report: say what failed instead."""
    try:
        return probe()
    except Exception as exc:  # the report is how failures get diagnosed
        return f"unavailable ({type(exc).__name__})"


def _qt_versions() -> str:
    """Installed PySide6, and the running Qt when the GUI has loaded it (services never import
    PySide6 themselves)."""
    installed = []
    for dist in ("PySide6", "PySide6-Essentials", "PySide6-Addons", "PySide6-Pdf"):
        try:
            installed.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            continue
    qtcore = sys.modules.get("PySide6.QtCore")
    running = f"; running Qt {qtcore.qVersion()}" if qtcore is not None else ""
    return (", ".join(installed) or "PySide6 not installed") + running


def _keyring_backend() -> str:
    keyring = importlib.import_module("keyring")
    backend = keyring.get_keyring()
    names = [type(backend).__module__ + "." + type(backend).__name__]
    names += [type(b).__name__ for b in getattr(backend, "backends", ())]
    return ", ".join(names)


def _data_versions() -> list[str]:
    from imwu_desktop.resources import resource_path

    folder = resource_path("data")
    lines = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version, as_of = data.get("version", "?"), data.get("as_of", "?")
            lines.append(f"  {path.name}: version {version}, as of {as_of}")
        except (OSError, ValueError, AttributeError) as exc:
            lines.append(f"  {path.name}: unreadable ({type(exc).__name__})")
    return lines or ["  none found"]


def _folders() -> list[str]:
    from imwu_desktop.services import paths

    lines = []
    folders: tuple[tuple[str, Callable[[], Path]], ...] = (
        ("settings", paths.config_dir), ("data", paths.data_dir), ("logs", paths.log_dir),
        ("cases", paths.cases_dir))
    for label, where in folders:
        try:
            shown = _home_as_tilde(str(where()))
        except OSError as exc:
            shown = f"unavailable ({type(exc).__name__})"
        lines.append(f"  {label}: {shown}")
    return lines


def _log_tail(lines: int) -> list[str]:
    from imwu_desktop.services.logs import LOG_FILE_NAME
    from imwu_desktop.services.paths import log_dir

    path = log_dir() / LOG_FILE_NAME
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL_BYTES))
            text = handle.read().decode("utf-8", "replace")
    except FileNotFoundError:
        return ["  (no log yet)"]
    except OSError as exc:
        return [f"  (the log could not be read: {type(exc).__name__})"]
    tail = text.splitlines()[-lines:]
    if size > _TAIL_BYTES and len(tail) == len(text.splitlines()):
        tail = tail[1:]  # the first line was cut in the middle
    return ["  " + _scrub_log_line(line) for line in tail] or ["  (the log is empty)"]


def _scrub_log_line(line: str) -> str:
    """Scrub a log line but keep its own time stamp (a date the scrubber would remove)."""
    stamp = _LOG_STAMP.match(line)
    if stamp is None:
        return scrub(line)
    return stamp.group(0) + scrub(line[stamp.end():])


def _home_as_tilde(path: str) -> str:
    home = str(Path.home())
    if home not in ("", "/") and (path == home or path.startswith(home + os.sep)):
        return "~" + path[len(home):]
    return path


def _platform() -> str:
    return f"{platform.system()} {platform.release()} ({platform.platform()}), {platform.machine()}"


def diagnostic_report(log_lines: int = LOG_LINES) -> str:
    """The whole report as plain text, ready for the clipboard or an e-mail to support."""
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from Python"
    lines = [
        "IMWU Desktop diagnostic report",
        f"Created: {datetime.now(UTC).replace(microsecond=0).isoformat()}",
        f"App: {__version__} ({frozen})",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {_safe(_platform)}",
        f"Qt: {_safe(_qt_versions)}",
        f"Keyring backend: {_safe(_keyring_backend)}",
        "Reference data:",
        *_safe_lines(_data_versions),
        "Folders:",
        *_folders(),
        f"Last {log_lines} log lines (personal data removed):",
        *_safe_lines(lambda: _log_tail(log_lines)),
    ]
    return "\n".join(lines) + "\n"


def _safe_lines(probe: Callable[[], list[str]]) -> list[str]:
    try:
        return probe()
    except Exception as exc:  # a missing resources folder must not hide the rest
        return [f"  unavailable ({type(exc).__name__})"]


__all__ = ["LOG_LINES", "diagnostic_report"]
