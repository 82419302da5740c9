"""Case file save and open with ~20 MB of attachments, against plain copies of the same bytes.

Attachments are random (incompressible, like JPEG scans and PDFs), so they are STORED in the
ZIP; case.json is deflated. "save" is save_case on an opened case whose attachments were
already checked: it writes a temp file (copying stored attachments as they are), fsyncs it,
keeps the backup and replaces the file. The "first save" after opening also checks each
stored attachment's CRC-32 on the way. "open" is open_case (private copy of the file,
directory and case.json checks, lock); "open + verify" also reads every attachment back
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

from imwu_desktop.services.casefile import new_store, open_case, save_case

TARGET_RATIO = 2.0


def _median_ms(action: Callable[[], object], runs: int,
               after: Callable[[object], None] | None = None) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - start)
        if after is not None:
            after(result)
    return statistics.median(samples) * 1000


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
        copy = _median_ms(lambda: shutil.copy(path, folder / "copy.imwu"), args.runs)
        copy_sync = _median_ms(lambda: _copy_fsync(path, folder / "copy.imwu"), args.runs)
        with open_case(path) as opened:
            counter = iter(range(10**6))

            def save() -> None:
                opened.case.worker.given_names = f"run {next(counter)}"
                save_case(opened)

            save_ms = _median_ms(save, args.runs)

        def first_save() -> None:
            with open_case(path) as fresh:
                fresh.case.worker.given_names = "first"
                start = time.perf_counter()
                save_case(fresh)
                first_samples.append(time.perf_counter() - start)

        first_samples: list[float] = []
        for _ in range(args.runs):
            first_save()
        first_ms = statistics.median(first_samples) * 1000
        open_ms = _median_ms(lambda: open_case(path), args.runs,
                             after=lambda o: o.close())  # type: ignore[attr-defined]

        def open_verify() -> object:
            opened = open_case(path)
            opened.verify_attachments()
            return opened

        verify_ms = _median_ms(open_verify, args.runs,
                               after=lambda o: o.close())  # type: ignore[attr-defined]
    print(f"Case file, {size_mb:.1f} MB ({args.mb} MB of incompressible attachments), "
          f"median of {args.runs} runs, {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    print("| operation | median ms | plain copy ms | ratio | target |")
    print("|---|---:|---:|---:|---|")
    rows = [
        ("save (fsync, backup, replace)", save_ms, copy),
        ("save vs copy + fsync", save_ms, copy_sync),
        ("first save after open (checks every CRC-32)", first_ms, copy),
        ("open (checks, private copy, lock)", open_ms, copy),
        ("open + verify every SHA-256", verify_ms, copy),
    ]
    for label, ms, base in rows:
        ratio = ms / base
        verdict = "met" if ratio <= TARGET_RATIO else "missed"
        target = f"≤ {TARGET_RATIO:g}x ({verdict})" if label in ("save (fsync, backup, replace)",
                                                              "open (checks, private copy, lock)") \
            else "(information)"
        print(f"| {label} | {ms:.1f} | {base:.1f} | {ratio:.2f}x | {target} |")


if __name__ == "__main__":
    main()
