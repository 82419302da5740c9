"""Errors of the case file store: each message is one plain sentence for the user.

Every failure to open, save, lock or import a case file is a ``CaseFileError`` (a
``UserError``), so the command line prints it without a traceback and the GUI shows it as is.
"""

from __future__ import annotations

from pathlib import Path

from imwu_desktop.errors import UserError


def _name(path: Path | str) -> str:
    return f"“{Path(path).name}”"


class CaseFileError(UserError):
    """Base class: the case file could not be opened, saved or locked."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.path = Path(path) if path is not None else None


class NotACaseFile(CaseFileError):
    """The file is empty, not a ZIP, or a ZIP without ``case.json``."""

    def __init__(self, path: Path | str, why: str = "") -> None:
        detail = f" ({why})" if why else ""
        super().__init__(
            f"{_name(path)} is not an IMWU case file{detail}; choose a .imwu file saved by "
            "IMWU Desktop.", path)


class DamagedCaseFile(CaseFileError):
    """The file is a case file but its content cannot be trusted."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(
            f"{_name(path)} is damaged and cannot be opened ({why}); open its backup "
            f"{_name(str(path) + '.bak')} if there is one.", path)
        self.why = why


class NewerCaseFile(CaseFileError):
    """The case was written by a newer version of the app."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{_name(path)} was made by a newer version of IMWU Desktop; update the app to "
            "open it.", path)


class TooLargeCaseFile(CaseFileError):
    """A part of the file would unpack to more than the app accepts (zip bombs)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(f"{_name(path)} is too large to open safely ({why}).", path)


class UnreadableCaseFile(CaseFileError):
    """The operating system refused to read the file (missing, permissions, I/O error)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(f"{_name(path)} cannot be read ({why}).", path)


class CaseFileChangedOnDisk(CaseFileError):
    """Someone else changed the file since it was opened: saving would lose their work."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{_name(path)} was changed by another program since you opened it; save under "
            "another name, or reopen it to see those changes.", path)


class CaseFileExists(CaseFileError):
    """Saving would replace a file that this case was not opened from."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{_name(path)} already exists; choose another name or confirm that it should be "
            "replaced.", path)


class CaseFileLocked(CaseFileError):
    """The case is open in another running copy of the app."""

    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(
            f"{_name(path)} is already open in IMWU Desktop ({holder}); close it there first.",
            path)
        self.holder = holder


SAVE_ELSEWHERE = "save your changes under another name or in another folder"


class CaseFileWriteError(CaseFileError):
    """The operating system refused to write (disk full, read-only folder, permissions).

    The message says why, whether the file on disk is still the previous version, and what to
    do to keep the work (by default: save it somewhere else).
    """

    def __init__(self, path: Path | str, why: str, *, previous_kept: bool = True,
                 way: str = SAVE_ELSEWHERE) -> None:
        kept = "; the previous version on disk is unchanged" if previous_kept else ""
        super().__init__(f"{_name(path)} could not be saved ({why}){kept}; {way}.", path)


class CaseFileReadOnly(CaseFileWriteError):
    """The file or its folder cannot be written: it can be opened, but not saved in place."""

    def __init__(self, path: Path | str, why: str = "the file or its folder is read-only", *,
                 previous_kept: bool = True) -> None:
        super().__init__(path, why, previous_kept=previous_kept)


class AttachmentError(CaseFileError):
    """An attachment could not be added or read back."""


class CaseImportError(CaseFileError):
    """A case JSON file to import is missing, unreadable or not a case."""
