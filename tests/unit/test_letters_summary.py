"""Case summary and build_documents: the three PDFs the build command writes."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from test_letters_cover import pdf_text

from imwu_desktop.domain.case import Document, State, StatusEvent
from imwu_desktop.services.letters import build_documents
from imwu_desktop.services.letters.sample import sample_case

TODAY = date(2026, 11, 25)


def test_build_documents_writes_three_pdfs_and_the_summary_lists_their_hashes(
        tmp_path: Path) -> None:
    case = sample_case("en")
    paths = build_documents(case, tmp_path / "out", [], logo=None, today=TODAY)
    assert {p.name for p in paths.values()} == {"cover-letter.pdf", "imm5686.pdf",
                                                "summary.pdf"}
    summary = pdf_text(paths["summary"])
    assert len(PdfReader(str(paths["summary"])).pages) == 1
    for generated in (paths["cover_letter"], paths["imm5686"]):
        assert hashlib.sha256(generated.read_bytes()).hexdigest() in summary
    for doc in case.documents:
        assert doc.sha256 in summary and doc.file_name in summary
    for expected in ["Case summary – IMWU opinion request", "has not been sent yet",
                     "Will be sent to IRCC.IMWU-UMIT.IRCC@cic.gc.ca",
                     "Łukasz Ňoño-Gößler", "C63", "21301 (TEER 1)", "Total: 8 files",
                     "Proof of one year with the parent company", "payslips.pdf",
                     "Passport biographic data page"]:  # the checklist's name for the item
        assert expected in summary, expected
    letter = pdf_text(paths["cover_letter"])
    assert "IMM 5686 – Request for an opinion (prepared) (2 pages)" in letter
    assert "Proof of one year with the parent company (6 pages)" in letter


def test_summary_of_a_sent_case_says_when_and_where(tmp_path: Path) -> None:
    case = sample_case("fr")
    case.add_status(StatusEvent(State.SENT, at=datetime(2026, 11, 26, 15, 4, tzinfo=UTC),
                                recipient="IRCC.IMWU-UMIT.IRCC@cic.gc.ca",
                                message_id="<20261126.abc@maplerobotics.example>",
                                follow_up=date(2026, 12, 10)))
    paths = build_documents(case, tmp_path, [("Passeport", 1)], today=TODAY)
    summary = pdf_text(paths["summary"])
    for expected in ["Résumé du dossier", "a été transmise par courriel", "Envoyée",
                     "Destinataire IRCC.IMWU-UMIT.IRCC@cic.gc.ca", "26 novembre 2026",
                     "<20261126.abc@maplerobotics.example>", "Relance prévue le 10 décembre 2026",
                     "Lettre de présentation (cette demande)"]:
        assert expected in summary, expected
    assert "Passeport" in pdf_text(paths["cover_letter"])


def test_users_own_form_replaces_the_generated_one_in_the_lists(tmp_path: Path) -> None:
    case = sample_case("en")
    case.documents.append(Document("imm5686", "9" * 64, "IMM5686E-signed.pdf", 90_000,
                                   label="IMM 5686 completed in Adobe Reader", pages=2))
    paths = build_documents(case, tmp_path, [], today=TODAY)
    summary = pdf_text(paths["summary"])
    assert "IMM5686E-signed.pdf" in summary and "9" * 64 in summary
    assert "imm5686.pdf" not in summary
    assert "(prepared)" not in pdf_text(paths["cover_letter"])
