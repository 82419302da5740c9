"""Peak memory of preparing documents: our preparation alone, one input per fresh process.

bench_shrink's own peak RSS also counts its test-data generation (the 10-page package is made
from ten decoded pages held at once), its harness and Ghostscript; this benchmark isolates our
part. The inputs (the same ones bench_shrink builds, from tests/data/generate_scans.py) are
written to files by a process of their own (on Linux a child inherits its parent's peak RSS,
so the parent must stay small); then each input runs in a fresh subprocess that imports the
app and does only one of:
- "prepare": `prepare_attachments` on a case holding that one file (the app's whole
  preparation: check or convert, shrink to the real 4 MB budget, write the attachment; a
  fresh shrink cache, so nothing is reused);
- "floor": `shrink_to_fit` of the converted PDF down to the legibility floor (budget 1 byte,
  the heaviest search, as bench_shrink's "ours, floor" row).
Columns: the child's peak RSS (`ru_maxrss`), its peak before the work (interpreter and
imports; for "floor" also the PDF in memory), what the work added, and that against the
input's size. Output sizes are printed so a change in memory can be checked to leave results
alone (two sizes when the runs differed).
Run: .venv/bin/python -m benchmarks.bench_shrink_memory [--runs N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("prepare", "floor")


def _rss_mb() -> float:
    """This process's peak RSS so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# --- the inputs (made in a process of their own; their generation is not measured) --------

def _write_inputs(folder: Path) -> list[tuple[str, Path, str]]:
    """(name, file, checklist item) of each input, written into `folder` with its PDF (as
    the app converts it) beside it."""
    from imwu_desktop.services.documents.prepare import examine
    from tests.data import generate_scans as scans

    page = scans.jpeg_bytes(scans.scanned_page(0), quality=92)
    inputs = [
        ("1 page A4 scan, 300 dpi", "page.jpg", page, "job_offer"),
        ("10-page scan package, 300 dpi", "package.pdf", scans.scanned_package_pdf(10), "cv"),
        ("passport phone photo, 12 MP", "passport.jpg", scans.passport_photo(), "passport"),
        ("diploma scan, 300 dpi colour", "diploma.jpg", scans.scanned_diploma(), "diploma"),
    ]
    found = []
    for name, file_name, data, item in inputs:
        path = folder / file_name
        path.write_bytes(data)
        path.with_suffix(".converted.pdf").write_bytes(examine(data, file_name).pdf)
        found.append((name, path, item))
    return found


# --- the child: one input, one mode -----------------------------------------------------------

def _child(mode: str, path: Path, item: str) -> dict[str, float | int]:
    from imwu_desktop.domain.case import Case, Document
    from imwu_desktop.services.documents.prepare import prepare_attachments
    from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit

    with tempfile.TemporaryDirectory(prefix="imwu-mem-") as tmp:
        if mode == "prepare":  # the input stays on disk until the preparation reads it
            case = Case()
            case.worker.family_name = "Dupont"
            with path.open("rb") as stream:
                sha = hashlib.file_digest(stream, "sha256").hexdigest()
            case.documents.append(Document(item=item, sha256=sha, file_name=path.name,
                                           size=path.stat().st_size))

            def open_attachment(_sha256: str) -> BytesIO:
                return BytesIO(path.read_bytes())  # as the case file does: a fresh read

            before = _rss_mb()
            package = prepare_attachments(case, open_attachment, Path(tmp) / "out",
                                          cache_dir=Path(tmp) / "cache")
            sizes = [f.size for f in package.files]
        else:  # the input converted to PDF by the parent: only the shrink is measured
            pdf = path.with_suffix(".converted.pdf").read_bytes()
            before = _rss_mb()
            result = shrink_to_fit([PackageDoc("x.pdf", "x", pdf, item == "passport")],
                                   budget_bytes=1)
            sizes = [len(p) for p in result.pdfs]
    return {"before_mb": before, "peak_mb": _rss_mb(), "out_bytes": sum(sizes)}


def _run(*args: str) -> str:
    """The last line printed by this module run with `args` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_shrink_memory", *args],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3,
                        help="fresh processes per input and mode (the median is shown)")
    parser.add_argument("--only", default="", help="run the inputs whose name contains this")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "ITEM"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--make-inputs", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, file, item = args.child
        print(json.dumps(_child(mode, Path(file), item)))
        return
    if args.make_inputs:
        print(json.dumps([(n, str(p), i) for n, p, i in _write_inputs(Path(args.make_inputs))]))
        return
    print(f"# bench_shrink_memory ({os.cpu_count()} cores; a fresh process per input, mode and "
          f"run; peak RSS from ru_maxrss, the median of {args.runs} run(s): two images are encoded "
          "at once, so the peak varies with how they overlap)\n")
    print("| input | mode | in | out | peak RSS | before work | added by the work "
          "| added / in |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="imwu-mem-in-") as tmp:
        # made in another process: a child inherits its parent's peak RSS on Linux, so this
        # one must stay small
        for name, file, item in json.loads(_run("--make-inputs", tmp)):
            if args.only not in name:
                continue
            path = Path(file)
            size = path.stat().st_size
            for mode in MODES:
                runs: list[dict[str, float]] = [json.loads(_run("--child", mode, file, item))
                                                for _ in range(max(1, args.runs))]
                peak = statistics.median(r["peak_mb"] for r in runs)
                before = statistics.median(r["before_mb"] for r in runs)
                out = {int(r["out_bytes"]) for r in runs}
                shown = " / ".join(f"{b / 1e6:.3f}" for b in sorted(out)) + " MB"
                added = peak - before
                print(f"| {name} | {mode} | {size / 1e6:.2f} MB | {shown} | {peak:.0f} MB | "
                      f"{before:.0f} MB | {added:.0f} MB | {added * 2**20 / size:.1f}x |")


if __name__ == "__main__":
    main()
