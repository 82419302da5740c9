"""Recognise a document's type from its first bytes, never from its file name.

Accepted: PDF, JPEG, PNG, TIFF (also multi-page), HEIC/HEIF from phones, and the common
web/screen image types Pillow reads (WebP, GIF, BMP). Everything else raises
`UnsupportedDocument` whose message says how to get an acceptable file.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.documents.errors import EmptyDocument, UnsupportedDocument
from imwu_desktop.services.documents.messages import ERRORS, KINDS, TODOS, quoted

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
HEIF = "image/heif"
WEBP = "image/webp"
GIF = "image/gif"
BMP = "image/bmp"

IMAGE_TYPES = frozenset({JPEG, PNG, TIFF, HEIF, WEBP, GIF, BMP})
HEAD_SIZE = 4096  # enough for every signature below, including junk before %PDF-

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
                b"mif1", b"msf1"}
_OFFICE_HINTS = (("word/", "word"), ("xl/", "excel"), ("ppt/", "powerpoint"))


def sniff(head: bytes, file_name: str = "", whole: bytes | None = None,
          lang: str = "en") -> str:
    """The media type of a document whose first bytes are `head`.

    `whole` (the complete file), when given, lets us tell a Word file from a plain ZIP.
    Refusals are worded in `lang`.
    """
    name = quoted(file_name, lang) if file_name else say(ERRORS, "this_file", lang)
    if not head:
        raise EmptyDocument(say(ERRORS, "empty", lang, name=name))
    found = _image_or_pdf(head)
    if found:
        return found
    kind, todo = _describe_other(head, whole)
    pretends = say(ERRORS, "pretends_pdf", lang) if file_name.lower().endswith(".pdf") else ""
    todo_text = say(TODOS, todo, lang)
    if kind is None:
        raise UnsupportedDocument(say(ERRORS, "unknown_type", lang, name=name,
                                      pretends=pretends, todo=todo_text))
    raise UnsupportedDocument(say(ERRORS, "other_type", lang, name=name,
                                  what=say(KINDS, kind, lang), pretends=pretends,
                                  todo=todo_text))


def _image_or_pdf(head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head[4:8] == b"ftyp" and (head[8:12] in _HEIF_BRANDS or _heif_compatible(head)):
        return HEIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:2] == b"BM" and len(head) > 26:
        return BMP
    return None


def _heif_compatible(head: bytes) -> bool:
    """An ftyp box lists compatible brands after the major brand and version."""
    size = int.from_bytes(head[:4], "big")
    brands = head[16:min(size, len(head))]
    return any(brands[i:i + 4] in _HEIF_BRANDS for i in range(0, len(brands) - 3, 4))


def _describe_other(head: bytes, whole: bytes | None) -> tuple[str | None, str]:
    """What the file seems to be (a KINDS key, None: unknown), and what the user can do to
    get a PDF or an image (a TODOS key)."""
    if head.startswith(b"PK\x03\x04"):
        office = _office_kind(whole)
        if office:
            return office, "save_pdf"
        return "zip", "unzip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "old_office", "save_pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf", "save_pdf"
    if head.startswith(b"%!PS"):
        return "postscript", "save_pdf"
    if head[4:8] == b"ftyp":
        return "video", "screenshot"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "web_page", "print_page"
    if _looks_like_text(head):
        return "text", "save_pdf"
    return None, "rescan"


def _office_kind(whole: bytes | None) -> str | None:
    if whole is None:
        return None
    try:
        with zipfile.ZipFile(BytesIO(whole)) as archive:
            names = archive.namelist()[:2000]
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "mimetype" in names or any(n == "content.xml" for n in names):
        return "opendocument"
    for prefix, label in _OFFICE_HINTS:
        if any(n.startswith(prefix) for n in names):
            return label
    return None


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text[:2048])
