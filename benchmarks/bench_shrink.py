"""Shrinking scans: our shrink against Ghostscript's /ebook preset on the same inputs.

Inputs are made by tests/data/generate_scans.py (deterministic): one 300-dpi A4 scan of a
typed page, the 10-page 300-dpi scanned package (~38 MB), a 12 MP phone photo of a passport
page, and a 300-dpi colour diploma scan (images converted to PDF by our convert step first, so
both tools get the same PDF). Rows:
- "ours, fit 4 MB": shrink_to_fit with the real budget (the gentlest rung that fits the
  package; for a single document the budget is generous, so it may not need to change much);
- "ours, floor": the last rung (150 dpi, JPEG q60, text pages black and white at 300 dpi),
  the setting closest to /ebook's 150 dpi;
- "gs /ebook": `gs -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook` (a reference when installed;
  never a dependency).
"min dpi" is the lowest image resolution in the output, measured from the page placement.
Times are medians of --runs interleaved runs, no cache: wall time, and CPU time (ours: the
whole process, both worker threads; Ghostscript: the child process), which is the fairer
comparison when the machine is shared. Target: output no larger at equal or higher
resolution, and no slower than Ghostscript.
Run: .venv/bin/python -m benchmarks.bench_shrink [--runs N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from imwu_desktop.services.documents.convert import image_to_pdf
from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf
from imwu_desktop.services.documents.pdfscan import find_images
from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit
from tests.data import generate_scans as scans


def _inputs() -> list[tuple[str, bytes, bool]]:
    page = scans.jpeg_bytes(scans.scanned_page(0), quality=92)
    return [
        ("1 page A4 scan, 300 dpi", image_to_pdf(page, "page.jpg").pdf, False),
        ("10-page scan package, 300 dpi", scans.scanned_package_pdf(10), False),
        ("passport phone photo, 12 MP", image_to_pdf(scans.passport_photo(), "p.jpg").pdf,
         True),
        ("diploma scan, 300 dpi colour", image_to_pdf(scans.scanned_diploma(), "d.jpg").pdf,
         False),
    ]


def _min_dpi(pdf: bytes) -> float:
    with quiet_pypdf():
        images = find_images(open_pdf(pdf))
    return min((i.dpi for i in images), default=0.0)


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (Ghostscript runs as one)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _interleaved(actions: list[Callable[[], bytes]], runs: int
                 ) -> list[tuple[bytes, float, float]]:
    """Median wall and CPU time of each action; runs alternate between tools so load changes
    on a shared machine hit every tool alike (CPU time is the fairer figure under load)."""
    walls: list[list[float]] = [[] for _ in actions]
    cpus: list[list[float]] = [[] for _ in actions]
    outputs: list[bytes] = [b""] * len(actions)
    for _ in range(runs):
        for index, action in enumerate(actions):
            start, cpu = time.perf_counter(), _cpu_seconds()
            outputs[index] = action()
            walls[index].append(time.perf_counter() - start)
            cpus[index].append(_cpu_seconds() - cpu)
    return [(out, statistics.median(wall), statistics.median(cpu))
            for out, wall, cpu in zip(outputs, walls, cpus, strict=True)]


def _ours(pdf: bytes, protected: bool, budget_bytes: int | None) -> Callable[[], bytes]:
    def run() -> bytes:
        doc = PackageDoc("x.pdf", "x", pdf, protected)
        extra = {} if budget_bytes is None else {"budget_bytes": budget_bytes}
        return shrink_to_fit([doc], **extra).pdfs[0]  # type: ignore[arg-type]
    return run


def _ghostscript(pdf: bytes, folder: Path) -> Callable[[], bytes]:
    source, target = folder / "in.pdf", folder / "out.pdf"
    source.write_bytes(pdf)

    def run() -> bytes:
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dPDFSETTINGS=/ebook", f"-sOutputFile={target}", str(source)],
                       check=True, capture_output=True)
        return target.read_bytes()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="run the inputs whose name contains this")
    args = parser.parse_args()
    gs = shutil.which("gs")
    print(f"# bench_shrink ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{args.runs} interleaved runs, median; "
          f"Ghostscript: {'yes' if gs else 'not installed'})\n")
    print("| input | tool | in | out | out/in | min dpi | time s | cpu s | size vs gs "
          "| time vs gs | cpu vs gs |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf, protected in _inputs():
            if args.only not in name:
                continue
            labels = ["ours, fit 4 MB", "ours, floor"]
            actions = [_ours(pdf, protected, None), _ours(pdf, protected, 1)]
            if gs:
                labels.append("gs /ebook")
                actions.append(_ghostscript(pdf, Path(tmp)))
            results = _interleaved(actions, args.runs)
            reference = results[-1] if gs else None
            for label, (out, wall, cpu) in zip(labels, results, strict=True):
                versus = (f"{len(out) / len(reference[0]):.2f} | {wall / reference[1]:.2f} | "
                          f"{cpu / reference[2]:.2f}") if reference else "- | - | -"
                print(f"| {name} | {label} | {len(pdf) / 1e6:.2f} MB | "
                      f"{len(out) / 1e6:.3f} MB | {len(out) / len(pdf):.3f} | "
                      f"{_min_dpi(out):.0f} | {wall:.2f} | {cpu:.2f} | {versus} |")


if __name__ == "__main__":
    main()
