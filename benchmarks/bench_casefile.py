"""Case file save and open with ~20 MB of attachments, against plain copies of the same bytes.

Attachments are random (incompressible, like JPEG scans and PDFs), so they are STORED in the
ZIP; case.json is deflated. "save" is save_case on an opened case whose attachments were
already checked: it writes a temp file (copying stored attachments as they are), fsyncs it,
keeps the backup and replaces the file. The "first save" after opening also checks each
stored attachment's CRC-32 on the way. "open" is open_case (private copy of the file,
directory and case.json checks); "open + verify" also reads every attachment back
through its SHA-256. Baselines: shutil.copy of the case file, and the copy plus fsync.
Files are in the page cache (warm), as when a user re-saves the case they are editing.
Run: .venv/bin/python -m benchmarks.bench_casefile [--runs N] [--mb N]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from imwu_desktop.services.casefile import OpenedCase, new_store, open_case, save_case

TARGET_RATIO = 2.0


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _make_case(folder: Path, megabytes: int) -> Path:
    path = folder / "bench.imwu"
    with new_store() as store:
        store.case.worker.family_name = "BENCH"
        for i in range(4):
            scan = folder / f"scan{i}.jpg"
            with open(scan, "wb") as out:
                out.write(b"\xff\xd8\xff\xe0")
                for _ in range(megabytes // 4):
                    out.write(os.urandom(1024 * 1024))
            store.case.documents.append(store.add_attachment(scan, item="other", label=str(i)))
        save_case(store, path)
    return path


def _copy_fsync(src: Path, dst: Path) -> None:
    shutil.copy(src, dst)
    with open(dst, "rb+") as handle:
        os.fsync(handle.fileno())


def _one_round(path: Path, folder: Path, opened: OpenedCase, run: int) -> dict[str, float]:
    """One sample of every operation, back to back, so that load from other programs on a
    shared machine hits the baselines and the case file alike."""
    times: dict[str, float] = {}
    times["copy"] = _timed(lambda: shutil.copy(path, folder / "copy.imwu"))
    times["copy_sync"] = _timed(lambda: _copy_fsync(path, folder / "copy.imwu"))
    opened.case.worker.given_names = f"run {run}"
    times["save"] = _timed(lambda: save_case(opened))
    with open_case(folder / "copy.imwu") as fresh:
        fresh.case.worker.given_names = "first"
        times["first_save"] = _timed(lambda: save_case(fresh))
    holder: list[OpenedCase] = []
    times["open"] = _timed(lambda: holder.append(open_case(path, lock=False, snapshot=True)))
    times["verify"] = times["open"] + _timed(holder[0].verify_attachments)
    holder[0].close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mb", type=int, default=20, help="attachments in total, in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ.setdefault("IMWU_DATA_DIR", str(folder / "data"))
        path = _make_case(folder, args.mb)
        size_mb = path.stat().st_size / 1e6
        with open_case(path) as opened:
            opened.verify_attachments()  # as after the first save of a session
            rounds = [_one_round(path, folder, opened, run) for run in range(args.runs)]
    median = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    print(f"Case file, {size_mb:.1f} MB ({args.mb} MB of incompressible attachments), "
          f"median of {args.runs} interleaved runs, {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    print("| operation | median ms | baseline | baseline ms | ratio | target |")
    print("|---|---:|---|---:|---:|---|")
    rows = [
        ("save (fsync, backup, replace)", "save", "copy", True),
        ("save", "save", "copy_sync", False),
        ("first save after open (checks every CRC-32)", "first_save", "copy", False),
        ("open (checks, private copy)", "open", "copy", True),
        ("open + verify every SHA-256", "verify", "copy", False),
    ]
    names = {"copy": "shutil.copy", "copy_sync": "shutil.copy + fsync"}
    for label, key, base, has_target in rows:
        ratio = median[key] / median[base]
        verdict = "met" if ratio <= TARGET_RATIO else "missed"
        target = f"≤ {TARGET_RATIO:g}x ({verdict})" if has_target else "(information)"
        print(f"| {label} | {median[key]:.1f} | {names[base]} | {median[base]:.1f} | "
              f"{ratio:.2f}x | {target} |")


if __name__ == "__main__":
    main()
