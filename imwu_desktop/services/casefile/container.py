"""Reading the ZIP container of a case file without trusting it.

Every size is checked before anything is unpacked, and again while bytes are read (a
member's header may lie). No member name is ever used as a filesystem path.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar

from . import layout
from .errors import (
    CaseFileError,
    DamagedCaseFile,
    NotACaseFile,
    TooLargeCaseFile,
    UnreadableCaseFile,
)
from .limits import MB, Limits
from .messages import Reason, os_reason
from .safejson import parse_json
from .writer import RawMember

#: What a broken ZIP can raise from the standard library while it is parsed or read.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError,
    OverflowError, IndexError, KeyError, UnicodeDecodeError, TypeError,
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_SUPPORTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_CHUNK = 1024 * 1024

T = TypeVar("T")


@dataclass
class Index:
    """What a case file contains, once its directory has been checked."""

    case_info: zipfile.ZipInfo
    attachments: dict[str, int] = field(default_factory=dict)  # sha256 -> size
    outputs: dict[str, int] = field(default_factory=dict)  # name -> size


def check_regular_file(path: Path) -> os.stat_result:
    """Stat the path; refuse what is missing, unreadable, not a file or empty."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise UnreadableCaseFile(path, os_reason(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise NotACaseFile(path, Reason("folder_or_device"))
    if st.st_size == 0:
        raise NotACaseFile(path, Reason("empty_file"))
    return st


def open_zip(path: Path, limits: Limits) -> tuple[IO[bytes], zipfile.ZipFile]:
    """Open the file and its ZIP directory, or explain in one sentence why not."""
    st = check_regular_file(path)
    if st.st_size > limits.total_bytes + limits.case_json_bytes:
        raise TooLargeCaseFile(path, Reason("file_over", mb=limits.total_bytes // MB))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    except OSError as exc:
        raise UnreadableCaseFile(path, os_reason(exc)) from None
    try:
        if handle.read(4) not in _ZIP_MAGIC:
            raise NotACaseFile(path)
        handle.seek(0)
        return handle, zipfile.ZipFile(handle)
    except CaseFileError:
        handle.close()
        raise
    except OSError as exc:
        handle.close()
        raise UnreadableCaseFile(path, os_reason(exc)) from None
    except ZIP_ERRORS:
        handle.close()
        raise DamagedCaseFile(path, Reason("broken_contents")) from None


def scan(zf: zipfile.ZipFile, path: Path, limits: Limits) -> Index:
    """Check every member's name, compression and declared size before reading any."""
    infos = zf.infolist()
    if len(infos) > limits.members:
        raise TooLargeCaseFile(path, Reason("many_parts", count=limits.members))
    if not any(info.filename == layout.CASE_JSON for info in infos):
        raise NotACaseFile(path, Reason("zip_without_case"))
    seen: set[str] = set()
    case_info: zipfile.ZipInfo | None = None
    attachments: dict[str, int] = {}
    outputs: dict[str, int] = {}
    total = 0
    for info in infos:
        name = info.filename
        reason = layout.unsafe_reason(name)
        if reason is not None:
            raise DamagedCaseFile(path, Reason("contains", what=reason))
        if name in seen:
            raise DamagedCaseFile(path, Reason("twice", part=name[:60]))
        seen.add(name)
        kind = layout.classify(name)
        if kind is None:
            raise DamagedCaseFile(path, Reason("unexpected_part", part=name[:60]))
        if info.flag_bits & 0x1:
            raise DamagedCaseFile(path, Reason("encrypted"))
        if info.compress_type not in _SUPPORTED_COMPRESSION:
            raise DamagedCaseFile(path, Reason("compression", part=name[:60]))
        _check_size(info, path, limits)
        total += info.file_size
        if total > limits.total_bytes:
            raise TooLargeCaseFile(path, Reason("unpacks_over", mb=limits.total_bytes // MB))
        if kind[0] == "case":
            case_info = info
        elif kind[0] == "attachment":
            attachments[kind[1]] = info.file_size
        else:
            outputs[kind[1]] = info.file_size
    assert case_info is not None
    return Index(case_info=case_info, attachments=attachments, outputs=outputs)


def _check_size(info: zipfile.ZipInfo, path: Path, limits: Limits) -> None:
    bound = limits.case_json_bytes if info.filename == layout.CASE_JSON else limits.member_bytes
    if info.file_size > bound:
        raise TooLargeCaseFile(
            path, Reason("part_unpacks_over", part=info.filename[:60], mb=bound // MB))
    if info.file_size > limits.ratio_floor and (
        info.file_size > limits.ratio * max(info.compress_size, 1)
    ):
        raise TooLargeCaseFile(
            path, Reason("zip_bomb", part=info.filename[:60]))


def guarded(path: Path, action: Callable[[], T]) -> T:
    """Run a read from the ZIP, turning library errors into one-sentence CaseFileErrors."""
    try:
        return action()
    except CaseFileError:
        raise
    except RecursionError:
        raise DamagedCaseFile(path, Reason("nested")) from None
    except MemoryError:
        raise TooLargeCaseFile(path, Reason("no_memory")) from None
    except OSError as exc:
        raise UnreadableCaseFile(path, os_reason(exc)) from None
    except ZIP_ERRORS:
        raise DamagedCaseFile(path, Reason("bad_unpack")) from None


def read_case_data(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path,
                   limits: Limits) -> Any:
    """The parsed case.json: bounded read, strict UTF-8, strict JSON, bounded depth."""

    def read() -> bytes:
        with zf.open(info) as member:
            data = member.read(limits.case_json_bytes + 1)
        if len(data) > limits.case_json_bytes:
            raise TooLargeCaseFile(path, Reason("case_data_too_large"))
        return data

    raw = guarded(path, read)
    return parse_json(raw, path, limits, lambda why: DamagedCaseFile(path, why))


class _CheckedStream(io.RawIOBase):
    """A member's bytes, checked against the expected size and SHA-256 as they stream."""

    def __init__(self, member: IO[bytes], path: Path, size: int, sha256: str,
                 on_verified: Callable[[str], None]) -> None:
        super().__init__()
        self._member, self._path, self._size, self._sha256 = member, path, size, sha256
        self._on_verified = on_verified
        self._hash = hashlib.sha256()
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = guarded(self._path, lambda: self._member.read(len(view)))
        n = len(data)
        self._count += n
        if self._count > self._size:
            raise DamagedCaseFile(self._path, Reason("attach_longer"))
        if n == 0:
            if self._count != self._size or self._hash.hexdigest() != self._sha256:
                raise DamagedCaseFile(self._path, Reason("attach_fingerprint"))
            self._on_verified(self._sha256)
            return 0
        self._hash.update(data)
        view[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            # closing a broken member must not hide the real error
            with contextlib.suppress(Exception):
                self._member.close()
        super().close()


class SourceFile:
    """An opened, checked case file whose members are read on demand.

    The file stays open while the case is being edited, so attachments can be read lazily
    (without unpacking them anywhere) even if the file is renamed or removed meanwhile.
    """

    def __init__(self, path: Path, limits: Limits, *, private: bool = False) -> None:
        self.path = path
        self.limits = limits
        self.private = private  # a copy in the store's own folder, never changed by others
        self._handle, self._zf = open_zip(path, limits)
        self.verified: set[str] = set()  # attachments read whole and found intact
        try:
            self.index = scan(self._zf, path, limits)
        except BaseException:
            self.close()
            raise

    def read_case_data(self) -> Any:
        return read_case_data(self._zf, self.index.case_info, self.path, self.limits)

    def open_attachment(self, sha256: str) -> BinaryIO:
        """Stream one attachment, verifying its size and SHA-256 while it is read."""
        size = self.index.attachments[sha256]
        member = guarded(self.path, lambda: self._zf.open(layout.attachment_member(sha256)))
        return io.BufferedReader(
            _CheckedStream(member, self.path, size, sha256, self.verified.add), _CHUNK)

    def raw_attachment(self, sha256: str) -> RawMember | None:
        """An attachment's stored bytes, to copy into a new file without unpacking them.

        Only from a private copy (which nobody else writes). An attachment not yet read whole
        is copied only if STORED, with its CRC-32 checked on the way (its SHA-256 is still
        checked whenever it is read); otherwise None, and the caller streams it instead.
        """
        if not self.private:
            return None
        info = self._zf.getinfo(layout.attachment_member(sha256))
        check_crc = sha256 not in self.verified
        if check_crc and info.compress_type != zipfile.ZIP_STORED:
            return None
        size = info.compress_size

        def chunks() -> Iterator[bytes]:
            crc = 0
            with open(self.path, "rb") as handle:
                handle.seek(info.header_offset + 26)
                name_len, extra_len = struct.unpack("<2H", handle.read(4))
                handle.seek(name_len + extra_len, os.SEEK_CUR)
                done = 0
                while done < size:
                    chunk = handle.read(min(_CHUNK, size - done))
                    if not chunk:
                        raise DamagedCaseFile(self.path, Reason("attach_cut"))
                    done += len(chunk)
                    if check_crc:
                        crc = zlib.crc32(chunk, crc)
                    yield chunk
            if check_crc and crc != info.CRC:
                raise DamagedCaseFile(self.path, Reason("attach_bad_unpack"))

        return RawMember(info.compress_type, info.CRC, size, info.file_size, chunks)

    def read_output(self, name: str) -> bytes:
        """An output, read whole (outputs are letters and messages: a few MB)."""

        def read() -> bytes:
            with self._zf.open(layout.output_member(name)) as stream:
                return stream.read(self.limits.member_bytes + 1)[: self.limits.member_bytes]

        return guarded(self.path, read)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._zf.close()
        with contextlib.suppress(Exception):
            self._handle.close()
