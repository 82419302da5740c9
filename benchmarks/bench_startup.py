"""Start-up to an interactive main window, against a bare PySide6 window on the same machine.

Each run is a fresh process, timed from its start until its window is shown and the event loop
is idle (the process prints a marker, then quits). Target: IMWU Desktop within 1.3x of bare.

    .venv/bin/python -m benchmarks.bench_startup [--runs 7]

Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MARKER = "IMWU-READY"
TARGET = 1.3

BARE = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 900)
window.setWindowTitle("bare")
window.show()
def ready():
    print("{MARKER}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env["IMWU_STARTUP_PROBE"] = "1"
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        env[f"IMWU_{name}_DIR"] = os.path.join(home, name.lower())
    return env


def time_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise RuntimeError(f"{command[-1]} exited ({proc.returncode}) without the marker")
    proc.wait(30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="imwu-bench-")
    env = _env(home)
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "IMWU Desktop (start screen)": [sys.executable, "-m", "imwu_desktop"],
    }
    for command in commands.values():  # warm the disk cache once
        time_once(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved, so that load changes hit both alike
        for name, command in commands.items():
            times[name].append(time_once(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bare PySide6 window"]
    print(f"| start-up ({env['QT_QPA_PLATFORM']}, {args.runs} runs) | median ms | ratio |")
    print("|---|---:|---:|")
    for name, median in medians.items():
        print(f"| {name} | {median * 1000:.0f} | {median / bare:.2f}x |")
    ratio = medians["IMWU Desktop (start screen)"] / bare
    print(f"\ntarget: within {TARGET}x of bare -> {'met' if ratio <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
