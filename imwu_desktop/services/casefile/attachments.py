"""Content-addressed attachments: files are copied once, in chunks, and named by SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1024 * 1024

# Leading bytes of the formats people attach (scans, photos, office documents).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def copy_hashed(src: BinaryIO, folder: Path, limit: int) -> tuple[str | None, int, Path]:
    """Copy ``src`` into a new temp file in ``folder`` while hashing it.

    Returns (sha256, size, temp file); sha256 is None (and the temp file removed) when the
    content is larger than ``limit``. Never holds more than one chunk in memory.
    """
    fd, name = tempfile.mkstemp(dir=folder, suffix=".part")
    temp = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    out.close()
                    temp.unlink()
                    return None, size, temp
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size, temp


def sniff_media_type(head: bytes, file_name: str) -> str:
    """The media type from the first bytes, else from the file name, else ''."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1"):
        return "image/heic"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    guessed, _ = mimetypes.guess_type(file_name)
    return guessed or ""
