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

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents.errors import (
    DamagedDocument,
    DocumentError,
    PasswordRequired,
    TooLargeDocument,
)
from imwu_desktop.services.documents.messages import ERRORS, WARNINGS, quoted
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


def inspect_pdf(data: bytes, name: str = "document", password: str | None = None,
                lang: str = "en") -> PdfCheck:
    """Check `data`; raises a DocumentError (one plain sentence in `lang`) when it cannot be
    used. The warnings are worded in `lang` too."""
    shown = quoted(name, lang)
    if sniff(data[:4096], name, whole=data, lang=lang) != PDF:
        raise DamagedDocument(say(ERRORS, "image_not_pdf", lang, name=shown))
    check, notes = _guarded(shown, lang, lambda: _inspect(data, shown, password, lang))
    if any(hint in note.lower() for note in notes for hint in _REPAIR_HINTS) and (
            "password" not in " ".join(notes).lower()):
        check.repaired = True
        check.warnings.insert(0, say(WARNINGS, "repaired", lang, name=shown))
        if not check.changed:
            check.pdf, _ = _guarded(shown, lang,
                                    lambda: _rewrite(open_pdf(data), password, lang=lang))
            check.changed = True
    return check


def _guarded(name: str, lang: str, work: Callable[[], _T]) -> tuple[_T, list[str]]:
    """Run pypdf work quietly; any failure becomes one plain sentence (`name` is quoted)."""
    try:
        with quiet_pypdf() as notes:
            result = work()
    except DocumentError:
        raise
    except DependencyError as exc:
        raise DocumentError(say(ERRORS, "encryption", lang, name=name)) from exc
    except Exception as exc:  # pypdf on untrusted input can raise anything
        raise _damaged(name, lang) from exc
    return result, notes


def _damaged(name: str, lang: str) -> DamagedDocument:
    return DamagedDocument(say(ERRORS, "damaged", lang, name=name))


def _inspect(data: bytes, name: str, password: str | None, lang: str) -> PdfCheck:
    reader = open_pdf(data)
    was_encrypted = reader.is_encrypted
    if was_encrypted:
        _unlock(reader, name, password, lang)
    count = len(reader.pages)
    if count == 0:
        raise _damaged(name, lang)
    if count > MAX_PAGES:
        raise TooLargeDocument(say(ERRORS, "pdf_pages", lang, name=name, count=count))
    check = PdfCheck(pdf=data, pages=count, was_encrypted=was_encrypted)
    for number, page in enumerate(reader.pages, start=1):
        _check_contents(page, name, lang)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        unit = float(page.get("/UserUnit", 1) or 1)
        check.page_sizes_pt.append((width * unit, height * unit))
        _check_size(check, name, number, (width * unit, height * unit), lang)
    risky = _risky_parts(reader)
    check.warnings.extend(say(WARNINGS, key, lang, name=name) for key in risky)
    check.has_form_fields, xfa = _forms(reader)
    if xfa:
        check.warnings.append(say(WARNINGS, "xfa", lang, name=name))
    if was_encrypted:
        check.warnings.append(say(WARNINGS, "was_encrypted", lang, name=name))
    if was_encrypted or risky:
        check.pdf = _rewrite(reader, password, strip=bool(risky), lang=lang)
        check.changed = True
    return check


def _check_contents(page: Any, name: str, lang: str) -> None:
    """Every content stream of the page exists (not decoded: a content bomb costs nothing)."""
    contents = _resolve(page.get("/Contents"))
    parts = contents if isinstance(contents, list) else [contents] if contents is not None else []
    if not all(isinstance(_resolve(part), StreamObject) for part in parts):
        raise _damaged(name, lang)


def _unlock(reader: PdfReader, name: str, password: str | None, lang: str) -> None:
    for attempt in ([password] if password else []) + [""]:
        if reader.decrypt(attempt):
            return
    key = "wrong_password" if password else "locked"
    raise PasswordRequired(say(ERRORS, key, lang, name=name))


def _check_size(check: PdfCheck, name: str, number: int, size: tuple[float, float],
                lang: str) -> None:
    width, height = size
    big = max(width, height)
    if big <= PAPER_LIMIT_PT:
        return
    fields = {"page": number, "name": name, "width": f"{width / 72 * 2.54:.0f}",
              "height": f"{height / 72 * 2.54:.0f}"}
    if big > ENORMOUS_PT:
        check.warnings.append(say(WARNINGS, "page_enormous", lang, **fields))
    elif number == 1 or len(check.warnings) < 3:
        check.warnings.append(say(WARNINGS, "page_large", lang, **fields))


def _risky_parts(reader: PdfReader) -> list[str]:
    """WARNINGS keys of what will be removed: "javascript", "embedded_files"."""
    root: Any = reader.trailer["/Root"]
    found: list[str] = []
    names = _resolve(root.get("/Names"))
    if _has_script(root) or (names and "/JavaScript" in names) or any(
            _page_has_script(p) for p in reader.pages):
        found.append("javascript")
    if (names and "/EmbeddedFiles" in names) or any(
            _annot_subtype(a) == "/FileAttachment" for p in reader.pages for a in _annots(p)):
        found.append("embedded_files")
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


def _rewrite(reader: PdfReader, password: str | None, strip: bool = False,
             lang: str = "en") -> bytes:
    """A clean copy: unencrypted, with scripts, actions and embedded files removed if asked."""
    if reader.is_encrypted:
        _unlock(reader, quoted("document", lang), password, lang)
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
