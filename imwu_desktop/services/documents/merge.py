"""Several files for one checklist item (pay slips, a two-sided diploma) become one PDF."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from pypdf import PdfWriter

from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """The pages of `parts`, in order, as one PDF (a single part is returned unchanged).

    Each part must already have passed `inspect_pdf` (unlocked, readable).
    """
    if len(parts) == 1:
        return parts[0]
    with quiet_pypdf():
        writer = PdfWriter()
        for part in parts:
            writer.append(open_pdf(part))
        out = BytesIO()
        writer.write(out)
        del writer  # its copy of every page goes before the result is copied out
    return out.getvalue()
