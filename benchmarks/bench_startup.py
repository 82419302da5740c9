"""Start-up to an interactive main window, against a bare PySide6 window on the same machine.

Each run is a fresh process, timed from its start until its first frame is painted and the
event loop is idle again (benchmarks/startup_probe.py). Target: IMWU Desktop within 1.3x of bare.

    .venv/bin/python -m benchmarks.bench_startup [--runs 15]

Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (e.g. xcb under Xvfb).
Our package is compiled to bytecode first, as pip does when it installs the wheel and
PyInstaller does in the bundle; without that, a checkout run with PYTHONDONTWRITEBYTECODE set
compiles every module from source on each start and measures the compiler instead.

The start screen fills its case lists in the turns of the event loop after its first frame;
the time until that is done is reported too ("case list filled"), for information.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile

from benchmarks.startup_probe import BARE_WINDOW, time_start_up

TARGET = 1.3


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env["IMWU_STARTUP_PROBE"] = "1"
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        env[f"IMWU_{name}_DIR"] = os.path.join(home, name.lower())
    return env


def compile_package() -> None:
    package = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "imwu_desktop")
    compileall.compile_dir(package, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="imwu-bench-")
    env = _env(home)
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
        "IMWU Desktop (start screen)": [sys.executable, "-m", "imwu_desktop"],
    }
    compile_package()
    for command in commands.values():  # warm the disk cache once
        time_start_up(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    loaded: list[float] = []
    for _ in range(args.runs):  # interleaved, so that load changes hit both alike
        for name, command in commands.items():
            ready, done = time_start_up(command, env)
            times[name].append(ready)
            if done is not None:
                loaded.append(done)
    medians = {name: statistics.median(values) for name, values in times.items()}
    if loaded:
        medians["IMWU Desktop (start screen), case list filled"] = statistics.median(loaded)
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
