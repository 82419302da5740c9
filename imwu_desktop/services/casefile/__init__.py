"""The case file (.imwu): a ZIP with case.json, attachments/<sha256> and outputs/<name>.

Public API (the GUI and the CLI use only this):

Opening and saving
    ``open_case(path, *, lock=True) -> OpenedCase``  checks the file without trusting it,
        locks it (lock file ``.NAME.imwu.lock``: pid + host; a dead process's lock is taken
        over) and works from a private copy, so a program that rewrites or deletes the file
        meanwhile takes nothing away (``lock=False`` reads in place, e.g. export; when the
        lock cannot be created, e.g. a read-only folder, the case opens ``read_only``).
        Bounded sizes (no zip bombs), no path from member names. Every failure is a
        ``CaseFileError`` with a one-sentence message: ``NotACaseFile``, ``DamagedCaseFile``,
        ``NewerCaseFile``, ``TooLargeCaseFile``, ``UnreadableCaseFile``, ``CaseFileLocked``.
    ``new_store(case=None) -> OpenedCase``  a working store for a new case.
    ``save_case(opened_or_case, path=None, *, overwrite=False) -> OpenedCase``  atomic save
        (temp file beside the target, fsync, replace), previous version kept as NAME.imwu.bak,
        owner-only permissions. Raises ``CaseFileChangedOnDisk`` if another program changed the
        file since it was opened, ``CaseFileExists`` when saving over another file, unless
        ``overwrite``; ``CaseFileWriteError`` when the disk refuses (the old file is intact);
        ``CaseFileReadOnly`` for a case opened from a read-only file or folder
        (``OpenedCase.read_only``): offer "save as".
    ``OpenedCase.close()`` (or ``with``) releases the lock and the temporary folder.
    Given a bare ``Case``, save_case closes the store it made for it.

OpenedCase
    ``.case`` (the Case), ``.path`` (None until saved), ``.stamp``, ``.read_only``.
    ``.add_attachment(src, item, label='') -> Document``  copies the file in (streamed,
        stored once by SHA-256); append the Document to ``case.documents`` yourself. An
        attachment nothing points at is dropped on save unless pinned (``pin_attachment``).
    ``.open_attachment(sha256) -> BinaryIO`` (verified while read),
        ``.attachment_path(sha256) -> Path`` (a private read-only unpacked copy),
        ``.has_attachment``, ``.attachment_size``, ``.verify_attachments()``.
    ``.put_output(name, bytes | Path)``, ``.get_output(name) -> bytes | None``,
        ``.output_names()``, ``.remove_output(name)``: last letters and the exact .eml sent.

Autosave and recovery (data_dir()/recovery)
    ``write_recovery(opened)``, ``find_recoveries() -> list[Recovery]`` (copies newer than
    their case file, not written by another running app), ``open_recovery(recovery) ->
    OpenedCase`` (saves go to the case's own file), ``discard_recovery(case_id)``; a
    successful save_case discards the case's recovery copy.

Recent cases (data_dir()/recent.json)
    ``add_recent(path, case)``, ``list_recent() -> list[RecentCase]``, ``remove_recent(path)``.

Import from the case JSON contract
    ``import_case_json(json_path) -> OpenedCase`` (documents' paths relative to the JSON).
"""

from .errors import (
    AttachmentError,
    CaseFileChangedOnDisk,
    CaseFileError,
    CaseFileExists,
    CaseFileLocked,
    CaseFileReadOnly,
    CaseFileWriteError,
    CaseImportError,
    DamagedCaseFile,
    NewerCaseFile,
    NotACaseFile,
    TooLargeCaseFile,
    UnreadableCaseFile,
)
from .importing import import_case_json
from .limits import DEFAULT_LIMITS, Limits
from .lock import break_lock
from .recent import RecentCase, add_recent, list_recent, remove_recent
from .recovery import Recovery, discard_recovery, find_recoveries, open_recovery, write_recovery
from .saving import save_case
from .store import BACKUP_SUFFIX, OpenedCase, attachment_refs, new_store, open_case

__all__ = [
    "BACKUP_SUFFIX", "DEFAULT_LIMITS", "AttachmentError", "CaseFileChangedOnDisk",
    "CaseFileError", "CaseFileExists", "CaseFileLocked", "CaseFileReadOnly", "CaseFileWriteError",
    "CaseImportError",
    "DamagedCaseFile", "Limits", "NewerCaseFile", "NotACaseFile", "OpenedCase", "RecentCase",
    "Recovery", "TooLargeCaseFile", "UnreadableCaseFile", "add_recent", "attachment_refs",
    "break_lock", "discard_recovery", "find_recoveries", "import_case_json", "list_recent",
    "new_store", "open_case", "open_recovery", "remove_recent", "save_case", "write_recovery",
]
