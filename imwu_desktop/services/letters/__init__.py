"""Generated documents: cover letter, IMM 5686 (prepared or official) and the case summary.

Qt-free; reportlab and pypdf are imported only when a document is built.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from imwu_desktop.domain.case import Case
from imwu_desktop.services.letters import lookups
from imwu_desktop.services.letters.texts import lang_of, t

COVER_LETTER = "cover-letter.pdf"
IMM5686 = "imm5686.pdf"
SUMMARY = "summary.pdf"

Enclosure = tuple[str, int | None]


def build_documents(case: Case, out_dir: Path, enclosures: Sequence[Enclosure] = (),
                    logo: bytes | None = None, today: date | None = None,
                    exemption_name: str | None = None) -> dict[str, Path]:
    """Write cover-letter.pdf, imm5686.pdf and summary.pdf into out_dir.

    enclosures: (label, pages) of every file sent, in order; empty means "the case's
    documents plus the prepared IMM 5686". Returns {"cover_letter", "imm5686", "summary"}.
    """
    from imwu_desktop.services.letters.cover_letter import build_cover_letter
    from imwu_desktop.services.letters.imm5686 import build_imm5686
    from imwu_desktop.services.letters.summary import SummaryItem, build_summary

    out_dir = Path(out_dir)
    lang = lang_of(case.language)
    form = build_imm5686(case, out_dir / IMM5686, today=today, exemption_name=exemption_name)
    form_pages = pdf_pages(form)
    own_form = bool(case.documents_for("imm5686"))
    if not enclosures:
        enclosures = [(doc.label or lookups.document_name(doc.item, lang), doc.pages)
                      for doc in case.documents]
        if not own_form:
            enclosures.append((t("gen_imm5686", lang), form_pages))
    letter = build_cover_letter(case, out_dir / COVER_LETTER, enclosures, logo=logo,
                                today=today, exemption_name=exemption_name)
    items = [SummaryItem(t("gen_cover_letter", lang), COVER_LETTER, pdf_pages(letter),
                         letter.stat().st_size, sha256_of(letter))]
    items += [SummaryItem(doc.label or lookups.document_name(doc.item, lang), doc.file_name,
                          doc.pages, doc.size, doc.sha256) for doc in case.documents]
    if not own_form:
        items.append(SummaryItem(t("gen_imm5686", lang), IMM5686, form_pages,
                                 form.stat().st_size, sha256_of(form)))
    summary = build_summary(case, out_dir / SUMMARY, items, today=today,
                            exemption_name=exemption_name)
    return {"cover_letter": letter, "imm5686": form, "summary": summary}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def pdf_pages(path: Path) -> int:
    """Page count of a PDF we just wrote (reportlab writes a plain /Count)."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)
