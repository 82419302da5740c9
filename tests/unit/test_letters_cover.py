"""Cover letter: what IMWU staff read first. Checked through pdftotext, as a reader sees it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from imwu_desktop.domain.case import Representative
from imwu_desktop.services.letters.cover_letter import build_cover_letter
from imwu_desktop.services.letters.sample import SAMPLE_ENCLOSURES, sample_case

TODAY = date(2026, 11, 25)


def pdf_text(path: Path) -> str:
    """The PDF's text with runs of white space (and non-breaking spaces) made single spaces."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True, timeout=30).stdout
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


def _logo() -> bytes:
    image = Image.new("RGB", (300, 120), "#b22222")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_english_letter_states_the_case(tmp_path: Path) -> None:
    path = build_cover_letter(sample_case("en"), tmp_path / "letter.pdf", SAMPLE_ENCLOSURES,
                              logo=_logo(), today=TODAY)
    text = pdf_text(path)
    for expected in [
        "Maple Robotics", "100 Queen St W, Suite 400", "Toronto ON M5H 2N2",
        "November 25, 2026", "International Mobility Workers Unit (IMWU)",
        "IRCC.IMWU-UMIT.IRCC@cic.gc.ca",
        "Subject: Request for an opinion on LMIA exemption code C63 – Łukasz Ňoño-Gößler",
        "Dear Officer,", "This request concerns this one exemption code only.",
        "Senior Robotics Engineer", "21301 (TEER 1)", "Toronto, Ontario",
        "February 1, 2027 to January 31, 2029 (2 years)", "$125,000 CAD per year", "40 hours",
        "EA1234567", "March 14, 1988", "123456782",
        "Maple Robotique SAS in Lyon", "Why we believe exemption C63 applies",
        # names from the exemption catalogue and the country list
        "falls under the LMIA exemption C63 (Intra-company transferees – specialized "
        "knowledge)", "is a citizen of Poland and lives in France.",
        "Employment contract (4 pages)", "Passport – biographic data page (1 page)",
        "anne.tremblay@maplerobotics.example", "+1 416 555 0101", "Sincerely,",
        "Anne Tremblay-Côté HR Manager Maple Robotics Inc.",
    ]:
        assert expected in text, expected
    reader = PdfReader(str(path))
    assert 1 <= len(reader.pages) <= 2
    assert len(reader.pages[0].images) == 1  # the logo is in the letterhead
    assert "Page 1 of" in text


def test_french_case_gives_a_french_letter(tmp_path: Path) -> None:
    path = build_cover_letter(sample_case("fr"), tmp_path / "lettre.pdf", SAMPLE_ENCLOSURES,
                              today=date(2026, 12, 1))
    text = pdf_text(path)
    for expected in [
        "1er décembre 2026", "Objet : Demande d'avis sur le code de dispense d'EIMT C63",
        "Łukasz Ňoño-Gößler", "Madame, Monsieur,", "Pologne", "la dispense d'EIMT C63 (",
        "Unité de la mobilité internationale des travailleurs (UMIT)", "Par courriel :",
        "Code CNP 2021", "21301 (FEER 1)", "du 1er février 2027 au 31 janvier 2029 (2 ans)",
        "125 000 $ CA par année", "Numéro d'entreprise", "Pièces jointes", "courriel",
        "salutations distinguées", "Page 1 de",
    ]:
        assert expected in text, expected
    assert "Subject" not in text and "Dear Officer" not in text


def test_work_permit_code_and_given_name_are_used(tmp_path: Path) -> None:
    case = sample_case("en")
    case.exemption.code = "R186(g)"
    path = build_cover_letter(case, tmp_path / "l.pdf", [], today=TODAY,
                              exemption_name="Performing artists")
    text = pdf_text(path)
    assert "work permit exemption R186(g) – Łukasz Ňoño-Gößler" in text
    assert "R186(g) (Performing artists)" in text
    assert "work without a work permit" in text
    assert "Enclosures" not in text  # nothing listed means no empty heading


def test_representative_is_named_with_licence(tmp_path: Path) -> None:
    case = sample_case("en")
    case.representative = Representative(name="Sofía Núñez", organization="Núñez Immigration",
                                          email="sofia@nunez.example", phone="+1 514 555 0199",
                                          membership_number="R512345", paid=True)
    text = pdf_text(build_cover_letter(case, tmp_path / "l.pdf", SAMPLE_ENCLOSURES,
                                       today=TODAY))
    assert "sent on our behalf by Sofía Núñez, Núñez Immigration, membership number R512345" \
        in text
    assert "sofia@nunez.example or by telephone at +1 514 555 0199" in text


def test_unreadable_logo_does_not_stop_the_letter(tmp_path: Path) -> None:
    path = build_cover_letter(sample_case("en"), tmp_path / "l.pdf", SAMPLE_ENCLOSURES,
                              logo=b"this is not an image", today=TODAY)
    assert "Maple Robotics" in pdf_text(path)
    assert len(PdfReader(str(path)).pages[0].images) == 0


def test_same_case_gives_the_same_bytes(tmp_path: Path) -> None:
    """The summary lists each file's SHA-256: rebuilding must not change it."""
    first = build_cover_letter(sample_case("en"), tmp_path / "a.pdf", SAMPLE_ENCLOSURES,
                               today=TODAY).read_bytes()
    second = build_cover_letter(sample_case("en"), tmp_path / "b.pdf", SAMPLE_ENCLOSURES,
                                today=TODAY).read_bytes()
    assert first == second


def test_a_mostly_empty_case_still_builds(tmp_path: Path) -> None:
    from imwu_desktop.domain.case import Case

    case = Case()
    case.worker.given_names = "Łukasz"
    case.exemption.code = "C63"
    path = build_cover_letter(case, tmp_path / "draft.pdf", [("Passport", None)], today=TODAY)
    text = pdf_text(path)
    assert "(No explanation has been written yet.)" in text
    assert "please contact" not in text  # no sentence with an empty address
    assert "Passport" in text


def test_a_brand_new_case_still_gets_its_letters(tmp_path: Path) -> None:
    """The Documents step measures the e-mail of a draft with nothing typed yet."""
    from imwu_desktop.domain.case import Case
    from imwu_desktop.services.letters import build_documents

    built = build_documents(Case(), tmp_path)
    assert all(Path(p).stat().st_size > 0 for p in built.values())
