"""Writing the ZIP container: case.json deflated, attachments streamed member by member.

A small writer of our own (rather than zipfile's) so that attachments already checked in the
opened file can be copied as they are, without unpacking, re-hashing or re-compressing them:
saving a case then costs little more than copying its bytes. Attachments that are already
compressed (JPEG, most PDFs) are STORED; others are deflated when a sample shows it pays.
Every member is written so that our own reader accepts it (sizes and ratio within Limits).
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from . import layout
from .limits import Limits

_SAMPLE = 64 * 1024
_CHUNK = 1024 * 1024
_WORTH_DEFLATING = 0.9  # deflate only when a sample shrinks below 90 %
_MAX_32 = 0xFFFFFFFF
STORED, DEFLATED = 0, 8

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
# Formats that are compressed already: storing them is as small and much faster.
_COMPRESSED_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"%PDF-", b"PK\x03\x04", b"GIF8", b"\x1f\x8b")


@dataclass(frozen=True)
class RawMember:
    """A member copied byte for byte from a checked case file (already compressed)."""

    method: int
    crc: int
    compress_size: int
    file_size: int
    chunks: Callable[[], Iterator[bytes]]


@dataclass(frozen=True)
class MemberSource:
    """A member to write: its name and either a stream of its bytes or a raw copy."""

    name: str
    open: Callable[[], BinaryIO] | None = None
    raw: RawMember | None = None


@dataclass
class _Entry:
    name: bytes
    method: int
    crc: int
    compress_size: int
    file_size: int
    offset: int


def _dos_time() -> tuple[int, int]:
    t = time.localtime()
    return ((t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2),
            ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday)


def _worth_deflating(sample: bytes) -> bool:
    if len(sample) < 256 or sample.startswith(_COMPRESSED_MAGIC):
        return False
    return len(zlib.compress(sample, 1)) < _WORTH_DEFLATING * len(sample)


class TooBigToWrite(ValueError):
    """The case would exceed what a case file may hold (Limits)."""


class _Writer:
    def __init__(self, dest: BinaryIO, limits: Limits) -> None:
        self._dest, self._limits = dest, limits
        self._entries: list[_Entry] = []
        self._total = 0
        self._time, self._date = _dos_time()

    def _header(self, entry: _Entry) -> bytes:
        return _LOCAL.pack(b"PK\x03\x04", 20, 0, entry.method, self._time, self._date,
                           entry.crc, entry.compress_size, entry.file_size, len(entry.name),
                           0) + entry.name

    def _account(self, entry: _Entry) -> None:
        self._total += entry.file_size
        bound = (self._limits.case_json_bytes if entry.name == layout.CASE_JSON.encode()
                 else self._limits.member_bytes)
        if entry.file_size > bound or self._total > self._limits.total_bytes:
            raise TooBigToWrite(entry.name.decode())
        if len(self._entries) >= self._limits.members or self._dest.tell() > _MAX_32:
            raise TooBigToWrite(entry.name.decode())
        self._entries.append(entry)

    def add_raw(self, name: str, raw: RawMember) -> None:
        entry = _Entry(name.encode(), raw.method, raw.crc, raw.compress_size, raw.file_size,
                       self._dest.tell())
        self._dest.write(self._header(entry))
        for chunk in raw.chunks():
            self._dest.write(chunk)
        self._account(entry)

    def add_stream(self, name: str, src: BinaryIO) -> None:
        sample = src.read(_SAMPLE)
        deflate = _worth_deflating(sample)
        start = self._dest.tell()
        entry = self._write_stream(name, sample, src, deflate, start)
        if deflate and entry.file_size > self._limits.ratio_floor and (
                entry.file_size > self._limits.ratio * 0.9 * max(entry.compress_size, 1)):
            raise _TooCompressible(start)
        self._account(entry)

    def _write_stream(self, name: str, sample: bytes, src: BinaryIO, deflate: bool,
                      start: int) -> _Entry:
        entry = _Entry(name.encode(), DEFLATED if deflate else STORED, 0, 0, 0, start)
        self._dest.write(self._header(entry))
        packer = zlib.compressobj(6, zlib.DEFLATED, -15) if deflate else None
        crc = size = written = 0
        chunk = sample
        while chunk:
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
            out = packer.compress(chunk) if packer is not None else chunk
            written += len(out)
            self._dest.write(out)
            if size > self._limits.member_bytes:
                raise TooBigToWrite(name)
            chunk = src.read(_CHUNK)
        if packer is not None:
            tail = packer.flush()
            written += len(tail)
            self._dest.write(tail)
        entry.crc, entry.compress_size, entry.file_size = crc, written, size
        end = self._dest.tell()
        self._dest.seek(start)
        self._dest.write(self._header(entry))
        self._dest.seek(end)
        return entry

    def add_stored_again(self, name: str, opener: Callable[[], BinaryIO], start: int) -> None:
        """Rewrite a member STORED (it deflated so well our reader would call it a bomb)."""
        self._dest.seek(start)
        self._dest.truncate()
        with opener() as src:
            entry = self._write_stream(name, src.read(_SAMPLE), src, False, start)
        self._account(entry)

    def finish(self) -> None:
        start = self._dest.tell()
        for e in self._entries:
            self._dest.write(_CENTRAL.pack(
                b"PK\x01\x02", 20 | (3 << 8), 20, 0, e.method, self._time, self._date, e.crc,
                e.compress_size, e.file_size, len(e.name), 0, 0, 0, 0, (0o100600 << 16),
                e.offset) + e.name)
        size = self._dest.tell() - start
        if self._dest.tell() > _MAX_32:
            raise TooBigToWrite("the case file")
        count = len(self._entries)
        self._dest.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, start, 0))


class _TooCompressible(Exception):
    def __init__(self, start: int) -> None:
        super().__init__(start)
        self.start = start


def write_container(dest: BinaryIO, case_json: bytes, members: Iterable[MemberSource],
                    limits: Limits) -> None:
    """Write a complete case file to ``dest`` (an open, seekable, empty file).

    Raises TooBigToWrite when the case exceeds ``limits`` (it could not be opened again).
    """
    import io

    writer = _Writer(dest, limits)
    items = [MemberSource(layout.CASE_JSON, lambda: io.BytesIO(case_json)), *members]
    for member in items:
        if member.raw is not None:
            writer.add_raw(member.name, member.raw)
            continue
        assert member.open is not None
        try:
            with member.open() as src:
                writer.add_stream(member.name, src)
        except _TooCompressible as exc:
            writer.add_stored_again(member.name, member.open, exc.start)
    writer.finish()
