"""Background jobs of the Send step: each runs in its own QThread and reports by signals.

A thread may outlive the panel that started it (a window closed mid-send), so every thread is
kept referenced until it finishes, and the application waits for them before it quits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

#: a job gets (progress callback, cancel event) and returns its result
Job = Callable[[Callable[[int, int], None], threading.Event], Any]


class SendWorker(QObject):
    """Runs one job in its own QThread; results come back as signals (GUI thread)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.progress.emit, self.cancel)
        except Exception as exc:  # shown to the user as one sentence, never raised in Qt
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            QThread.currentThread().quit()  # ends by itself, even if the panel is gone


#: Threads outlive their panel (a window may close mid-send): keep each one referenced
#: until it has finished, so Qt never destroys a running thread.
_THREADS: list[tuple[QThread, SendWorker]] = []


def keep_running(thread: QThread, worker: SendWorker) -> None:
    _THREADS[:] = [(t, w) for t, w in _THREADS if t.isRunning()]
    if not _THREADS:
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_imwu_send_hook", False):
            app.aboutToQuit.connect(wait_for_workers)
            app._imwu_send_hook = True  # type: ignore[attr-defined]
    _THREADS.append((thread, worker))


def wait_for_workers(msecs: int = 10_000) -> bool:
    """Cancel and wait for every running send/prepare thread (application exit, tests)."""
    for _, worker in _THREADS:
        worker.cancel.set()
    finished = all(thread.wait(msecs) for thread, _ in _THREADS)
    _THREADS[:] = [(t, w) for t, w in _THREADS if t.isRunning()]
    return finished
