"""Errors of the case file store: each message is one plain sentence for the user.

Every failure to open, save, lock or import a case file is a ``CaseFileError`` (a
``UserError``), so the command line prints it without a traceback. ``str(exc)`` is English
(the CLI's text); ``exc.message_in(lang)`` words the same sentence in English or French for
the GUI, from the tables in ``messages.py``.
"""

from __future__ import annotations

from pathlib import Path

from imwu_desktop.errors import UserError

from .messages import Reason, sentence


class CaseFileError(UserError):
    """Base class: the case file could not be opened, saved or locked.

    Made either from an English ``message`` (worded the same in every language) or from a
    message ``key`` and its fields (see ``messages.ERRORS``).
    """

    def __init__(self, message: str | None = None, path: Path | str | None = None, *,
                 key: str = "", **fields: object) -> None:
        self.key = key
        self.fields = fields
        super().__init__(sentence(key, "en", fields) if key else message or "")
        self.path = Path(path) if path is not None else None

    def message_in(self, lang: str) -> str:
        """The sentence in "en" or "fr"; English when this error has no message key."""
        return sentence(self.key, lang, self.fields) if self.key else str(self)


class NotACaseFile(CaseFileError):
    """The file is empty, not a ZIP, or a ZIP without ``case.json``."""

    def __init__(self, path: Path | str, why: str = "") -> None:
        if why:
            super().__init__(path=path, key="not_case_why", name=Path(path).name, why=why)
        else:
            super().__init__(path=path, key="not_case", name=Path(path).name)


class DamagedCaseFile(CaseFileError):
    """The file is a case file but its content cannot be trusted."""

    def __init__(self, path: Path | str, why: str) -> None:
        name = Path(path).name
        super().__init__(path=path, key="damaged", name=name, why=why, backup=name + ".bak")
        self.why = why


class NewerCaseFile(CaseFileError):
    """The case was written by a newer version of the app."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path=path, key="newer", name=Path(path).name)


class TooLargeCaseFile(CaseFileError):
    """A part of the file would unpack to more than the app accepts (zip bombs)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(path=path, key="too_large", name=Path(path).name, why=why)


class UnreadableCaseFile(CaseFileError):
    """The operating system refused to read the file (missing, permissions, I/O error)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(path=path, key="unreadable", name=Path(path).name, why=why)


class CaseFileChangedOnDisk(CaseFileError):
    """Someone else changed the file since it was opened: saving would lose their work."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path=path, key="changed", name=Path(path).name)


class CaseFileExists(CaseFileError):
    """Saving would replace a file that this case was not opened from."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path=path, key="exists", name=Path(path).name)


class CaseFileLocked(CaseFileError):
    """The case is open in another running copy of the app."""

    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(path=path, key="locked", name=Path(path).name, holder=holder)
        self.holder = holder


SAVE_ELSEWHERE = Reason("save_elsewhere")


class CaseFileWriteError(CaseFileError):
    """The operating system refused to write (disk full, read-only folder, permissions).

    The message says why, whether the file on disk is still the previous version, and what to
    do to keep the work (by default: save it somewhere else).
    """

    def __init__(self, path: Path | str, why: str, *, previous_kept: bool = True,
                 way: str = SAVE_ELSEWHERE) -> None:
        super().__init__(path=path, key="not_saved_kept" if previous_kept else "not_saved",
                         name=Path(path).name, why=why, way=way)


class CaseFileReadOnly(CaseFileWriteError):
    """The file or its folder cannot be written: it can be opened, but not saved in place."""

    def __init__(self, path: Path | str, why: str = Reason("read_only"), *,
                 previous_kept: bool = True) -> None:
        super().__init__(path, why, previous_kept=previous_kept)


class AttachmentError(CaseFileError):
    """An attachment could not be added or read back."""


class CaseImportError(CaseFileError):
    """A case JSON file to import is missing, unreadable or not a case."""
