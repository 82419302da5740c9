"""One open case in one window: the Case (single source of truth), its file and its state.

Pages write into `session.case` on every edit and call `touch()`; the window listens to
`changed` to refresh the step list and title. All file work goes through the case-file service.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services import casefile

log = logging.getLogger(__name__)


class CaseSession(QObject):
    changed = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal()

    def __init__(self, opened: Any, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opened = opened
        self._path = path
        self._modified = False

    # --- construction -------------------------------------------------------------------

    @classmethod
    def new(cls, case: Case | None = None) -> CaseSession:
        return cls(casefile.new_store(case), None)

    @classmethod
    def open(cls, path: Path) -> CaseSession:
        """Open a case file; raises casefile.CaseFileError with a one-sentence message."""
        opened = casefile.open_case(path)
        session = cls(opened, Path(opened.path or path))
        session._remember()
        return session

    @classmethod
    def recover(cls, recovery: Any) -> CaseSession:
        """A session on an autosaved copy; it stays "modified" until the user saves it."""
        opened = casefile.open_recovery(recovery)
        path = getattr(recovery, "case_path", None) or opened.path
        session = cls(opened, Path(path) if path else None)
        session._modified = True
        return session

    # --- state --------------------------------------------------------------------------

    @property
    def opened(self) -> Any:
        return self._opened

    @property
    def case(self) -> Case:
        return self._opened.case  # type: ignore[no-any-return]

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return self._modified

    def touch(self) -> None:
        """The user changed something: mark modified and tell the window."""
        if not self._modified:
            self._modified = True
            self.modifiedChanged.emit(True)
        self.changed.emit()

    # --- files --------------------------------------------------------------------------

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> Path:
        """Save (atomically, via the case-file service); CaseFileError on failure."""
        target = path or self._path
        if target is None:
            raise ValueError("a new case needs a file name")
        casefile.save_case(self._opened, target, overwrite=overwrite)
        target = Path(self._opened.path or target)
        if target != self._path:
            self._path = target
            self.pathChanged.emit()
        self._remember()
        if self._modified:
            self._modified = False
            self.modifiedChanged.emit(False)
        return target

    def _remember(self) -> None:
        if self._path is None:
            return
        try:
            casefile.add_recent(self._path, self.case)
        except Exception:  # the recent list is a convenience
            log.exception("could not update the recent cases list")

    def autosave(self) -> bool:
        """Write the recovery copy when there are unsaved changes (never the case file)."""
        if not self._modified:
            return False
        try:
            casefile.write_recovery(self._opened)
        except Exception:  # autosave must never interrupt the user's work
            log.exception("autosave failed")
            return False
        return True

    def close(self, *, discard_recovery: bool = True) -> None:
        """Release the file (lock); drop the recovery copy when the user chose to close."""
        try:
            if discard_recovery:
                casefile.discard_recovery(self.case.case_id)
        except Exception:
            log.exception("could not remove the recovery copy")
        try:
            self._opened.close()
        except Exception:
            log.exception("closing the case failed")

    # --- attachments --------------------------------------------------------------------

    def prepare_document(self, source: Path, item: str, label: str = "") -> Document:
        """Copy a file into the case store (slow: run it in a worker); not yet listed."""
        return self._opened.add_attachment(source, item=item, label=label)  # type: ignore[no-any-return]

    def append_document(self, doc: Document) -> None:
        self.case.documents.append(doc)
        self.touch()

    def add_document(self, source: Path, item: str, label: str = "") -> Document:
        doc = self.prepare_document(source, item, label)
        self.append_document(doc)
        return doc

    def remove_document(self, doc: Document) -> None:
        self.case.documents.remove(doc)
        self.touch()

    def document_path(self, doc: Document) -> Path:
        return Path(self._opened.attachment_path(doc.sha256))
