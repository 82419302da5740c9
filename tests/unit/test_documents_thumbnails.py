"""Checklist thumbnails: PDFs through Qt's renderer (offscreen), images through Pillow."""

from __future__ import annotations

import time

import pytest

from imwu_desktop.gui.thumbnails import pdf_thumbnail, thumbnail
from imwu_desktop.services.documents.convert import image_to_pdf
from tests.data import generate_scans as scans


@pytest.mark.usefixtures("qapp")
def test_text_pdf_thumbnail_is_white_paper_with_ink() -> None:
    image = pdf_thumbnail(scans.text_pdf("Job offer"), 160)
    assert image is not None
    assert (image.width(), image.height()) == (124, 160)  # Letter proportions
    assert image.pixelColor(2, 2).lightness() == 255  # painted over white, not transparent
    assert min(image.pixelColor(x, y).lightness() for x in range(image.width())
               for y in range(10, 40)) < 200  # the title is drawn


@pytest.mark.usefixtures("qapp")
def test_passport_photo_thumbnail_is_landscape_and_pink() -> None:
    image = thumbnail(image_to_pdf(scans.passport_photo(), "p.jpg").pdf, 200)
    assert image is not None and image.width() == 200 and image.height() < 200
    centre = image.pixelColor(100, image.height() // 2)
    assert centre.red() > centre.green()


@pytest.mark.usefixtures("qapp")
def test_image_files_get_a_thumbnail_too() -> None:
    image = thumbnail(scans.scanned_diploma(), 120)
    assert image is not None and image.width() == 120


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("make", [scans.encrypted_pdf, scans.truncated_pdf,
                                  scans.zero_byte_pdf, scans.not_really_pdf])
def test_unreadable_files_give_no_thumbnail_and_no_crash(make) -> None:  # type: ignore[no-untyped-def]
    assert thumbnail(make(), 120, "x.pdf") is None


@pytest.mark.usefixtures("qapp")
def test_enormous_page_is_refused_quickly() -> None:
    started = time.monotonic()
    assert pdf_thumbnail(scans.enormous_page_pdf(), 120) is None
    assert time.monotonic() - started < 10


@pytest.mark.usefixtures("qapp")
def test_a_page_with_a_content_bomb_gets_no_thumbnail_quickly() -> None:
    started = time.monotonic()
    assert pdf_thumbnail(scans.content_bomb_pdf(), 120) is None
    assert time.monotonic() - started < 5
