"""The start screen: new case, open case, recent cases, and recovery offers.

The screen's frame (title, New and Open, the recent list) is built with Qt alone, so that the
window appears quickly; its contents (recent cases, the case list, follow-ups, recovery
offers) come from the case services, loaded by `refresh()` (the window calls it right after
its first paint, see MainWindow).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from imwu_desktop.errors import UserError
from imwu_desktop.gui.domain_access import error_text

if TYPE_CHECKING:  # the Qt types of the lists load with them, after the first frame
    from PySide6.QtWidgets import QTreeWidget

    from imwu_desktop.gui.case_list import CaseListView
    from imwu_desktop.gui.follow_up_reminder import FollowUpReminder

#: Qt.ItemDataRole.UserRole as a plain int: touching the Qt namespace first costs ~15 ms,
#: which the start screen's first frame does without (tests/gui check the two agree).
PATH_ROLE = 0x0100


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


#: The two lists share the screen's free height 1:2 whatever they hold (their own sizes are
#: ignored), so that the first frame, drawn before they are built, has them where they will be.
RECENT_MIN_HEIGHT = 80
CASES_MIN_HEIGHT = 140


def _reserve(widget: QWidget, min_height: int) -> QWidget:
    """The widget takes its stretch's share of the height, at least ``min_height`` (or what
    its contents need, if more: large fonts)."""
    needed = max(min_height, widget.minimumSizeHint().height())
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(policy.Policy.Ignored)
    widget.setSizePolicy(policy)
    widget.setMinimumHeight(needed)
    return widget


def _fill(slot: QVBoxLayout, widget: QWidget) -> None:
    """Put the real widget where its placeholder was."""
    while slot.count():
        item = slot.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()
    slot.addWidget(widget)


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    openPath = Signal(str)
    recoverRequested = Signal(object)
    loaded = Signal()  # the lists are filled (the first time)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(16)
        title = QLabel(self.tr("IMWU Desktop"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(self.tr(
            "Prepare a request for an opinion from IRCC's International Mobility Workers Unit "
            "(IMWU) on whether a worker is exempt from an LMIA or from a work permit."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.recovery_box = QVBoxLayout()
        outer.addLayout(self.recovery_box)
        self._recovery_rows: list[QWidget] = []
        self._reminder_slot = QVBoxLayout()  # follow-ups due: a banner, never a dialog
        outer.addLayout(self._reminder_slot)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setAccessibleDescription(self.tr("Start a new request from scratch."))
        self.open_button = QPushButton(self.tr("&Open case…"), self)
        self.open_button.setAccessibleDescription(self.tr("Open a saved case file (.imwu)."))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        for button in (self.new_button, self.open_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self._recent_label = QLabel(self.tr("&Recent cases:"), self)
        outer.addWidget(self._recent_label)
        self._recent_slot = QVBoxLayout()
        outer.addLayout(self._recent_slot, 1)
        self._recent_slot.addWidget(_reserve(QWidget(self), RECENT_MIN_HEIGHT))
        outer.addWidget(QLabel(self.tr(
            "All cases: requests sent, follow-ups due and IMWU's opinions"), self))
        self._cases_slot = QVBoxLayout()
        outer.addLayout(self._cases_slot, 2)
        self._cases_slot.addWidget(_reserve(QWidget(self), CASES_MIN_HEIGHT))
        self._recent: QTreeWidget | None = None
        self._cases: CaseListView | None = None
        self._reminder: FollowUpReminder | None = None
        self.is_loaded = False
        self.setTabOrder(self.new_button, self.open_button)

    @property
    def recent(self) -> QTreeWidget:
        """The recent cases (built with the first refresh, like the lists below it: the
        first frame shows them empty anyway, and does without the tree's ~3 ms)."""
        if self._recent is None:
            self._build_lists()
        assert self._recent is not None
        return self._recent

    @property
    def cases(self) -> CaseListView:
        """Every case: status, follow-up, opinion, archive (built with the first refresh)."""
        if self._cases is None:
            self._build_lists()
        assert self._cases is not None
        return self._cases

    @property
    def reminder(self) -> FollowUpReminder:
        if self._reminder is None:
            self._build_lists()
        assert self._reminder is not None
        return self._reminder

    def _build_recent(self) -> QTreeWidget:
        from PySide6.QtWidgets import QHeaderView, QTreeWidget

        recent = QTreeWidget(self)
        recent.setColumnCount(4)
        recent.setHeaderLabels([self.tr("Worker"), self.tr("Code"), self.tr("Status"),
                                self.tr("Last change")])
        recent.setRootIsDecorated(False)
        recent.setAccessibleName(self.tr("Recent cases"))
        recent.setAccessibleDescription(self.tr("Press Enter to open the selected case."))
        header = recent.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        _reserve(recent, RECENT_MIN_HEIGHT)
        self._recent_label.setBuddy(recent)
        recent.itemActivated.connect(
            lambda item, _col: self.openPath.emit(item.data(0, PATH_ROLE)))
        _fill(self._recent_slot, recent)
        self.setTabOrder(self.open_button, recent)
        return recent

    def _build_lists(self) -> None:
        from imwu_desktop.gui.case_list import CaseListView
        from imwu_desktop.gui.follow_up_reminder import FollowUpReminder

        recent = self._build_recent()

        reminder = FollowUpReminder(self)
        cases = CaseListView(self)
        cases.open_requested.connect(self.openPath)
        cases.new_from_requested.connect(self._new_for_another_worker)
        cases.rows_loaded.connect(lambda rows: reminder.set_rows(rows, date.today()))
        reminder.show_requested.connect(cases.show_follow_ups)
        self._reminder_slot.addWidget(reminder)
        _fill(self._cases_slot, _reserve(cases, CASES_MIN_HEIGHT))
        self.setTabOrder(recent, cases)
        self._recent, self._reminder, self._cases = recent, reminder, cases

    def status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "ready": self.tr("Ready"), "sent": self.tr("Sent"),
                "opinion_received": self.tr("Opinion received")}.get(status, status)

    def refresh(self) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        from imwu_desktop.services import casefile

        self.recent.clear()
        for entry in casefile.list_recent():
            name = entry.worker or Path(entry.path).stem
            if not entry.exists:
                name += " " + self.tr("(file missing)")
            item = QTreeWidgetItem([name, entry.code or "—", self.status_text(entry.status),
                                    _when(entry.changed)])
            item.setData(0, PATH_ROLE, entry.path)
            item.setToolTip(0, entry.path)
            self.recent.addTopLevelItem(item)
        if self.recent.topLevelItemCount():
            self.recent.setCurrentItem(self.recent.topLevelItem(0))
        self.cases.refresh()
        self._show_recoveries()
        if not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()

    def _new_for_another_worker(self, path: str) -> None:
        """A new draft with the same employer and job, handed to the window like a new case."""
        from imwu_desktop.gui.session import CaseSession
        from imwu_desktop.services import case_index

        try:
            store = case_index.new_case_for_another_worker(path)
        except UserError as exc:
            self.cases.show_message(error_text(exc))
            return
        session = CaseSession(store, None)
        self.window().set_session(session, "worker")  # type: ignore[attr-defined]
        session.touch()  # unsaved until the user saves it under a new name

    def _show_recoveries(self) -> None:
        from imwu_desktop.services import casefile

        for row in self._recovery_rows:
            self.recovery_box.removeWidget(row)
            row.deleteLater()
        self._recovery_rows.clear()
        try:
            recoveries = casefile.find_recoveries()
        except Exception:
            recoveries = []
        for rec in recoveries:
            self._recovery_rows.append(self._recovery_row(rec))

    def _recovery_row(self, rec: Any) -> QWidget:
        from PySide6.QtWidgets import QFrame

        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName("recoveryOffer")
        layout = QHBoxLayout(frame)
        who = rec.worker or self.tr("an unnamed case")
        where = str(rec.case_path) if rec.case_path else self.tr("never saved")
        when = rec.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = QLabel(self.tr(
            "An autosaved copy of {0} ({1}) from {2} is newer than the saved file. Recover it?")
            .replace("{0}", who).replace("{1}", where).replace("{2}", when), frame)
        text.setWordWrap(True)
        recover = QPushButton(self.tr("Re&cover"), frame)
        recover.setAccessibleName(self.tr("Recover {0}").replace("{0}", who))
        discard = QPushButton(self.tr("&Discard copy"), frame)
        discard.setAccessibleName(self.tr("Discard the autosaved copy of {0}").replace("{0}", who))
        recover.clicked.connect(lambda: self.recoverRequested.emit(rec))
        discard.clicked.connect(lambda: self._discard(rec))
        layout.addWidget(text, 1)
        layout.addWidget(recover)
        layout.addWidget(discard)
        self.recovery_box.addWidget(frame)
        return frame

    def _discard(self, rec: Any) -> None:
        from imwu_desktop.services import casefile

        casefile.discard_recovery(rec.case_id)
        self._show_recoveries()
