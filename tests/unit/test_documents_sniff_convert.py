"""Recognising files by content, and turning images into PDF pages at their true size."""

from __future__ import annotations

import re
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from imwu_desktop.services.documents.convert import image_to_pdf
from imwu_desktop.services.documents.errors import (
    DamagedDocument,
    EmptyDocument,
    TooLargeDocument,
    UnsupportedDocument,
)
from imwu_desktop.services.documents.sniff import HEIF, JPEG, PDF, PNG, TIFF, sniff
from imwu_desktop.services.documents.thumbnails import image_thumbnail
from tests.data import generate_scans as scans


def _png(size: tuple[int, int] = (300, 200), dpi: int | None = None, mode: str = "RGB") -> bytes:
    out = BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    Image.new(mode, size, "white").save(out, "PNG", **extra)
    return out.getvalue()


def _docx() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def test_types_come_from_content_not_from_the_name() -> None:
    jpeg = scans.jpeg_bytes(Image.new("RGB", (20, 20)))
    tiff = BytesIO()
    Image.new("L", (20, 20)).save(tiff, "TIFF")
    assert sniff(jpeg[:4096], "scan.pdf") == JPEG
    assert sniff(_png()[:4096], "photo.jpg") == PNG
    assert sniff(tiff.getvalue()[:4096], "x") == TIFF
    assert sniff(b"garbage\n%PDF-1.4\n...", "letter") == PDF


def test_heic_from_a_phone_is_recognised_and_converted() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 30)).save(out, "HEIF", quality=80)
    data = out.getvalue()
    assert sniff(data[:4096], "IMG_0001.HEIC") == HEIF
    pdf = PdfReader(BytesIO(image_to_pdf(data, "IMG_0001.HEIC").pdf))
    assert len(pdf.pages) == 1
    assert (float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)) == (
        792.0, 612.0)  # a landscape photo fits a landscape Letter page


@pytest.mark.parametrize(("data", "name", "advice"), [
    (_docx(), "letter.docx", "Word document; open it and save or print it as PDF"),
    (_docx(), "letter.pdf", "even though its name ends in .pdf"),
    (b"PK\x03\x04" + b"\0" * 100, "scans.zip", "unzip it"),
    (b"<!DOCTYPE html><html>", "offer.pdf", "print it to PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 50, "old.doc", "save or print it as PDF"),
])
def test_other_files_get_a_message_saying_what_to_do(data: bytes, name: str,
                                                     advice: str) -> None:
    with pytest.raises(UnsupportedDocument) as raised:
        sniff(data[:4096], name, whole=data)
    assert advice in str(raised.value)
    assert name in str(raised.value)


def test_an_empty_file_is_explained() -> None:
    with pytest.raises(EmptyDocument, match="empty"):
        sniff(b"", "passport.pdf")


def test_a_declared_resolution_gives_the_true_page_size() -> None:
    data = scans.jpeg_bytes(Image.new("RGB", (2550, 3300), "white"), dpi=300)
    page = PdfReader(BytesIO(image_to_pdf(data, "scan.jpg").pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)


def test_the_jpeg_is_embedded_unchanged() -> None:
    data = scans.jpeg_bytes(scans.scanned_page(0).resize((620, 877)), dpi=75)
    pdf = PdfReader(BytesIO(image_to_pdf(data, "scan.jpg").pdf))
    image = pdf.pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert image["/Filter"] == "/DCTDecode"
    assert image._data == data  # byte for byte: no generation loss


def test_phone_photo_is_upright_and_fits_a_letter_page(tmp_path: Path) -> None:
    converted = image_to_pdf(scans.passport_photo(), "IMG_2041.jpg")
    page = PdfReader(BytesIO(converted.pdf)).pages[0]
    # stored sideways (EXIF 6): shown landscape, like the passport was photographed
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (792.0, 612.0)
    path = tmp_path / "p.pdf"
    path.write_bytes(converted.pdf)
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-singlefile", str(path),
                    str(tmp_path / "p")], check=True)
    shown = Image.open(tmp_path / "p.png").convert("RGB")
    # the MRZ (dark text on the pink page) is at the bottom when upright
    bottom = shown.crop((40, shown.height * 2 // 3, shown.width - 40, shown.height - 40))
    assert bottom.convert("L").getextrema()[0] < 90


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_shows_the_image_upright(orientation: int,
                                                       tmp_path: Path) -> None:
    upright = Image.new("RGB", (400, 200), "white")
    draw = ImageDraw.Draw(upright)
    draw.rectangle((0, 0, 40, 199), fill="black")  # left bar
    draw.rectangle((0, 0, 199, 40), fill="red")  # top bar
    undo = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
            6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_270}.get(orientation)
    stored = upright.transpose(undo) if undo is not None else upright
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = scans.jpeg_bytes(stored, quality=95, dpi=100, exif=exif)
    (tmp_path / "o.pdf").write_bytes(image_to_pdf(data, "o.jpg").pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(tmp_path / "o.pdf"),
                    str(tmp_path / "o")], check=True)
    shown = Image.open(tmp_path / "o.png").convert("RGB")
    assert shown.size == (400, 200)
    assert max(shown.getpixel((10, 150))) < 60  # black bar on the left
    red = shown.getpixel((150, 10))
    assert red[0] > 200 and red[1] < 60  # red bar on top
    assert min(shown.getpixel((300, 150))) > 200


def test_multi_page_tiff_gives_one_page_per_frame() -> None:
    frames = [Image.new("L", (850, 1100), 255 - 40 * i) for i in range(3)]
    out = BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    converted = image_to_pdf(out.getvalue(), "scan.tif")
    assert converted.pages == 3
    assert len(PdfReader(BytesIO(converted.pdf)).pages) == 3


def test_transparent_png_is_painted_over_white(tmp_path: Path) -> None:
    out = BytesIO()
    Image.new("RGBA", (850, 1100), (0, 0, 0, 0)).save(out, "PNG", dpi=(100, 100))
    (tmp_path / "t.pdf").write_bytes(image_to_pdf(out.getvalue(), "t.png").pdf)
    subprocess.run(["pdftoppm", "-r", "10", "-png", "-singlefile", str(tmp_path / "t.pdf"),
                    str(tmp_path / "t")], check=True)
    assert Image.open(tmp_path / "t.png").convert("L").getextrema()[0] > 240


def test_a_low_resolution_image_gets_advice() -> None:
    data = _png((600, 800))  # no resolution: fitted to Letter, ~73 dpi
    converted = image_to_pdf(data, "tiny.png")
    assert any(re.search(r"'tiny.png' is only 7\d dpi", w) and "300 dpi" in w
               for w in converted.warnings)
    assert not image_to_pdf(_png((2550, 3300), dpi=300), "fine.png").warnings


def test_a_cut_short_image_is_a_clear_error() -> None:
    data = scans.jpeg_bytes(scans.scanned_page(0).resize((620, 877)))
    with pytest.raises(DamagedDocument, match="cannot be read"):
        image_to_pdf(data[:200], "cut.jpg")
    with pytest.raises(DamagedDocument, match="cut short"):  # the header is whole, the scan not
        image_to_pdf(data[: len(data) // 2], "cut.jpg")


def test_too_many_pixels_are_refused_without_decoding() -> None:
    out = BytesIO()
    Image.new("1", (12000, 9000)).save(out, "PNG")  # 108 MP, tiny file
    with pytest.raises(TooLargeDocument, match="too many pixels"):
        image_to_pdf(out.getvalue(), "huge.png")


def test_thumbnail_is_small_and_upright() -> None:
    thumb = Image.open(BytesIO(image_thumbnail(scans.passport_photo(), 200)))
    assert max(thumb.size) == 200
    assert thumb.width > thumb.height  # upright: the passport page is landscape
