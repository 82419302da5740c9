"""Open untrusted PDFs with pypdf, quietly and without letting its errors escape.

pypdf reports repairs through the "pypdf" logger and, on some paths, Python warnings; both are
collected here so a repaired file can be reported to the user, and nothing reaches the console.
"""

from __future__ import annotations

import itertools
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from io import BufferedReader, BytesIO

from pypdf import PdfReader
from pypdf.generic import StreamObject


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def quiet_pypdf() -> Iterator[list[str]]:
    """Collect pypdf's warnings (log records and Python warnings) instead of printing them."""
    logger = logging.getLogger("pypdf")
    collector = _Collector()
    propagate = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield collector.messages
            collector.messages.extend(str(w.message) for w in caught)
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate


def open_pdf(data: bytes) -> PdfReader:
    """A lenient reader (pypdf rebuilds a broken cross-reference table when it can).

    The reader reads the caller's bytes in place: a BytesIO handed to pypdf directly would be
    measured with getbuffer(), which makes it copy the bytes it was sharing, so every opening
    of a 40 MB scan package would hold another 40 MB (and spend time copying them).
    """
    return PdfReader(BufferedReader(BytesIO(data)), strict=False)


# pypdf keeps every object it has read for the reader's lifetime; a scan's images are most of
# the file, so walking a package page by page would hold all of them at once. These drop
# images from that cache (pypdf reads one again from the file if it is asked for it again).

def _cache(reader: PdfReader) -> dict[tuple[int, int], object]:
    cached = getattr(reader, "resolved_objects", None)
    return cached if isinstance(cached, dict) else {}


def objects_read(reader: PdfReader) -> int:
    """A mark for forget_images_since: how many objects the reader holds now."""
    return len(_cache(reader))


def forget_images_since(reader: PdfReader, mark: int) -> None:
    """Drop the image objects read since `mark` (a value of objects_read)."""
    cached = _cache(reader)
    newest = list(itertools.islice(reversed(cached), max(0, len(cached) - mark)))
    for key in newest:
        obj = cached[key]
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
            del cached[key]


def forget(reader: PdfReader, idnum: int, generation: int = 0) -> None:
    """Drop one object (read by number: pypdf files it under generation 0 too)."""
    cached = _cache(reader)
    for key in {(generation, idnum), (0, idnum)}:
        cached.pop(key, None)
