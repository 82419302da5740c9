"""Size of the frozen app and its start-up to an interactive window, beside a bare PySide6 window.

Targets (issue 8): the onedir bundle at most 200 MB; the frozen app's start-up within 1.3x of
a bare PySide6 window frozen the same way (PyInstaller onedir, same Python and Qt).

Start-up is wall time from launching the process to its first frame painted with the event
loop idle again (benchmarks/startup_probe.py, the same moment for the app and the bare
window). Measured on the start screen (the target) and on a case (what a double-click on a
case file does; shown for information, without a target), with a real
X server when DISPLAY is set (else offscreen), warm page cache (one discarded run first),
runs interleaved so both sides see the same machine.
The bundle is rebuilt first when older than the code (installers/bundle_tools.py).
Run: .venv/bin/python -m benchmarks.bench_bundle [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.startup_probe import BARE_WINDOW, time_start_up
from installers import bundle_tools

SIZE_TARGET_MB = 200.0
STARTUP_TARGET_RATIO = 1.3
#: Measured and shown without a target: the start screen is the interactive window the target
#: is about; opening straight on a case also loads the case services and builds the wizard.
INFORMATION = ("IMWU Desktop (frozen), on a case",)
def build_bare_window(work: Path) -> Path:
    """Freeze the bare window like the app (onedir, windowed, no UPX); its executable."""
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                    "--windowed", "--noupx", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    "--specpath", str(work), str(script)], check=True, timeout=600)
    return work / "dist" / "bare_window" / "bare_window"


def run_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "IMWU_RESOURCES"}}
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        env[f"IMWU_{name}_DIR"] = str(home / name.lower())
    env["IMWU_STARTUP_PROBE"] = "1"
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs

    was_current = bundle_tools.bundle_is_current()
    build_start = time.perf_counter()
    app = bundle_tools.ensure_bundle()
    build_s = None if was_current else time.perf_counter() - build_start
    size = bundle_tools.bundle_size_bytes()

    with tempfile.TemporaryDirectory(prefix="imwu-bench-bundle-") as tmp:
        work = Path(tmp)
        bare = build_bare_window(work / "bare")
        bare_size = bundle_tools.bundle_size_bytes(bare.parent)
        env = run_env(work / "home")
        case, _worker = bundle_tools.make_sample_case(app, work, env)
        commands = {
            "bare PySide6 window (frozen)": [str(bare)],
            "IMWU Desktop (frozen), start screen": [str(app)],
            "IMWU Desktop (frozen), on a case": [str(app), str(case)],
        }
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm the page cache
            time_start_up(command, env)
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(time_start_up(command, env)[0])

    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    bare_ms = medians["bare PySide6 window (frozen)"]
    size_mb = size / 1e6
    platform_name = run_env(Path(tempfile.gettempdir()))["QT_QPA_PLATFORM"]
    print(f"Bundle: {app.parent} ({sys.platform}, Qt platform {platform_name}, "
          f"{os.cpu_count()} CPUs, {runs} runs each, medians)\n")
    print("| measure | value | baseline | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    print(f"| onedir bundle size | {size_mb:.1f} MB ({size / 2**20:.1f} MiB) | bare PySide6 "
          f"{bare_size / 1e6:.1f} MB | {size / bare_size:.2f}x | <= {SIZE_TARGET_MB:.0f} MB | "
          f"{'yes' if size_mb <= SIZE_TARGET_MB else 'NO'} |")
    for name, ms in medians.items():
        if name.startswith("bare"):
            continue
        ratio = ms / bare_ms
        if name in INFORMATION:
            target, met = "(information)", "-"
        else:
            target = f"<= {STARTUP_TARGET_RATIO}x"
            met = "yes" if ratio <= STARTUP_TARGET_RATIO else "NO"
        print(f"| start-up to interactive window: {name} | {ms:.0f} ms | {bare_ms:.0f} ms | "
              f"{ratio:.2f}x | {target} | {met} |")
    if build_s is not None:
        print(f"| bundle build (PyInstaller, incremental) | {build_s:.0f} s | | | | |")


if __name__ == "__main__":
    main()
