"""Time to generate the cover letter, the IMM 5686 and the summary once imports are done.

Target (issue 6): under 150 ms for the three together on the reference machine.
Run: .venv/bin/python -m benchmarks.bench_letters [--runs N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.timing import median_ms

TARGET_MS = 150.0



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    start = time.perf_counter()
    import pypdf  # noqa: F401
    import reportlab.platypus  # noqa: F401

    from imwu_desktop.services.letters import build_documents
    from imwu_desktop.services.letters.cover_letter import build_cover_letter
    from imwu_desktop.services.letters.fonts import register_fonts
    from imwu_desktop.services.letters.imm5686 import build_imm5686
    from imwu_desktop.services.letters.imm5686_spec import load_form_spec
    from imwu_desktop.services.letters.sample import (
        SAMPLE_ENCLOSURES,
        sample_case,
        sample_logo,
    )
    from imwu_desktop.services.letters.summary import SummaryItem, build_summary

    import_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    register_fonts()
    load_form_spec()
    warm_ms = (time.perf_counter() - start) * 1000

    today = date(2026, 11, 25)
    logo = sample_logo()
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for lang in ("en", "fr"):
            case = sample_case(lang)
            items = [SummaryItem(d.label or d.item, d.file_name, d.pages, d.size, d.sha256)
                     for d in case.documents]
            build_documents(case, out, [], logo=logo, today=today)  # first-use caches
            rows.append((f"cover letter ({lang}, logo)", median_ms(
                lambda c=case: build_cover_letter(c, out / "l.pdf", SAMPLE_ENCLOSURES,
                                                  logo=logo, today=today), runs)))
            rows.append((f"IMM 5686 prepared ({lang})", median_ms(
                lambda c=case: build_imm5686(c, out / "f.pdf", today=today), runs)))
            rows.append((f"summary ({lang})", median_ms(
                lambda c=case, i=items: build_summary(c, out / "s.pdf", i, today=today), runs)))
            rows.append((f"**build_documents ({lang}): all three + hashes**", median_ms(
                lambda c=case: build_documents(c, out, [], logo=logo, today=today), runs)))

    print(f"Imports (reportlab, pypdf, letters): {import_ms:.0f} ms; fonts + form data: "
          f"{warm_ms:.0f} ms (once per process). Median of {runs} runs.\n")
    print("| step | median ms | target ms | ratio to target |")
    print("|---|---:|---:|---:|")
    for name, ms in rows:
        target = f"{TARGET_MS:.0f}" if name.startswith("**") else ""
        ratio = f"{ms / TARGET_MS:.2f}" if target else ""
        print(f"| {name} | {ms:.1f} | {target} | {ratio} |")


if __name__ == "__main__":
    main()
