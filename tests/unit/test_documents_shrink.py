"""Shrinking to fit: the whole request under 4 MB without losing legibility."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services.documents import budget
from imwu_desktop.services.documents.convert import image_to_pdf
from imwu_desktop.services.documents.errors import Cancelled
from imwu_desktop.services.documents.prepare import PreparedPackage, prepare_attachments
from imwu_desktop.services.documents.shrink import FLOOR_DPI, PackageDoc, shrink_to_fit
from imwu_desktop.services.mail.compose import Attachment, compose_request
from tests.data import generate_scans as scans

needs_poppler = pytest.mark.skipif(shutil.which("pdfimages") is None,
                                   reason="poppler-utils (pdfimages) is not installed")


def _images(path: Path) -> list[dict[str, str]]:
    """pdfimages -list, an independent reader of what the PDF really holds."""
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    names = out[0].split()
    return [dict(zip(names, re.split(r"\s+", line.strip()), strict=False)) for line in out[2:]]


class Store:
    """Attachment bytes by SHA-256, the way the case file hands them out."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, case: Case, item: str, name: str, data: bytes, label: str = "") -> None:
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        self.files[sha] = data
        case.documents.append(Document(item=item, sha256=sha, file_name=name, size=len(data),
                                       label=label))

    def open(self, sha256: str) -> BytesIO:
        return BytesIO(self.files[sha256])


def _case() -> Case:
    case = Case()
    case.worker.family_name, case.worker.given_names = "Dupont", "Claire"
    case.exemption.code = "C10"
    case.employer.legal_name = "Érable Robotique inc."
    case.contact.name, case.contact.email = "Jean Tremblay", "jean@erable.example"
    return case


@pytest.fixture(scope="module")
def big_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        tuple[Case, Store, PreparedPackage, list[tuple[str, bytes]]]]:
    case, store = _case(), Store()
    store.add(case, "passport", "IMG_2041.jpg", scans.passport_photo())
    texts = scans.text_pdfs()
    for item, data in texts.items():
        store.add(case, item, f"{item}.pdf", data)
    store.add(case, "diploma", "diploma-scan.jpg", scans.scanned_diploma())
    store.add(case, "other", "scan-package.pdf", scans.scanned_package_pdf(10),
              label="Contracts and pay slips")
    letters = [("01-IMM5686-DUPONT.pdf", scans.text_pdf("IMM 5686", paragraphs=30, pages=4)),
               ("02-cover-letter.pdf", scans.text_pdf("Cover letter", pages=2))]
    out = tmp_path_factory.mktemp("prepared")
    case.imwu_address = "imwu@example.org"
    package = prepare_attachments(case, store.open, out, extra=letters,
                                  cache_dir=out / "cache")  # module scope: no per-test home
    yield case, store, package, letters


@pytest.mark.slow
def test_the_built_request_is_at_most_4_mb(big_package) -> None:  # type: ignore[no-untyped-def]
    case, store, package, letters = big_package
    total_in = sum(len(d) for d in store.files.values())
    assert total_in > 40_000_000  # the scans really are big
    assert package.fits and package.ok, package.problem
    attachments = [Attachment(n, d) for n, d in letters] + [
        Attachment(f.file_name, f.path) for f in package.files]
    eml = compose_request(case, sender="jean@erable.example", to="imwu@example.org",
                          attachments=attachments)
    assert eml.size <= 4_000_000
    # the same message as the mail service's, but for Date and Message-ID (our stand-ins are
    # at least as long as theirs)
    assert 0 <= package.encoded_size - eml.size <= 40
    assert [f.file_name[3:] for f in package.files] == [
        "passport-DUPONT.pdf", "company-letter.pdf", "job-offer.pdf", "cv-DUPONT.pdf",
        "diploma-DUPONT.pdf", "contracts-and-pay-slips.pdf"]
    assert package.files[0].file_name.startswith("03-")  # after the two letters


@pytest.mark.slow
@needs_poppler
def test_every_scanned_page_keeps_150_dpi(big_package) -> None:  # type: ignore[no-untyped-def]
    _, _, package, _ = big_package
    scanned = [f for f in package.files if f.item in ("passport", "diploma", "other")]
    images = [row for f in scanned for row in _images(f.path)]
    assert len(images) == 12  # 1 passport + 1 diploma + 10 scanned pages
    for row in images:
        assert float(row["x-ppi"]) >= FLOOR_DPI and float(row["y-ppi"]) >= FLOOR_DPI, row


@pytest.mark.slow
@needs_poppler
def test_the_passport_page_stays_in_colour(big_package, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, _, package, _ = big_package
    passport = package.files[0]
    assert [row["color"] for row in _images(passport.path)] == ["rgb"]
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(passport.path),
                    str(tmp_path / "p")], check=True)
    red, green, _blue = Image.open(tmp_path / "p.png").convert("RGB").resize((1, 1),
                                                                           Image.BOX).getpixel(
        (0, 0))
    assert red - green > 20  # the pink passport page is still pink


@pytest.mark.slow
def test_reports_say_what_was_done(big_package) -> None:  # type: ignore[no-untyped-def]
    _, _, package, _ = big_package
    text = " ".join(r.message for r in package.reports)
    assert "black and white at 300 dpi" in text  # the typed scans
    assert "the passport page: colour images" in text


def test_a_package_that_fits_is_left_exactly_as_is() -> None:
    docs = [PackageDoc("a.pdf", "the letter", scans.text_pdf("A")),
            PackageDoc("b.pdf", "the photo", image_to_pdf(
                scans.jpeg_bytes(scans.scanned_page(0).resize((620, 877)), dpi=75)).pdf)]
    result = shrink_to_fit(docs)
    assert result.rung == 0 and result.fits
    assert all(out is doc.pdf for out, doc in zip(result.pdfs, docs, strict=True))


def _small_scans(count: int) -> list[PackageDoc]:
    page = scans.scanned_page(1).resize((1240, 1754))  # A4 at 150 dpi
    pdf = image_to_pdf(scans.jpeg_bytes(page, quality=95, dpi=150)).pdf
    return [PackageDoc(f"{i}.pdf", f"scan {i}", pdf) for i in range(count)]


@needs_poppler
def test_never_below_the_floor_and_the_problem_is_named(tmp_path: Path) -> None:
    photo = image_to_pdf(scans.passport_photo(), "IMG.jpg").pdf
    docs = [PackageDoc("p.pdf", "the passport page", photo, protected=True), *_small_scans(2)]
    result = shrink_to_fit(docs, budget_bytes=150_000)
    assert not result.fits
    assert "the passport page is the largest document" in result.problem
    assert "in colour at 200 to 300 dpi" in result.problem
    assert result.problem.startswith("Even at the lowest quality that stays readable")
    for index, pdf in enumerate(result.pdfs):
        (tmp_path / f"{index}.pdf").write_bytes(pdf)
        for row in _images(tmp_path / f"{index}.pdf"):
            assert float(row["x-ppi"]) >= FLOOR_DPI - 0.5


def test_the_passport_keeps_colour_while_others_turn_grey() -> None:
    diploma = image_to_pdf(scans.scanned_diploma(), "d.jpg").pdf
    photo = image_to_pdf(scans.passport_photo(), "p.jpg").pdf
    docs = [PackageDoc("p.pdf", "the passport page", photo, protected=True),
            PackageDoc("d.pdf", "the diploma", diploma), *_small_scans(3)]
    result = shrink_to_fit(docs, budget_bytes=1_500_000)
    assert result.fits
    by_title = {o.title: o for o in result.outcomes}
    assert by_title["the passport page"].colour_kept
    assert by_title["the diploma"].colour_kept  # its red seal is colour
    assert not by_title["scan 0"].colour_kept  # grey typed pages lose nothing as grey
    assert by_title["the passport page"].min_dpi >= by_title["scan 0"].min_dpi or (
        by_title["scan 0"].min_dpi >= 300)


def test_cancel_stops_the_work() -> None:
    token = threading.Event()
    calls: list[str] = []

    def progress(fraction: float, text: str) -> None:
        calls.append(text)
        if text.startswith("Trying"):
            token.set()

    with pytest.raises(Cancelled):
        shrink_to_fit(_small_scans(4), budget_bytes=300_000, progress=progress, cancel=token)
    assert calls


def test_shrunk_copies_are_cached_and_remade_when_inputs_change(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    docs = _small_scans(3)
    first = shrink_to_fit(docs, budget_bytes=400_000, cache_dir=cache)
    cached = sorted(cache.iterdir())
    assert cached and first.fits
    steps: list[str] = []
    again = shrink_to_fit(docs, budget_bytes=400_000, cache_dir=cache,
                          progress=lambda _f, text: steps.append(text))
    assert again.pdfs == first.pdfs and sorted(cache.iterdir()) == cached
    assert not [s for s in steps if s.startswith("Trying")]  # no search, no encoding
    assert [o.changes for o in again.outcomes] == [o.changes for o in first.outcomes]
    changed = [PackageDoc("x.pdf", "x", image_to_pdf(scans.jpeg_bytes(
        scans.scanned_page(2).resize((1240, 1754)), quality=95, dpi=150)).pdf), *docs[1:]]
    shrink_to_fit(changed, budget_bytes=400_000, cache_dir=cache)
    assert len(list(cache.iterdir())) > len(cached)


def test_the_estimate_used_for_the_search_is_the_final_size() -> None:
    docs = _small_scans(3)
    result = shrink_to_fit(docs, body="Hello\n", budget_bytes=500_000)
    real = budget.encoded_message_size([(d.file_name, p) for d, p in
                                        zip(docs, result.pdfs, strict=True)], "Hello\n", {})
    assert abs(real - result.encoded_size) < 200


def test_an_enormous_image_is_refused_without_decoding_it() -> None:
    import time

    started = time.monotonic()
    docs = [PackageDoc("poster.pdf", "the poster", scans.enormous_page_pdf()), *_small_scans(1)]
    result = shrink_to_fit(docs, budget_bytes=100_000)
    assert time.monotonic() - started < 10
    warnings = result.outcomes[0].warnings
    assert warnings and "20000 × 20000 pixels, too large to reduce" in warnings[0]
    assert "scan or export that page again at 300 dpi" in warnings[0]


def test_the_cache_is_pruned_oldest_first(tmp_path: Path) -> None:
    import os

    from imwu_desktop.services.documents.shrink import prune_cache

    for index in range(5):
        path = tmp_path / f"{index}.pdf"
        path.write_bytes(b"x" * 1000)
        os.utime(path, (1000 + index, 1000 + index))
    prune_cache(tmp_path, max_bytes=2500)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["3.pdf", "4.pdf"]


def test_floor_advice_for_an_ordinary_scan() -> None:
    result = shrink_to_fit(_small_scans(2), budget_bytes=10_000)
    assert not result.fits
    assert "scan 0 is the largest document" in result.problem
    assert "black and white or greyscale at 200 dpi" in result.problem
    assert "remove an optional document" in result.problem


def test_floor_advice_when_the_letters_are_the_problem() -> None:
    result = shrink_to_fit(_small_scans(1), extra=[("01-IMM5686.pdf", 900_000)],
                           budget_bytes=500_000)
    assert "because of the generated letters" in result.problem


@needs_poppler
def test_a_page_signed_in_blue_ink_keeps_its_colour(tmp_path: Path) -> None:
    from PIL import ImageDraw

    page = scans.scanned_page(1).resize((1240, 1754))
    draw = ImageDraw.Draw(page)
    for stroke in range(5):  # a signature: a few thin blue strokes
        draw.line((800 + 30 * stroke, 1500, 1000 + 20 * stroke, 1560 - 8 * stroke),
                  fill=(30, 60, 200), width=2)
    signed = image_to_pdf(scans.jpeg_bytes(page, quality=95, dpi=150)).pdf
    docs = [PackageDoc("signed.pdf", "the signed letter", signed), *_small_scans(1)]
    result = shrink_to_fit(docs, budget_bytes=600_000)
    assert result.fits
    for index, pdf in enumerate(result.pdfs):
        (tmp_path / f"{index}.pdf").write_bytes(pdf)
    assert [r["color"] for r in _images(tmp_path / "0.pdf")] == ["rgb"]
    assert [(r["color"], r["bpc"]) for r in _images(tmp_path / "1.pdf")] == [("gray", "1")]


@pytest.mark.slow
@needs_poppler
def test_the_passport_keeps_the_most_detail(big_package) -> None:  # type: ignore[no-untyped-def]
    _, _, package, _ = big_package
    by_item = {f.item: _images(f.path) for f in package.files}
    passport_dpi = float(by_item["passport"][0]["x-ppi"])
    assert passport_dpi >= 200
    assert passport_dpi >= float(by_item["diploma"][0]["x-ppi"])
