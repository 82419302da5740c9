"""Prepare the request's attachments: one checked PDF per checklist item, fitted to 4 MB.

This is the single entry point for `imwu-desktop build`/`check` and for the GUI's worker:
every document of the case is read (by SHA-256, through `open_attachment`, so the case-file
store stays in charge of its own storage), recognised, converted or checked, merged per item,
shrunk to fit the email budget together with the generated letters, and written to `out_dir`.
Originals are never changed. Problems are collected per document, never raised for one bad
file, so the user sees them all at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.domain.i18n_text import say
from imwu_desktop.errors import UserError
from imwu_desktop.services.documents import budget
from imwu_desktop.services.documents.convert import image_to_pdf
from imwu_desktop.services.documents.email_layout import groups as _groups
from imwu_desktop.services.documents.email_layout import mail_names as _mail_names
from imwu_desktop.services.documents.email_layout import mail_text as _mail_text
from imwu_desktop.services.documents.errors import DocumentError
from imwu_desktop.services.documents.inspect import inspect_pdf
from imwu_desktop.services.documents.merge import merge_pdfs
from imwu_desktop.services.documents.messages import ERRORS, SHRINK, quoted, title_for
from imwu_desktop.services.documents.private_files import write_private
from imwu_desktop.services.documents.shrink import (
    CancelToken,
    PackageDoc,
    Progress,
    shrink_to_fit,
)
from imwu_desktop.services.documents.sniff import PDF, sniff

OpenAttachment = Callable[[str], BinaryIO]
MAX_INPUT_BYTES = 300_000_000  # a single scan beyond this is not a document we can send

PROTECTED_ITEMS = frozenset({"passport"})


@dataclass
class PreparedFile:
    """One attachment ready to send."""

    file_name: str
    path: Path
    pages: int
    sha256: str
    size: int
    item: str


@dataclass
class DocumentReport:
    """What the user should know about one of their files (or one item)."""

    item: str
    file_name: str
    severity: str  # "info" | "warning" | "error"
    message: str


@dataclass
class PreparedPackage:
    files: list[PreparedFile]
    encoded_size: int  # the whole email, letters and body included
    budget_bytes: int
    fits: bool
    reports: list[DocumentReport] = field(default_factory=list)
    problem: str = ""  # why it does not fit, and what to do

    @property
    def ok(self) -> bool:
        return self.fits and not any(r.severity == "error" for r in self.reports)


def prepare_attachments(case: Case, open_attachment: OpenAttachment, out_dir: Path,
                        progress: Progress | None = None, cancel: CancelToken | None = None,
                        *, extra: Sequence[tuple[str, bytes | Path]] = (),
                        body: str | None = None, headers: Mapping[str, str] | None = None,
                        passwords: Mapping[str, str] | None = None,
                        cache_dir: Path | None = None,
                        name_for: Callable[[int, str, str], str] | None = None,
                        lang: str = "en") -> PreparedPackage:
    """Build the attachments of `case` into `out_dir`.

    `extra` are the generated letters (name, bytes or path) that go first in the email;
    `body`/`headers` are the email's, so the budget is the real message size (by default the
    mail service's subject and cover note for this case, and its recipient). `passwords`
    maps an attachment's SHA-256 to the password the user typed for it. `name_for(position,
    item, label)` names the files; by default the mail service's names are used. Shrunk
    copies are cached in `cache_dir` (default: the app's data folder, "shrunk").

    The returned files are the case's documents only; the email carries `extra` first, then
    these, in this order. Reports and the problem are worded in `lang` (the reader's
    language, not necessarily the case's).
    """
    naming = name_for or _mail_names(case)
    reports: list[DocumentReport] = []
    groups = _groups(case.documents)
    docs: list[PackageDoc] = []
    items: list[tuple[str, int]] = []
    position = len(extra) + 1
    for index, (item, label, documents) in enumerate(groups):
        _check_cancel(cancel)
        if progress is not None:
            progress(0.2 * index / max(1, len(groups)), "Checking the documents")
        pdfs, pages = _item_pdfs(documents, open_attachment, passwords or {}, reports, lang)
        if not pdfs:
            continue
        title = title_for(item, label or documents[0].file_name, lang)
        key = hashlib.sha256(":".join(d.sha256 for d in documents).encode()).hexdigest()
        merged = merge_pdfs(pdfs)
        pdfs.clear()  # the parts are in `merged` now; not kept while the next item is read
        docs.append(PackageDoc(naming(position, item, label), title, merged,
                               item in PROTECTED_ITEMS, source_key=key))
        items.append((item, pages))
        position += 1
    extra_sizes = [(name, _size(content)) for name, content in extra]
    if body is None or headers is None:
        names = [name for name, _ in extra] + [doc.file_name for doc in docs]
        default_body, default_headers = _mail_text(case, names)
        body = default_body if body is None else body
        headers = default_headers if headers is None else headers

    def shrink_progress(fraction: float, text: str) -> None:
        if progress is not None:
            progress(0.2 + 0.8 * fraction, text)

    if cache_dir is None:
        from imwu_desktop.services.paths import data_dir

        cache_dir = data_dir() / "shrunk"
    result = shrink_to_fit(docs, extra=extra_sizes, body=body, headers=headers,
                           progress=shrink_progress, cancel=cancel, cache_dir=cache_dir,
                           lang=lang)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    files = []
    for doc, pdf, (item, pages), outcome in zip(docs, result.pdfs, items, result.outcomes,
                                                strict=True):
        path = out_dir / doc.file_name
        write_private(path, pdf)
        files.append(PreparedFile(doc.file_name, path, pages, hashlib.sha256(pdf).hexdigest(),
                                  len(pdf), item))
        reports.extend(DocumentReport(item, doc.file_name, "info",
                                      say(SHRINK, "titled_change", lang, title=outcome.title,
                                          change=change))
                       for change in outcome.changes)
        reports.extend(DocumentReport(item, doc.file_name, "warning", w)
                       for w in outcome.warnings)
    return PreparedPackage(files, result.encoded_size, budget.BUDGET_BYTES, result.fits,
                           reports, result.problem)


def _item_pdfs(documents: Sequence[Document], open_attachment: OpenAttachment,
               passwords: Mapping[str, str], reports: list[DocumentReport], lang: str
               ) -> tuple[list[bytes], int]:
    pdfs: list[bytes] = []
    pages = 0
    for document in documents:
        try:
            pdf, count, warnings = document_pdf(document, open_attachment,
                                                passwords.get(document.sha256), lang)
        except DocumentError as exc:
            reports.append(DocumentReport(document.item, document.file_name, "error", str(exc)))
            continue
        pdfs.append(pdf)
        pages += count
        reports.extend(DocumentReport(document.item, document.file_name, "warning", w)
                       for w in warnings)
    return pdfs, pages


@dataclass
class Examined:
    """One file as the app will send it: its detected type, PDF, page count and advice."""

    media_type: str
    pdf: bytes
    pages: int
    warnings: list[str]


def examine(data: bytes, file_name: str, password: str | None = None,
            lang: str = "en") -> Examined:
    """Recognise, convert or check one file (for the Documents step when a file is added);
    raises a DocumentError with the sentence to show, in `lang`."""
    media_type = sniff(data[:4096], file_name, whole=data, lang=lang)
    if media_type == PDF:
        check = inspect_pdf(data, file_name, password, lang)
        return Examined(media_type, check.pdf, check.pages, check.warnings)
    converted = image_to_pdf(data, file_name, lang)
    return Examined(media_type, converted.pdf, converted.pages, converted.warnings)


def document_pdf(document: Document, open_attachment: OpenAttachment,
                 password: str | None = None, lang: str = "en"
                 ) -> tuple[bytes, int, list[str]]:
    """One original attachment as a checked PDF: (pdf, pages, warnings)."""
    found = examine(read_attachment(document, open_attachment, lang), document.file_name,
                    password, lang)
    return found.pdf, found.pages, found.warnings


def read_attachment(document: Document, open_attachment: OpenAttachment,
                    lang: str = "en") -> bytes:
    name = quoted(document.file_name, lang)
    try:
        with open_attachment(document.sha256) as stream:
            data = stream.read(MAX_INPUT_BYTES + 1)
    except UserError as exc:  # the case file's own sentence (damaged, changed on disk...)
        raise DocumentError(str(exc)) from exc
    except (OSError, KeyError) as exc:
        raise DocumentError(say(ERRORS, "unreadable_in_case", lang, name=name)) from exc
    if len(data) > MAX_INPUT_BYTES:
        raise DocumentError(say(ERRORS, "over_300_mb", lang, name=name))
    return data


def _size(content: bytes | Path) -> int:
    return len(content) if isinstance(content, bytes) else Path(content).stat().st_size


def _check_cancel(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.is_set():
        from imwu_desktop.services.documents.errors import Cancelled

        raise Cancelled("cancelled")
