"""The case list: every known case with its status, the follow-up and IMWU's opinion.

A self-contained widget: a table (searchable, sortable, archived cases hidden unless asked)
over the case index service, with Open, Archive, Record opinion and New case for another
worker. Opening and starting cases is the window's business: the list only emits
``open_requested(path)`` and ``new_from_requested(path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.domain.tracking import CaseSummaryRow
from imwu_desktop.errors import UserError
from imwu_desktop.gui.domain_access import error_text
from imwu_desktop.gui.workers import TaskRunner
from imwu_desktop.services import case_index

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("worker", "code", "status", "sent", "follow_up", "opinion")
WORKER, CODE, STATUS, SENT, FOLLOW_UP, OPINION = range(len(COLUMNS))
BACKGROUND_FROM = 25  # load in a worker thread from this many cases on

Index = QModelIndex | QPersistentModelIndex


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


class CaseTableModel(QAbstractTableModel):
    """The rows of the case index, one per case file."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummaryRow] = []
        self._today = today

    def set_rows(self, rows: list[CaseSummaryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CaseSummaryRow]:
        return list(self._rows)

    def replace_row(self, new: CaseSummaryRow) -> None:
        for number, row in enumerate(self._rows):
            if row.path == new.path:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(COLUMNS) - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(new)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Worker"), self.tr("Code"), self.tr("Status"), self.tr("Date sent"),
                self.tr("Follow-up due"), self.tr("Opinion"))[section]

    def status_text(self, row: CaseSummaryRow) -> str:
        if not row.readable:
            return self.tr("Cannot be read")
        text = {"draft": self.tr("Draft"), "ready": self.tr("Ready"), "sent": self.tr("Sent"),
                "opinion_received": self.tr("Opinion received")}.get(row.state, row.state)
        return text + " " + self.tr("(archived)") if row.archived else text

    def _text(self, row: CaseSummaryRow, column: int) -> str:
        if column == WORKER:
            name = row.worker or Path(row.path).stem
            return name if row.readable else name + " " + self.tr("(cannot be read)")
        if column == CODE:
            return row.code
        if column == STATUS:
            return self.status_text(row)
        if column == SENT:
            return _day(row.sent)
        if column == FOLLOW_UP:
            if row.follow_up_due(self._today()):
                return self.tr("{0} – follow up now").replace("{0}", _day(row.follow_up))
            return _day(row.follow_up)
        if column == OPINION:
            return {"positive": self.tr("Positive"),
                    "negative": self.tr("Negative")}.get(row.opinion, "")
        return ""

    def _sort_key(self, row: CaseSummaryRow, column: int) -> str:
        if column == FOLLOW_UP:
            return _day(row.follow_up) or "9999"  # cases with nothing to follow up go last
        if column == WORKER:
            return self._text(row, column).casefold()
        return self._text(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or row.path
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        return None

    def _icon(self, row: CaseSummaryRow, column: int) -> Any:
        style = QApplication.style()
        pixmap = QStyle.StandardPixmap
        if column == FOLLOW_UP and row.follow_up_due(self._today()):
            return style.standardIcon(pixmap.SP_MessageBoxWarning)
        if column == WORKER and not row.readable:
            return style.standardIcon(pixmap.SP_MessageBoxCritical)
        return None


class CaseFilter(QSortFilterProxyModel):
    """Search over every column; archived cases and "only due" as switches."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.show_archived = False
        self.only_due = False
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_switches(self, *, show_archived: bool | None = None,
                     only_due: bool | None = None) -> None:
        self.beginFilterChange()
        if show_archived is not None:
            self.show_archived = show_archived
        if only_due is not None:
            self.only_due = only_due
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if isinstance(row, CaseSummaryRow):
            if row.archived and not self.show_archived:
                return False
            if self.only_due and not row.follow_up_due(self._today()):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class RecordOpinionDialog(QDialog):
    """Positive or negative, IMWU's reply (a file), and the day it arrived."""

    def __init__(self, worker: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record IMWU's opinion"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record the opinion IMWU sent about {0}. Its reply is kept in "
                               "the case file: the worker shows it at the border.")
                       .replace("{0}", worker), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        results = QHBoxLayout()
        self.positive = QRadioButton(self.tr("&Positive"), self)
        self.negative = QRadioButton(self.tr("&Negative"), self)
        self.results = QButtonGroup(self)
        for number, button in enumerate((self.positive, self.negative)):
            self.results.addButton(button, number)
            results.addWidget(button)
        self.positive.setAccessibleDescription(self.tr("IMWU's opinion supports the exemption."))
        self.negative.setAccessibleDescription(
            self.tr("IMWU's opinion does not support the exemption."))
        results.addStretch(1)
        form.addRow(self.tr("Opinion:"), results)
        files = QHBoxLayout()
        self.letter = QLineEdit(self)
        self.letter.setAccessibleName(self.tr("IMWU's reply file"))
        self.letter.setAccessibleDescription(self.tr("The PDF (or saved email) IMWU sent."))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose IMWU's reply file"))
        browse.clicked.connect(self._browse)
        files.addWidget(self.letter, 1)
        files.addWidget(browse)
        letter_label = QLabel(self.tr("&Reply from IMWU:"), self)
        letter_label.setBuddy(self.letter)
        form.addRow(letter_label, files)
        self.received = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setAccessibleName(self.tr("Date received"))
        received_label = QLabel(self.tr("&Date received:"), self)
        received_label.setBuddy(self.received)
        form.addRow(received_label, self.received)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.results.idToggled.connect(lambda *_: self._update())
        self.letter.textChanged.connect(lambda *_: self._update())
        self._update()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("IMWU's reply"), str(Path.home()),
            self.tr("PDF files (*.pdf);;Email files (*.eml *.msg);;All files (*)"))
        if name:
            self.letter.setText(name)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.result_value() != "" and Path(self.letter.text().strip()).is_file())

    def result_value(self) -> str:
        return {0: "positive", 1: "negative"}.get(self.results.checkedId(), "")

    def letter_path(self) -> Path:
        return Path(self.letter.text().strip())

    def received_at(self) -> datetime:
        day = self.received.date().toPython()
        assert isinstance(day, date)
        return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


class CaseListView(QWidget):
    """Every known case: search, sort, archive, record the opinion, start the next worker."""

    open_requested = Signal(str)
    new_from_requested = Signal(str)
    rows_loaded = Signal(list)

    def __init__(self, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today
        self.background_from = BACKGROUND_FROM
        self.model = CaseTableModel(today, self)
        self.proxy = CaseFilter(today, self)
        self.proxy.setSourceModel(self.model)
        self._runner = TaskRunner(self)
        self._generation = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Worker, code, status, date…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setAccessibleDescription(self.tr("Shows only the cases containing this text."))
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived cases"))
        self.show_archived.toggled.connect(
            lambda on: self.proxy.set_switches(show_archived=on))
        self.only_due = QCheckBox(self.tr("Only follow-ups d&ue"), self)
        self.only_due.setAccessibleName(self.tr("Show only cases whose follow-up is due"))
        self.only_due.toggled.connect(lambda on: self.proxy.set_switches(only_due=on))
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.only_due)
        layout.addLayout(top)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SENT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr(
            "Press Enter to open the selected case; the context menu has more actions."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORKER, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.open_action = self._action(self.tr("Op&en"), self.open_selected)
        self.archive_action = self._action(self.tr("Arch&ive"), self.toggle_archived)
        self.opinion_action = self._action(self.tr("Record o&pinion…"), self.record_opinion)
        self.new_from_action = self._action(self.tr("New case for another &worker"),
                                            self.new_from_selected)
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (("open", self.open_action), ("archive", self.archive_action),
                            ("opinion", self.opinion_action),
                            ("new_from", self.new_from_action)):
            button = QPushButton(action.text(), self)
            button.clicked.connect(action.trigger)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda *_: slot())
        return action

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the index: at once for a few cases, in a worker thread for many."""
        self._generation += 1
        generation = self._generation
        paths = case_index.known_paths()
        if len(paths) < self.background_from:
            self._loaded(generation, case_index.load_index(paths))
            return
        self._runner.start(lambda: case_index.load_index(paths),
                           lambda rows: self._loaded(generation, rows),
                           lambda exc: self.show_message(error_text(exc)))

    @property
    def loading(self) -> bool:
        return self._runner.busy

    def _loaded(self, generation: int, rows: list[CaseSummaryRow]) -> None:
        if generation != self._generation:
            return  # an older load finished after a newer one started
        self.model.set_rows(rows)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.rows_loaded.emit(rows)

    def rows(self) -> list[CaseSummaryRow]:
        return self.model.rows()

    def show_follow_ups(self) -> None:
        """Show only the cases whose follow-up is due (the reminder's button)."""
        self.show_archived.setChecked(False)
        self.search.clear()
        self.only_due.setChecked(True)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    # --- selection and actions --------------------------------------------------------------

    def selected(self) -> CaseSummaryRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row if isinstance(row, CaseSummaryRow) else None

    def select_path(self, path: str) -> bool:
        for number in range(self.proxy.rowCount()):
            row = self.proxy.index(number, 0).data(ROW_ROLE)
            if isinstance(row, CaseSummaryRow) and row.path == path:
                self.table.selectRow(number)
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected()
        readable = row is not None and row.readable
        self.open_action.setEnabled(row is not None)
        self.archive_action.setEnabled(readable)
        self.archive_action.setText(self.tr("Unarch&ive") if row is not None and row.archived
                                    else self.tr("Arch&ive"))
        self.opinion_action.setEnabled(
            readable and row is not None and row.state in ("sent", "opinion_received"))
        self.new_from_action.setEnabled(readable)
        for key, action in (("open", self.open_action), ("archive", self.archive_action),
                            ("opinion", self.opinion_action),
                            ("new_from", self.new_from_action)):
            button = self.buttons[key]
            button.setText(action.text())
            button.setEnabled(action.isEnabled())

    def _context_menu(self, pos: Any) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in (self.open_action, self.archive_action, self.opinion_action,
                       self.new_from_action):
            menu.addAction(action)
        return menu

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.path)

    def new_from_selected(self) -> None:
        row = self.selected()
        if row is not None and row.readable:
            self.new_from_requested.emit(row.path)

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None or not row.readable:
            return
        self._apply(lambda: case_index.set_archived(row.path, not row.archived),
                    self.tr("Archived.") if not row.archived else self.tr("Back in the list."))

    def record_opinion(self) -> None:
        row = self.selected()
        if row is None or not row.readable:
            return
        dialog = self.opinion_dialog(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_opinion(row, dialog.result_value(), dialog.letter_path(), dialog.received_at())

    def opinion_dialog(self, row: CaseSummaryRow) -> RecordOpinionDialog:
        return RecordOpinionDialog(row.worker or Path(row.path).stem, self.today(), self)

    def save_opinion(self, row: CaseSummaryRow, result: str, letter: Path,
                     at: datetime) -> None:
        self._apply(lambda: case_index.record_opinion_in_file(row.path, result, letter, at),
                    self.tr("Opinion recorded."))

    def _apply(self, change: Callable[[], CaseSummaryRow], done: str) -> None:
        """Run a change to a case file; its one-sentence error is shown below the list."""
        try:
            new = change()
        except UserError as exc:
            self.show_message(error_text(exc))
            return
        except OSError as exc:
            self.show_message(self.tr("The case file could not be changed ({0}); try again.")
                               .replace("{0}", exc.strerror or str(exc)))
            return
        self.model.replace_row(new)
        self.select_path(new.path)
        self._update_actions()
        self.show_message(done)
        self.rows_loaded.emit(self.model.rows())
