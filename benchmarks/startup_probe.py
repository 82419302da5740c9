"""What the start-up benchmarks share: the bare window they compare with, and the timer.

Both sides report the same moment: their first frame painted and the event loop idle again
(a zero timer started from the first paint event). IMWU Desktop prints IMWU-READY then
(IMWU_STARTUP_PROBE=1), and IMWU-LOADED once the start screen's lists are filled too.
"""

from __future__ import annotations

import subprocess
import time

READY = "IMWU-READY"
LOADED = "IMWU-LOADED"

BARE_WINDOW = f'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)


def ready():
    print("{READY}", flush=True)
    app.quit()


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, ready)


window = Window()
window.resize(1280, 900)
window.setWindowTitle("bare PySide6 window")
window.show()
sys.exit(app.exec())
'''


def time_start_up(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launch to READY, and to LOADED (None when the process prints none)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    ready: float | None = None
    loaded: float | None = None
    for line in process.stdout:
        if line.strip() == READY:
            ready = time.perf_counter() - start
        elif line.strip() == LOADED:
            loaded = time.perf_counter() - start
    process.wait(timeout=60)
    if ready is None:
        raise RuntimeError(f"{command[0]} exited ({process.returncode}) without showing a window")
    return ready, loaded
