"""Reading the passport MRZ from a scan: speed on a 12-megapixel phone photo, accuracy on
generated pages, and what the reader adds to the bundle; Tesseract compared when installed.

Targets (ours): under 3 s (median) for a 12 MP photo on one core, so the user waits on a
progress bar but not for long; zero wrong values accepted; nothing added to the install
beyond the reader's own ~100 KB of code and templates.
Run: .venv/bin/python -m benchmarks.bench_mrz_ocr [--runs N] [--pages N] [--tesseract]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from imwu_desktop.domain.mrz import Mrz, MrzFormatError, parse_td3, proposed_worker_fields
from imwu_desktop.resources import resource_path
from imwu_desktop.services import passport_ocr
from imwu_desktop.services.passport_ocr import read_mrz_from_file
from imwu_desktop.services.passport_ocr.classify import LINE1_TYPES, LINE2_TYPES
from imwu_desktop.services.passport_ocr.load import load_page
from imwu_desktop.services.passport_ocr.reader import candidates
from imwu_desktop.services.passport_ocr.templates import FILE_NAME
from tests.data.passport_pages import (
    MONO,
    Shot,
    jpeg_bytes,
    passport_page,
    photograph,
    random_mrz,
    render_case,
    suite,
)

TODAY = date(2026, 11, 25)
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
TARGET_12MP_S = 3.0
_WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def twelve_megapixel_photo(seed: int = 12) -> bytes:
    rng = random.Random(seed)
    page = passport_page(random_mrz(rng), rng, dpi=600)
    photo = photograph(page, Shot(long_side=4000, tilt=2.5, blur=0.8, noise=10, fill=0.6), rng)
    assert photo.width * photo.height >= 12_000_000
    return jpeg_bytes(photo, 90)


def accuracy(read: Callable[[bytes], tuple[bool, dict[str, object]]], pages: int,
             font: str) -> tuple[int, int, float]:
    """(read with every check digit passing, wrong values accepted, median seconds)."""
    ok = wrong = 0
    times = []
    for i, (truth, shot, container) in enumerate(suite(seed=11, count=pages)):
        data = render_case(truth, shot, container, 5000 + i, font_path=font)
        start = time.perf_counter()
        accepted, fields = read(data)
        times.append(time.perf_counter() - start)
        expected: dict[str, object] = proposed_worker_fields(parse_td3(truth.text, today=TODAY))
        expected["mrz"] = truth.text
        wrong += any(expected.get(k) != v for k, v in fields.items())
        ok += accepted
    return ok, wrong, statistics.median(times)


def ours(data: bytes) -> tuple[bool, dict[str, object]]:
    result = read_mrz_from_file(data, today=TODAY)
    return result.ok, result.fields


_TO_DIGIT = str.maketrans("OQDIZSBG", "00012586")
_TO_LETTER = str.maketrans("012586", "OIZSBG")


def by_field_type(line: str, types: tuple[str, ...]) -> str:
    """Tesseract knows no MRZ layout: fix look-alikes where the position allows only digits
    or only letters (the same knowledge our reader uses), leaving mixed fields alone."""
    if len(line) != len(types):
        return line
    out = []
    for ch, allowed in zip(line, types, strict=True):
        if ch not in allowed:
            ch = ch.translate(_TO_DIGIT) if allowed[0].isdigit() else ch.translate(_TO_LETTER)
        out.append(ch)
    return "".join(out)


def tesseract(data: bytes) -> tuple[bool, dict[str, object]]:
    """Tesseract (eng, whitelist, one line per call) on the same candidate strips, with
    look-alikes fixed by field type."""
    with tempfile.TemporaryDirectory() as tmp:
        for candidate in candidates(load_page(data)):
            lines = []
            for n, strip in enumerate((candidate.line1, candidate.line2)):
                path = Path(tmp) / f"line{n}.png"
                strip.save(path)
                out = subprocess.run(
                    ["tesseract", str(path), "stdout", "--psm", "7", "-l", "eng",
                     "-c", f"tessedit_char_whitelist={_WHITELIST}"],
                    capture_output=True, text=True, check=False).stdout
                types = LINE1_TYPES if n == 0 else LINE2_TYPES
                lines.append(by_field_type("".join(out.split()), types))
            try:
                mrz: Mrz = parse_td3("\n".join(lines), today=TODAY)
            except MrzFormatError:
                continue
            if mrz.valid:
                fields = proposed_worker_fields(mrz)
                fields["mrz"] = f"{mrz.line1}\n{mrz.line2}"
                return True, fields
    return False, {}


def bundle_bytes() -> int:
    """What the reader adds to an install: its modules (the template builder is dev-only)."""
    folder = Path(passport_ocr.__file__).parent
    code = sum(p.stat().st_size for p in folder.glob("*.py") if p.name != "build_templates.py")
    return code + resource_path("ocr", FILE_NAME).stat().st_size


def tesseract_bytes() -> int | None:
    """Installed size of Debian's tesseract-ocr + libtesseract5 + eng data (dpkg's own count)."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Installed-Size}\\n", "tesseract-ocr",
                          "libtesseract5", "tesseract-ocr-eng", "liblept5"],
                         capture_output=True, text=True, check=False)
    sizes = [int(v) for v in out.stdout.split() if v.isdigit()]
    return sum(sizes) * 1024 if out.returncode == 0 and sizes else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--tesseract", action="store_true",
                        help="also run Tesseract on the same strips (slow)")
    args = parser.parse_args()

    photo = twelve_megapixel_photo()
    samples, result = [], None
    for _ in range(args.runs):
        start = time.perf_counter()
        result = read_mrz_from_file(photo, today=TODAY)
        samples.append(time.perf_counter() - start)
    assert result is not None
    median = statistics.median(samples)
    print("| measure | value | target | ratio |")
    print("| --- | --- | --- | --- |")
    print(f"| 12 MP photo, read MRZ (median of {args.runs}, ok={result.ok}) | {median:.2f} s "
          f"| {TARGET_12MP_S:.1f} s | {median / TARGET_12MP_S:.2f} |")
    print(f"| bundle added by the built-in reader | {bundle_bytes() / 1024:.0f} KB | - | - |")
    fonts = [("DejaVu Sans Mono", MONO)] + ([("OCR-B", OCRB)] if Path(OCRB).exists() else [])
    for name, font in fonts:
        ok, wrong, med = accuracy(ours, args.pages, font)
        print(f"| built-in reader, {name} pages: read / wrong / median | {ok}/{args.pages} "
              f"({ok / args.pages:.0%}) / {wrong} / {med:.2f} s | wrong = 0 | - |")
    if args.tesseract and shutil.which("tesseract"):
        size = tesseract_bytes()
        shown = f"{size / 1024 / 1024:.1f} MB" if size else "unknown"
        print(f"| Tesseract 5 + eng data, installed size (system package) | {shown} | - | - |")
        for name, font in fonts:
            ok, wrong, med = accuracy(tesseract, args.pages, font)
            print(f"| Tesseract (eng, whitelist, psm 7, field-type fixes), {name} pages: "
                  f"read / wrong / median | {ok}/{args.pages} ({ok / args.pages:.0%}) / "
                  f"{wrong} / {med:.2f} s | - | - |")


if __name__ == "__main__":
    main()
