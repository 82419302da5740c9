"""Preparing documents keeps memory bounded: a scan package is not held in memory several
times over, and big images are not decoded two at a time (the app shrinks in a background
thread on laptops that may have 4 GB and other programs open).

Python's own allocations (the PDF's bytes and their copies) are measured with tracemalloc;
decoded pixels live in Pillow's memory, so their bound is checked by watching the decoder.
"""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from imwu_desktop.services.documents import recode, shrink
from imwu_desktop.services.documents.pdfimage import ImagePage, PdfImage, build_pdf
from imwu_desktop.services.documents.pdfread import open_pdf
from imwu_desktop.services.documents.pdfscan import find_images
from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit
from tests.data import generate_scans as scans

PAGE_PX = (1240, 1754)  # A4 at 150 dpi: small enough to keep the tests fast


@cache
def _package(pages: int = 4) -> bytes:
    """A scanned package: one colour JPEG per A4 page."""
    parts = []
    for index in range(pages):
        jpeg = scans.jpeg_bytes(scans.scanned_page(index, PAGE_PX), quality=95, dpi=150)
        image = PdfImage(jpeg, *PAGE_PX, "DeviceRGB", 8, "DCTDecode")
        parts.append(ImagePage(595.0, 842.0, image, (595.0, 0.0, 0.0, 842.0, 0.0, 0.0)))
    return build_pdf(parts)


def _traced_peak(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_a_package_does_not_copy_it() -> None:
    pdf = _package()
    peak = _traced_peak(lambda: find_images(open_pdf(pdf)))
    # pypdf used to copy the whole file at opening and keep every page's image: 2x
    assert peak < 0.5 * len(pdf)


def test_shrinking_a_package_holds_less_than_one_more_copy_of_it() -> None:
    pdf = _package()
    peak = _traced_peak(lambda: shrink_to_fit([PackageDoc("p.pdf", "the package", pdf)],
                                              budget_bytes=1))
    # every image's bytes were kept for the run and each opening copied the file: 3x
    assert peak < 1.5 * len(pdf)


def _watch_decoding(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many JPEGs are being decoded at once (each decode lasts a little longer)."""
    lock, now, most = threading.Lock(), [0], [0]
    real = recode.decode_jpeg

    def watched(*args: Any, **kwargs: Any) -> recode.Decoded:
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
        try:
            time.sleep(0.05)
            return real(*args, **kwargs)
        finally:
            with lock:
                now[0] -= 1

    monkeypatch.setattr(recode, "decode_jpeg", watched)
    return most


def test_big_images_are_decoded_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _package()
    docs = [PackageDoc("p.pdf", "the package", pdf)]
    budget = 1_000_000  # the floor fits: every image is looked at once, in a full first pass
    side_by_side = _watch_decoding(monkeypatch)
    expected = shrink_to_fit(docs, budget_bytes=budget, workers=2)
    assert side_by_side == [2]  # small pages: both cores work

    monkeypatch.setattr(shrink, "PIXELS_AT_ONCE", PAGE_PX[0] * PAGE_PX[1] * 3 // 2)
    alone = _watch_decoding(monkeypatch)
    bounded = shrink_to_fit(docs, budget_bytes=budget, workers=2)
    assert alone == [1]
    assert bounded.pdfs == expected.pdfs and bounded.fits
