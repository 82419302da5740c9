"""Run slow work (opening, attaching, hashing) off the GUI thread and report back.

Results arrive through Qt signals, hence on the GUI thread. The window shows a busy bar in its
status bar while any task runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self.func = func
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # reported to the GUI thread, shown as one sentence
            log.info("background task failed: %s", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Keeps running tasks alive and counts them so the window can show it is busy."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(self, func: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None]) -> Task:
        task = Task(func)
        task.setAutoDelete(False)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._tasks.discard(task)
            if not self._tasks:
                self.busyChanged.emit(False)
            handler(value)

        task.signals.done.connect(lambda result: finish(on_done, result))
        task.signals.failed.connect(lambda exc: finish(on_error, exc))
        if not self._tasks:
            self.busyChanged.emit(True)
        self._tasks.add(task)
        QThreadPool.globalInstance().start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)
