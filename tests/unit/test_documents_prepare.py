"""prepare_attachments: the case's documents become the request's attachments."""

from __future__ import annotations

import hashlib
import threading
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services.documents import budget
from imwu_desktop.services.documents.errors import Cancelled
from imwu_desktop.services.documents.prepare import prepare_attachments
from tests.data import generate_scans as scans


class Store:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.opened: list[str] = []

    def add(self, case: Case, item: str, name: str, data: bytes, label: str = "") -> str:
        sha = hashlib.sha256(data + name.encode()).hexdigest()
        self.files[sha] = data
        case.documents.append(Document(item=item, sha256=sha, file_name=name, size=len(data),
                                       label=label))
        return sha

    def open(self, sha256: str) -> BytesIO:
        self.opened.append(sha256)
        return BytesIO(self.files[sha256])


def _case() -> Case:
    case = Case()
    case.worker.family_name = "Dupont"
    return case


def test_files_for_one_item_are_merged_and_ordered(tmp_path: Path) -> None:
    case, store = _case(), Store()
    for month in ("May", "June", "July"):
        store.add(case, "other", f"payslip-{month}.pdf", scans.text_pdf(f"Pay slip {month}"),
                  label="Pay slips")
    store.add(case, "cv", "cv.pdf", scans.text_pdf("CV"))
    store.add(case, "passport", "passport.png", scans.jpeg_bytes(
        scans.scanned_page(0).resize((850, 1100)), dpi=100))
    letters = [("01-IMM5686-DUPONT.pdf", b"%PDF-1.4 letters"), ("02-cover-letter.pdf", b"%PDF")]
    package = prepare_attachments(case, store.open, tmp_path / "out", extra=letters, body="",
                                  headers={})
    assert package.ok
    assert [(f.file_name, f.pages) for f in package.files] == [
        ("03-passport-DUPONT.pdf", 1), ("04-cv-DUPONT.pdf", 1), ("05-pay-slips.pdf", 3)]
    merged = PdfReader(package.files[2].path)
    assert "Pay slip June" in merged.pages[1].extract_text()
    for prepared in package.files:
        assert prepared.path.read_bytes()[:5] == b"%PDF-"
        assert prepared.sha256 == hashlib.sha256(prepared.path.read_bytes()).hexdigest()
    every = [*letters, *((f.file_name, f.path.read_bytes()) for f in package.files)]
    assert package.encoded_size == budget.encoded_message_size(every, "", {})


def test_one_bad_file_is_reported_and_the_others_still_prepared(tmp_path: Path) -> None:
    case, store = _case(), Store()
    store.add(case, "cv", "cv.docx", scans.not_really_pdf())
    store.add(case, "diploma", "diploma.pdf", scans.encrypted_pdf("pw"))
    store.add(case, "job_offer", "offer.pdf", b"")
    store.add(case, "company_letter", "letter.pdf", scans.text_pdf("Letter"))
    package = prepare_attachments(case, store.open, tmp_path)
    assert not package.ok
    errors = {r.file_name: r.message for r in package.reports if r.severity == "error"}
    assert "save or print it as PDF" in errors["cv.docx"]
    assert "locked with a password" in errors["diploma.pdf"]
    assert "empty (0 bytes)" in errors["offer.pdf"]
    assert [f.item for f in package.files] == ["company_letter"]


def test_a_typed_password_unlocks_the_document(tmp_path: Path) -> None:
    case, store = _case(), Store()
    sha = store.add(case, "diploma", "diploma.pdf", scans.encrypted_pdf("pw"))
    package = prepare_attachments(case, store.open, tmp_path, passwords={sha: "pw"})
    assert package.ok
    assert not PdfReader(package.files[0].path).is_encrypted
    assert any("unlocked" in r.message for r in package.reports)


def test_originals_are_never_changed(tmp_path: Path) -> None:
    case, store = _case(), Store()
    store.add(case, "other", "scan.pdf", scans.scanned_package_pdf(2), label="Scans")
    before = dict(store.files)
    prepare_attachments(case, store.open, tmp_path, extra=[("big.pdf", b"x" * 2_500_000)])
    assert store.files == before


def test_cancel_before_start(tmp_path: Path) -> None:
    case, store = _case(), Store()
    store.add(case, "cv", "cv.pdf", scans.text_pdf("CV"))
    token = threading.Event()
    token.set()
    with pytest.raises(Cancelled):
        prepare_attachments(case, store.open, tmp_path, cancel=token)
    assert not list(tmp_path.glob("*.pdf"))


def test_progress_goes_from_start_to_done(tmp_path: Path) -> None:
    case, store = _case(), Store()
    store.add(case, "cv", "cv.pdf", scans.text_pdf("CV"))
    seen: list[float] = []
    prepare_attachments(case, store.open, tmp_path, progress=lambda f, _t: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_examine_tells_the_type_pages_and_advice_of_a_new_file() -> None:
    from imwu_desktop.services.documents.prepare import examine

    found = examine(scans.passport_photo(), "IMG_2041.HEIC")  # the name does not matter
    assert (found.media_type, found.pages, found.warnings) == ("image/jpeg", 1, [])
    assert found.pdf.startswith(b"%PDF-")
    found = examine(scans.text_pdf("Offer", pages=2), "offer.pdf")
    assert (found.media_type, found.pages) == ("application/pdf", 2)


def test_a_file_missing_from_the_case_file_is_reported(tmp_path: Path) -> None:
    case, store = _case(), Store()
    store.add(case, "cv", "cv.pdf", scans.text_pdf("CV"))
    case.documents.append(Document(item="diploma", sha256="0" * 64, file_name="diploma.pdf",
                                   size=10))
    package = prepare_attachments(case, store.open, tmp_path)
    errors = [r.message for r in package.reports if r.severity == "error"]
    assert errors == ["'diploma.pdf' could not be read from the case file; add it again from "
                      "the original."]
    assert [f.item for f in package.files] == ["cv"]


def test_with_the_real_case_file(tmp_path: Path) -> None:
    """Attachments go into a saved .imwu case file and come back out through its API."""
    from imwu_desktop.services.casefile import new_store, open_case, save_case

    (tmp_path / "passport.jpg").write_bytes(scans.passport_photo())
    (tmp_path / "offer.pdf").write_bytes(scans.text_pdf("Offer"))
    with new_store(_case()) as store:
        for name, item in (("passport.jpg", "passport"), ("offer.pdf", "job_offer")):
            store.case.documents.append(store.add_attachment(tmp_path / name, item=item))
        save_case(store, tmp_path / "dupont.imwu")
    with open_case(tmp_path / "dupont.imwu") as opened:
        package = prepare_attachments(opened.case, opened.open_attachment, tmp_path / "out")
    assert package.ok
    assert [(f.file_name, f.pages) for f in package.files] == [
        ("01-passport-DUPONT.pdf", 1), ("02-job-offer.pdf", 1)]


def test_prepared_copies_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    import stat

    case, store = _case(), Store()
    store.add(case, "passport", "passport.jpg", scans.jpeg_bytes(
        scans.scanned_page(0).resize((1240, 1754)), quality=95, dpi=150))
    out, cache = tmp_path / "out", tmp_path / "cache"
    package = prepare_attachments(case, store.open, out, cache_dir=cache,
                                  extra=[("big.pdf", b"x" * 2_500_000)])
    assert package.fits
    shrunk = list(cache.iterdir())
    assert shrunk  # the passport had to be reduced, so a derived copy was cached
    for path in [*shrunk, *(f.path for f in package.files)]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
