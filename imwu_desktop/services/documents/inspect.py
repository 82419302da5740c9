"""Check a PDF before it goes to IRCC: it opens, how many pages, and what needs attention.

Decisions taken here, deliberately:
- Encrypted: an empty owner password is tried first (such files open in any viewer); a user
  password is asked for. The copy we send is unlocked, so the officer can always open it.
- Damaged: pypdf's lenient mode rebuilds the cross-reference table; if every page then reads,
  the repaired copy is used and the user is told to check it; otherwise a clear refusal.
- JavaScript, launch actions and embedded files are removed from the copy we send (government
  mail filters quarantine them, and an officer will not open them) and the user is warned.
- Form fields are kept as they are: their values are what the officer reads, and flattening
  IRCC's own forms would alter them. XFA (dynamic) forms are flagged, since many viewers show
  them blank: the user is asked to print them to PDF.
- Time and memory stay bounded: at most MAX_PAGES pages, every page's content is read once, and
  huge pages are only measured, never rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, TypeVar

from pypdf import PdfReader, PdfWriter
from pypdf.errors import DependencyError
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from imwu_desktop.services.documents.errors import (
    DamagedDocument,
    DocumentError,
    PasswordRequired,
    TooLargeDocument,
)
from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf
from imwu_desktop.services.documents.sniff import PDF, sniff

MAX_PAGES = 500
PAPER_LIMIT_PT = 17 * 72  # tabloid; pages beyond are odd for a request
ENORMOUS_PT = 48 * 72  # beyond A0: nobody can read this on a screen or print it
_T = TypeVar("_T")
_REPAIR_HINTS = ("rebuild", "xref", "startxref", "repair", "invalid", "eof", "not found")


@dataclass
class PdfCheck:
    """The result: the bytes to use (original, or a repaired/unlocked/cleaned copy)."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    changed: bool = False
    repaired: bool = False
    was_encrypted: bool = False
    has_form_fields: bool = False
    page_sizes_pt: list[tuple[float, float]] = field(default_factory=list)


def inspect_pdf(data: bytes, name: str = "document", password: str | None = None) -> PdfCheck:
    """Check `data`; raises a DocumentError (one plain sentence) when it cannot be used."""
    if sniff(data[:4096], name, whole=data) != PDF:
        raise DamagedDocument(f"'{name}' is an image, not a PDF; add it as an image instead.")
    check, notes = _guarded(name, lambda: _inspect(data, name, password))
    if any(hint in note.lower() for note in notes for hint in _REPAIR_HINTS) and (
            "password" not in " ".join(notes).lower()):
        check.repaired = True
        check.warnings.insert(0, f"'{name}' was damaged and has been repaired; look through "
                                 "its pages to make sure nothing is missing.")
        if not check.changed:
            check.pdf, _ = _guarded(name, lambda: _rewrite(open_pdf(data), password))
            check.changed = True
    return check


def _guarded(name: str, work: Callable[[], _T]) -> tuple[_T, list[str]]:
    """Run pypdf work quietly; any failure becomes one plain sentence."""
    try:
        with quiet_pypdf() as notes:
            result = work()
    except DocumentError:
        raise
    except DependencyError as exc:
        raise DocumentError(f"'{name}' uses an encryption this installation cannot open; "
                            "print it to PDF to make an unlocked copy, then add that copy."
                            ) from exc
    except Exception as exc:  # pypdf on untrusted input can raise anything
        raise _damaged(name) from exc
    return result, notes


def _damaged(name: str) -> DamagedDocument:
    return DamagedDocument(f"'{name}' is damaged or incomplete and cannot be repaired; "
                           "download, export or scan it again.")


def _inspect(data: bytes, name: str, password: str | None) -> PdfCheck:
    reader = open_pdf(data)
    was_encrypted = reader.is_encrypted
    if was_encrypted:
        _unlock(reader, name, password)
    count = len(reader.pages)
    if count == 0:
        raise _damaged(name)
    if count > MAX_PAGES:
        raise TooLargeDocument(f"'{name}' has {count} pages, far more than a request needs; "
                               "keep only the relevant pages and add that file.")
    check = PdfCheck(pdf=data, pages=count, was_encrypted=was_encrypted)
    for number, page in enumerate(reader.pages, start=1):
        _check_contents(page, name)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        unit = float(page.get("/UserUnit", 1) or 1)
        check.page_sizes_pt.append((width * unit, height * unit))
        _check_size(check, name, number, width * unit, height * unit)
    risky = _risky_parts(reader)
    for what in risky:
        check.warnings.append(f"'{name}' contains {what}, which will be removed from the copy "
                              "sent to IRCC.")
    check.has_form_fields, xfa = _forms(reader)
    if xfa:
        check.warnings.append(f"'{name}' is a dynamic (XFA) form that many viewers show blank; "
                              "open it in Adobe Acrobat Reader, print it to PDF and add that "
                              "copy instead.")
    if was_encrypted:
        check.warnings.append(f"'{name}' was protected by a password; the copy sent to IRCC is "
                              "unlocked so the officer can open it.")
    if was_encrypted or risky:
        check.pdf, check.changed = _rewrite(reader, password, strip=bool(risky)), True
    return check


def _check_contents(page: Any, name: str) -> None:
    """Every content stream of the page exists (not decoded: a content bomb costs nothing)."""
    contents = _resolve(page.get("/Contents"))
    parts = contents if isinstance(contents, list) else [contents] if contents is not None else []
    if not all(isinstance(_resolve(part), StreamObject) for part in parts):
        raise _damaged(name)


def _unlock(reader: PdfReader, name: str, password: str | None) -> None:
    for attempt in ([password] if password else []) + [""]:
        if reader.decrypt(attempt):
            return
    if password:
        raise PasswordRequired(f"The password for '{name}' is not correct; type it again, or "
                               "ask for an unlocked copy of the document.")
    raise PasswordRequired(f"'{name}' is locked with a password; enter the password, or open it "
                           "and print it to PDF to make an unlocked copy, then add that copy.")


def _check_size(check: PdfCheck, name: str, number: int, width: float, height: float) -> None:
    big = max(width, height)
    if big <= PAPER_LIMIT_PT:
        return
    cm = f"{width / 72 * 2.54:.0f} × {height / 72 * 2.54:.0f} cm"
    if big > ENORMOUS_PT:
        check.warnings.append(f"Page {number} of '{name}' is {cm}, far larger than any paper, "
                              "so it will be hard to read; export or scan it again at Letter "
                              "or A4 size.")
    elif number == 1 or len(check.warnings) < 3:
        check.warnings.append(f"Page {number} of '{name}' is {cm}, larger than Letter or A4; "
                              "check that it prints legibly.")


def _risky_parts(reader: PdfReader) -> list[str]:
    root: Any = reader.trailer["/Root"]
    found: list[str] = []
    names = _resolve(root.get("/Names"))
    if _has_script(root) or (names and "/JavaScript" in names) or any(
            _page_has_script(p) for p in reader.pages):
        found.append("JavaScript")
    if (names and "/EmbeddedFiles" in names) or any(
            _annot_subtype(a) == "/FileAttachment" for p in reader.pages for a in _annots(p)):
        found.append("files embedded inside it")
    return found


def _has_script(obj: Any) -> bool:
    obj = _resolve(obj)
    if not isinstance(obj, DictionaryObject):
        return False
    if "/AA" in obj:
        return True
    action = _resolve(obj.get("/OpenAction")) or _resolve(obj.get("/A"))
    return isinstance(action, DictionaryObject) and action.get("/S") in ("/JavaScript",
                                                                          "/Launch")


def _page_has_script(page: Any) -> bool:
    return _has_script(page) or any(_has_script(a) for a in _annots(page))


def _annots(page: Any) -> list[Any]:
    annots = _resolve(page.get("/Annots"))
    return [_resolve(a) for a in annots] if isinstance(annots, list) else []


def _annot_subtype(annot: Any) -> Any:
    return annot.get("/Subtype") if isinstance(annot, DictionaryObject) else None


def _forms(reader: PdfReader) -> tuple[bool, bool]:
    root: Any = reader.trailer["/Root"]
    form = _resolve(root.get("/AcroForm"))
    if not isinstance(form, DictionaryObject):
        return False, False
    fields = _resolve(form.get("/Fields"))
    return bool(fields), "/XFA" in form


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _rewrite(reader: PdfReader, password: str | None, strip: bool = False) -> bytes:
    """A clean copy: unencrypted, with scripts, actions and embedded files removed if asked."""
    if reader.is_encrypted:
        _unlock(reader, "document", password)
    writer = PdfWriter(clone_from=reader)
    if strip:
        root = writer.root_object
        for key in ("/OpenAction", "/AA"):
            root.pop(NameObject(key), None)
        names = _resolve(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            for key in ("/JavaScript", "/EmbeddedFiles"):
                names.pop(NameObject(key), None)
        for page in writer.pages:
            page.pop(NameObject("/AA"), None)
            annots = _resolve(page.get("/Annots"))
            if isinstance(annots, list):
                keep = [a for a in annots if _annot_subtype(_resolve(a)) != "/FileAttachment"]
                for annot in keep:
                    item = _resolve(annot)
                    if _has_script(item):
                        item.pop(NameObject("/A"), None)
                        item.pop(NameObject("/AA"), None)
                annots[:] = keep
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
