"""Read a passport's machine-readable zone from a scan or photo, offline (no Qt).

Entry points: `read_mrz_from_file(path_or_bytes, progress=None, cancel=None)` and
`ocr_available()`. See docs/ocr-choice.md for why the reader is built in.
"""

from __future__ import annotations

from .reader import MrzReadResult, ocr_available, read_mrz_from_file

__all__ = ["MrzReadResult", "ocr_available", "read_mrz_from_file"]
