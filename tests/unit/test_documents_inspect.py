"""Every kind of bad PDF gets one clear sentence, quickly, and never a crash."""

from __future__ import annotations

import time
from collections.abc import Callable
from io import BytesIO

import pytest
from pypdf import PdfReader

from imwu_desktop.services.documents.errors import (
    DamagedDocument,
    EmptyDocument,
    PasswordRequired,
    UnsupportedDocument,
)
from imwu_desktop.services.documents.inspect import inspect_pdf
from imwu_desktop.services.documents.merge import merge_pdfs
from tests.data import generate_scans as scans

BOUND_SECONDS = 5.0


@pytest.mark.parametrize(("make", "error", "words"), [
    (scans.encrypted_pdf, PasswordRequired, "locked with a password; enter the password"),
    (scans.truncated_pdf, DamagedDocument, "damaged or incomplete"),
    (scans.zero_byte_pdf, EmptyDocument, "is empty (0 bytes)"),
    (scans.not_really_pdf, UnsupportedDocument, "Word document even though its name ends "
                                                "in .pdf"),
])
def test_bad_pdfs_are_refused_with_a_plain_sentence(make: Callable[[], bytes],
                                                    error: type[Exception], words: str) -> None:
    started = time.monotonic()
    with pytest.raises(error) as raised:
        inspect_pdf(make(), "passport.pdf")
    assert time.monotonic() - started < BOUND_SECONDS
    message = str(raised.value)
    assert words in message
    assert "'passport.pdf'" in message
    assert message.count(".") <= 3 and "\n" not in message  # one sentence, no traceback


def test_the_right_password_unlocks_and_the_copy_opens_without_one() -> None:
    check = inspect_pdf(scans.encrypted_pdf("s3cret"), "offer.pdf", password="s3cret")
    assert check.pages == 1 and check.was_encrypted and check.changed
    assert not PdfReader(BytesIO(check.pdf)).is_encrypted
    assert any("unlocked" in w for w in check.warnings)


def test_a_wrong_password_says_so() -> None:
    with pytest.raises(PasswordRequired, match=r"password for 'offer\.pdf' is not correct"):
        inspect_pdf(scans.encrypted_pdf("s3cret"), "offer.pdf", password="guess")


def test_restrictions_only_encryption_opens_without_asking() -> None:
    check = inspect_pdf(scans.owner_only_encrypted_pdf(), "cv.pdf")
    assert check.pages == 1
    assert not PdfReader(BytesIO(check.pdf)).is_encrypted


def test_a_repairable_pdf_is_repaired_and_the_user_told(
        capfd: pytest.CaptureFixture[str]) -> None:
    check = inspect_pdf(scans.broken_xref_pdf(), "letter.pdf")
    assert capfd.readouterr() == ("", "")  # pypdf's own complaints do not reach the console
    assert check.pages == 2 and check.repaired
    assert "was damaged and has been repaired" in check.warnings[0]
    assert len(PdfReader(BytesIO(check.pdf), strict=True).pages) == 2  # the copy is clean


def test_enormous_page_is_measured_not_rendered_and_explained() -> None:
    started = time.monotonic()
    check = inspect_pdf(scans.enormous_page_pdf(), "poster.pdf")
    assert time.monotonic() - started < BOUND_SECONDS
    assert check.page_sizes_pt == [(144000.0, 144000.0)]  # 200 in x UserUnit 10
    assert any("far larger than any paper" in w and "Letter or A4" in w
               for w in check.warnings)


def test_scripts_and_embedded_files_are_removed_with_a_warning() -> None:
    original = scans.pdf_with_script_and_attachment()
    check = inspect_pdf(original, "offer.pdf")
    assert any("JavaScript" in w for w in check.warnings)
    assert any("files embedded" in w for w in check.warnings)
    before = PdfReader(BytesIO(original)).trailer["/Root"]
    assert "/OpenAction" in before and "/EmbeddedFiles" in before["/Names"]  # as made
    after = PdfReader(BytesIO(check.pdf))
    root = after.trailer["/Root"]
    assert "/OpenAction" not in root
    assert "/EmbeddedFiles" not in root.get("/Names", {})
    assert "With extras" in after.pages[0].extract_text()  # the content itself stays


def test_form_fields_are_kept_with_their_values() -> None:
    check = inspect_pdf(scans.pdf_with_form_fields(), "imm5686.pdf")
    assert check.has_form_fields and not check.changed
    fields = PdfReader(BytesIO(check.pdf)).get_fields() or {}
    assert fields["family_name"].get("/V") == "DUPONT"


def test_a_plain_pdf_passes_unchanged() -> None:
    data = scans.text_pdf("Job offer", pages=2)
    check = inspect_pdf(data, "offer.pdf")
    assert check.pdf is data and check.pages == 2 and not check.warnings


def test_merge_keeps_every_page_in_order() -> None:
    parts = [scans.text_pdf(f"Pay slip {m}") for m in ("May", "June", "July")]
    merged = PdfReader(BytesIO(merge_pdfs(parts)))
    assert len(merged.pages) == 3
    assert [p.extract_text().split("(")[0].strip() for p in merged.pages] == [
        "Pay slip May", "Pay slip June", "Pay slip July"]


def test_damaged_variants_never_crash_check_or_shrink() -> None:
    """Seeded corruptions (cut, overwritten, removed bytes) of three kinds of PDF: each is
    either usable or refused with a sentence; nothing else escapes, nothing hangs."""
    import random

    from imwu_desktop.errors import UserError
    from imwu_desktop.services.documents.convert import image_to_pdf
    from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit

    photo = scans.jpeg_bytes(scans.scanned_page(0).resize((620, 877)), dpi=75)
    bases = [scans.text_pdf("Fuzz", pages=3), image_to_pdf(photo).pdf,
             scans.pdf_with_form_fields()]
    rng = random.Random(5)
    outcomes = {"usable": 0, "refused": 0}
    started = time.monotonic()
    for _ in range(150):
        data = bytearray(rng.choice(bases))
        kind = rng.randrange(3)
        if kind == 0:
            data = data[:rng.randrange(len(data))]
        elif kind == 1:
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            start = rng.randrange(len(data))
            del data[start:start + rng.randint(1, 500)]
        try:
            check = inspect_pdf(bytes(data), "scan.pdf")
        except UserError as exc:
            assert "'scan.pdf'" in str(exc)
            outcomes["refused"] += 1
            continue
        result = shrink_to_fit([PackageDoc("scan.pdf", "the scan", check.pdf)],
                               budget_bytes=1000)
        assert result.pdfs[0]
        outcomes["usable"] += 1
    assert outcomes["usable"] > 10 and outcomes["refused"] > 10
    assert time.monotonic() - started < 30


def test_a_content_stream_bomb_is_checked_and_shrunk_in_bounded_time() -> None:
    from imwu_desktop.services.documents.shrink import PackageDoc, shrink_to_fit

    data = scans.content_bomb_pdf()
    started = time.monotonic()
    check = inspect_pdf(data, "bomb.pdf")
    result = shrink_to_fit([PackageDoc("bomb.pdf", "the bomb", check.pdf)], budget_bytes=1000)
    assert time.monotonic() - started < BOUND_SECONDS
    assert check.pages == 1 and result.pdfs[0] == check.pdf  # left as it is
