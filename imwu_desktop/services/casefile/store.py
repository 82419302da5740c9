"""Open and edit case files (.imwu): the working store of a case (saving is in saving.py).

An ``OpenedCase`` is the working store of a case being edited: the ``Case``, where it came
from (and what that file looked like when opened), the attachments and outputs. Attachments
already in the file are streamed from it on demand; new ones are copied once into a private
temporary folder. Saving writes a whole new file beside the target and swaps it in atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import stat
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.domain.case_json import (
    CaseDataError,
    NewerVersionError,
    case_from_dict,
    case_to_dict,
)

from . import layout
from .attachments import copy_hashed, sniff_media_type
from .container import SourceFile, check_regular_file
from .errors import (
    AttachmentError,
    CaseFileError,
    CaseFileReadOnly,
    DamagedCaseFile,
    NewerCaseFile,
    TooLargeCaseFile,
    UnreadableCaseFile,
)
from .limits import DEFAULT_LIMITS, MB, Limits
from .lock import CaseLock, acquire_lock
from .messages import Reason, os_reason
from .writer import MemberSource

BACKUP_SUFFIX = ".bak"
_STAMP_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: enough to notice that another program changed it."""

    size: int
    mtime_ns: int
    inode: int
    digest: str  # SHA-256 of the first and last 64 KB (the ZIP directory is at the end)

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            st = os.stat(path)
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                digest.update(handle.read(_STAMP_SAMPLE))
                if st.st_size > _STAMP_SAMPLE:
                    handle.seek(max(_STAMP_SAMPLE, st.st_size - _STAMP_SAMPLE))
                    digest.update(handle.read(_STAMP_SAMPLE))
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UnreadableCaseFile(path, os_reason(exc)) from None
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, digest.hexdigest())


def attachment_refs(case: Case) -> set[str]:
    """Every SHA-256 the case points at: documents, logo, sent message, IMWU's letter."""
    refs = {d.sha256 for d in case.documents}
    if case.employer.logo_sha256:
        refs.add(case.employer.logo_sha256)
    for event in case.history:
        refs.update(s for s in (event.eml_sha256, event.letter_sha256) if s)
    return refs


def _remove_tree(folder: str) -> None:
    """Remove the store's private folder (its files are read-only, which Windows minds)."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), 0o600)
    shutil.rmtree(folder, ignore_errors=True)


class OpenedCase:
    """A case being edited, with its attachments and outputs. Close it when done."""

    def __init__(self, case: Case, *, path: Path | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> None:
        self.case = case
        self.path = path
        self.limits = limits
        self.stamp: FileStamp | None = None
        # Opened from a read-only file or folder: save elsewhere (save_case refuses in place).
        self.read_only = False
        self._source: SourceFile | None = None
        self._lock: CaseLock | None = None
        self._work = Path(tempfile.mkdtemp(prefix="imwu-case-"))
        self._cleanup = weakref.finalize(self, _remove_tree, str(self._work))
        self._added: dict[str, Path] = {}  # sha256 -> file in the work folder
        self._outputs: dict[str, Path] = {}  # name -> file in the work folder
        self._removed_outputs: set[str] = set()
        # Attachments nothing in the case points at (e.g. shrunk copies): kept when saving.
        self.pinned: set[str] = set()

    # --- attachments ------------------------------------------------------------------

    def attachment_ids(self) -> set[str]:
        """SHA-256 of every attachment this store can provide."""
        known = set(self._added)
        if self._source is not None:
            known.update(self._source.index.attachments)
        return known

    def has_attachment(self, sha256: str) -> bool:
        return sha256 in self.attachment_ids()

    def add_attachment(self, src: Path | str, item: str = "other", label: str = "") -> Document:
        """Copy a file into the case (streamed, stored once by content) and describe it.

        The returned Document is not added to ``case.documents``: the caller decides where.
        """
        src = Path(src)
        try:
            if not stat.S_ISREG(os.stat(src).st_mode):  # a folder, a device, a pipe
                raise AttachmentError(path=src, key="attach_not_file", name=src.name)
            with open(src, "rb") as handle:
                sha256, size, temp = copy_hashed(handle, self._work, self.limits.member_bytes)
        except OSError as exc:
            raise AttachmentError(path=src, key="attach_unreadable", name=src.name,
                                  why=os_reason(exc)) from None
        if sha256 is None:
            raise AttachmentError(path=src, key="attach_too_large", name=src.name,
                                  mb=self.limits.member_bytes // MB)
        final = self._work / sha256
        if sha256 in self._added or (self._source and sha256 in self._source.index.attachments):
            temp.unlink()
        else:
            self._keep(temp, final)
        with self.open_attachment(sha256) as head:
            media_type = sniff_media_type(head.read(64), src.name)
        return Document(item=item, sha256=sha256, file_name=src.name, size=size, label=label,
                        media_type=media_type, added=datetime.now(UTC).replace(microsecond=0))

    def pin_attachment(self, sha256: str) -> None:
        """Keep an attachment on save even though no field of the case points at it."""
        if not self.has_attachment(sha256):
            raise KeyError(sha256)
        self.pinned.add(sha256)

    def unpin_attachment(self, sha256: str) -> None:
        self.pinned.discard(sha256)

    def attachment_size(self, sha256: str) -> int:
        if sha256 in self._added:
            return self._added[sha256].stat().st_size
        if self._source is not None and sha256 in self._source.index.attachments:
            return self._source.index.attachments[sha256]
        raise KeyError(sha256)

    def open_attachment(self, sha256: str) -> BinaryIO:
        """The attachment's bytes as a stream (verified against the SHA-256 as it is read)."""
        if sha256 in self._added:
            return open(self._added[sha256], "rb")
        if self._source is not None and sha256 in self._source.index.attachments:
            return self._source.open_attachment(sha256)
        raise KeyError(sha256)

    def attachment_path(self, sha256: str) -> Path:
        """A private, read-only file holding the attachment (unpacked once, for libraries that
        need a path). Valid until the store is closed; never modify it."""
        if sha256 not in self._added:
            with self.open_attachment(sha256) as src:
                got, _size, temp = copy_hashed(src, self._work, self.limits.member_bytes)
            if got != sha256:
                temp.unlink(missing_ok=True)
                raise KeyError(sha256)
            self._keep(temp, self._work / sha256)
        return self._added[sha256]

    def _keep(self, temp: Path, final: Path) -> None:
        """Adopt a hashed temp file as the attachment named by its SHA-256 (read-only)."""
        os.chmod(temp, 0o400)
        os.replace(temp, final)
        self._added[final.name] = final

    def verify_attachments(self) -> None:
        """Read every attachment the case points at; DamagedCaseFile if one is corrupt."""
        for sha256 in sorted(attachment_refs(self.case)):
            with self.open_attachment(sha256) as stream:
                while stream.read(1024 * 1024):
                    pass

    # --- outputs (last generated letters, the exact .eml sent) -------------------------

    def output_names(self) -> list[str]:
        names = set(self._outputs)
        if self._source is not None:
            names.update(self._source.index.outputs)
        return sorted(names - self._removed_outputs)

    def put_output(self, name: str, data: bytes | Path) -> None:
        """Store (or replace) an output under a plain file name such as ``request.eml``."""
        if not layout.is_output_name(name):
            raise ValueError(f"not a valid output name: {name!r}")
        target = self._work / f"output-{name}"
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            shutil.copyfile(data, target)
        self._outputs[name] = target
        self._removed_outputs.discard(name)

    def get_output(self, name: str) -> bytes | None:
        if name in self._removed_outputs:
            return None
        if name in self._outputs:
            return self._outputs[name].read_bytes()
        if self._source is not None and name in self._source.index.outputs:
            return self._source.read_output(name)
        return None

    def remove_output(self, name: str) -> None:
        self._outputs.pop(name, None)
        self._removed_outputs.add(name)

    # --- life cycle -------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._lock is not None and not self._lock.released

    def close(self) -> None:
        """Release the lock and the temporary folder. Unsaved changes are dropped."""
        if self._source is not None:
            self._source.close()
            self._source = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._cleanup()

    def __enter__(self) -> OpenedCase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- used by save_case ------------------------------------------------------------

    def _members(self) -> list[MemberSource]:
        wanted = attachment_refs(self.case) | self.pinned
        missing = wanted - self.attachment_ids()
        if missing:
            names = [d.file_name for d in self.case.documents if d.sha256 in missing]
            if names:
                raise AttachmentError(key="attach_lost", name=names[0])
            raise AttachmentError(key="attach_lost_unnamed")
        members = [self._member(s) for s in sorted(wanted)]
        for name in self.output_names():
            members.append(MemberSource(layout.output_member(name),
                                        open=self._output_opener(name)))
        return members

    def _member(self, sha256: str) -> MemberSource:
        name = layout.attachment_member(sha256)
        if sha256 not in self._added and self._source is not None:
            raw = self._source.raw_attachment(sha256)
            if raw is not None:
                return MemberSource(name, raw=raw)
        return MemberSource(name, open=lambda: self.open_attachment(sha256))

    def _output_opener(self, name: str) -> Callable[[], BinaryIO]:
        def opener() -> BinaryIO:
            if name in self._outputs:
                return open(self._outputs[name], "rb")
            return io.BytesIO(self.get_output(name) or b"")

        return opener


def case_payload(case: Case) -> bytes:
    """The bytes of case.json."""
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=1).encode("utf-8")


def new_store(case: Case | None = None, *, limits: Limits = DEFAULT_LIMITS) -> OpenedCase:
    """A working store for a new, not yet saved case."""
    return OpenedCase(case if case is not None else Case(), limits=limits)


def _load(path: Path, limits: Limits, private: bool) -> tuple[Case, SourceFile]:
    """Read and check a case file; the returned SourceFile stays open."""
    source = SourceFile(path, limits, private=private)
    try:
        data = source.read_case_data()
        try:
            case = case_from_dict(data)
        except NewerVersionError:
            raise NewerCaseFile(path) from None
        except CaseDataError as exc:
            raise DamagedCaseFile(path, Reason("invalid_data", detail=str(exc).rstrip("."))) \
                from None
        except RecursionError:
            raise DamagedCaseFile(path, Reason("nested")) from None
        sizes = source.index.attachments
        for doc in case.documents:
            if sizes.get(doc.sha256) != doc.size:
                raise DamagedCaseFile(path, Reason("lost_file", name=doc.file_name[:80]))
        for sha256 in attachment_refs(case):
            if sha256 not in sizes:
                raise DamagedCaseFile(path, Reason("lost_reference"))
    except BaseException:
        source.close()
        raise
    return case, source


def open_case(path: Path | str, *, lock: bool = True, snapshot: bool | None = None,
              limits: Limits = DEFAULT_LIMITS) -> OpenedCase:
    """Open a case file for editing (locked), or for reading only with ``lock=False``.

    For editing (``snapshot``, the default when locking) the file is first copied into the
    store's private folder and read from there: a program that rewrites or deletes the
    original while the case is open cannot take attachments away. Raises a CaseFileError
    subclass with a one-sentence message for every failure; the file is never written.
    """
    path = Path(path).absolute()
    stamp = FileStamp.of(path)
    if stamp is None:
        raise UnreadableCaseFile(path, Reason("no_such_file"))
    read_only = not os.stat(path).st_mode & stat.S_IWUSR
    case_lock = None
    if lock:
        try:
            case_lock = acquire_lock(path)
        except CaseFileReadOnly:
            read_only = True  # e.g. a CD or a shared folder: open it, offer "save as"
    opened = OpenedCase(Case(), path=path, limits=limits)
    opened._lock = case_lock
    opened.read_only = read_only
    try:
        private = lock if snapshot is None else snapshot
        read_from = _snapshot(path, opened._work, limits) if private else path
        opened.case, opened._source = _load(read_from, limits, private)
    except CaseFileError as exc:
        opened.close()
        exc.path = path
        raise
    except BaseException:
        opened.close()
        raise
    opened.stamp = stamp
    opened.pinned = set(opened._source.index.attachments) - attachment_refs(opened.case)
    return opened


def _snapshot(path: Path, work: Path, limits: Limits) -> Path:
    """A private copy of the file, under the same name (so messages name the user's file)."""
    st = check_regular_file(path)
    if st.st_size > limits.total_bytes + limits.case_json_bytes:
        raise TooLargeCaseFile(path, Reason("file_over", mb=limits.total_bytes // MB))
    folder = work / "opened"
    folder.mkdir()
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
    except OSError as exc:
        raise UnreadableCaseFile(path, os_reason(exc)) from None
    return copy


__all__ = [
    "BACKUP_SUFFIX", "FileStamp", "OpenedCase", "attachment_refs", "case_payload", "new_store",
    "open_case",
]
