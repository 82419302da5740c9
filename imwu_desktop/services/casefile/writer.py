"""Writing the ZIP container: case.json deflated, attachments streamed member by member.

Attachments that are already compressed (JPEG, most PDFs) are STORED: deflating them again
costs time and saves nothing. The choice is made from a sample of each member.
"""

from __future__ import annotations

import shutil
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from . import layout

_SAMPLE = 64 * 1024
_CHUNK = 1024 * 1024
_WORTH_DEFLATING = 0.9  # deflate only when a sample shrinks below 90 %


@dataclass(frozen=True)
class MemberSource:
    """A member to write: its name in the ZIP and how to open its bytes."""

    name: str
    open: Callable[[], BinaryIO]


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.external_attr = 0o600 << 16
    return info


def _worth_deflating(sample: bytes) -> bool:
    if len(sample) < 256:
        return False
    return len(zlib.compress(sample, 1)) < _WORTH_DEFLATING * len(sample)


def write_container(dest: BinaryIO, case_json: bytes, members: Iterable[MemberSource]) -> None:
    """Write a complete case file to ``dest`` (an open, seekable, empty file)."""
    with zipfile.ZipFile(dest, "w", allowZip64=True) as zf:
        info = _zip_info(layout.CASE_JSON)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, case_json, compresslevel=6)
        for member in members:
            with member.open() as src:
                sample = src.read(_SAMPLE)
                info = _zip_info(member.name)
                if _worth_deflating(sample):
                    info.compress_type = zipfile.ZIP_DEFLATED
                else:
                    info.compress_type = zipfile.ZIP_STORED
                with zf.open(info, "w") as out:
                    out.write(sample)
                    shutil.copyfileobj(src, out, _CHUNK)
