"""Logging out, shutting down, Ctrl+C (SIGTERM, SIGHUP, SIGINT on Linux and macOS): the app
keeps the user's work and quits cleanly instead of dying where it stands.

Python runs a signal handler only between its own bytecodes, while Qt's event loop runs in
C++: the handlers here do nothing themselves; Python writes each signal's number to a pipe
(signal.set_wakeup_fd), and a QSocketNotifier wakes the event loop on it. There every open
case writes its recovery copy (offered at the next start) and lets go of its file, the
single-instance server closes, and the app quits. Windows and the session manager's log-out
(commitDataRequest) go through the windows' close events instead.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSocketNotifier

if TYPE_CHECKING:
    from imwu_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                if hasattr(signal, name))


def keep_work(windows: Iterable[MainWindow]) -> int:
    """Write each open case's recovery copy when it has unsaved changes and release its
    file (the lock); the number of cases whose changes were kept."""
    kept = 0
    for window in windows:
        session = window.session
        if session is None:
            continue
        if session.autosave():
            kept += 1
        session.close(discard_recovery=False)
    return kept


def install(app: QCoreApplication, windows: Callable[[], Iterable[MainWindow]]) -> bool:
    """Quit on SIGTERM, SIGHUP or SIGINT, keeping the work first; False where not possible
    (Windows, or not the main thread)."""
    if os.name != "posix":
        return False
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    try:
        signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        for number in SIGNALS:
            signal.signal(number, lambda _number, _frame: None)  # the pipe does the work
    except ValueError:  # not the main thread
        os.close(read_fd)
        os.close(write_fd)
        return False
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        try:
            received = set(os.read(read_fd, 512))
        except BlockingIOError:
            return
        if not received & set(SIGNALS):
            return
        notifier.setEnabled(False)
        kept = keep_work(windows())
        log.info("signal %s: quitting, unsaved changes of %d case(s) kept as recovery copies",
                 ", ".join(signal.Signals(n).name for n in sorted(received & set(SIGNALS))),
                 kept)
        app.quit()

    notifier.activated.connect(on_signal)
    return True
