"""Date picker with a clear "not set" state, and a searchable country list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

#: The date shown as "Not set" (the minimum of the editor, never a real answer)
_UNSET = QDate(1900, 1, 1)


class _DateEdit(QDateEdit):
    """Typing a digit into a "Not set" date starts a real date at the year section."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.date() == _UNSET and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)
        super().keyPressEvent(event)


class DateField(QWidget):
    """A QDateEdit with a calendar popup; the minimum date stands for "not set"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_UNSET)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(_UNSET)
        self.edit.setMinimumWidth(130)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear this date (not set)"))
        self.clear_button.setAccessibleName(self.tr("Clear date"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if self.value() is None:
            # the popup opens on this month rather than on January 1900
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        self.changed.emit()

    def value(self) -> date | None:
        current = self.edit.date()
        if current == _UNSET:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None, *, notify: bool = False) -> None:
        blocker = None if notify else QSignalBlocker(self.edit)
        self.edit.setDate(_UNSET if value is None else QDate(value.year, value.month, value.day))
        del blocker
        self.clear_button.setEnabled(value is not None)

    def clear(self) -> None:
        self.edit.setDate(_UNSET)


class SearchCombo(QComboBox):
    """An editable combo whose list filters as the user types (any part of the name)."""

    valueChanged = Signal(str)

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None,
                 *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem(empty_text, "")
        for code, label in items:
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self._last = ""
        self.currentIndexChanged.connect(self._emit_if_new)
        self.lineEdit().editingFinished.connect(self._match_text)

    def _match_text(self) -> None:
        """Typing a full name (or code) then leaving selects it."""
        text = self.currentText().strip()
        if not text:
            self.setCurrentIndex(0)
            self._emit_if_new()
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.findData(text.upper())
        if index >= 0:
            self.setCurrentIndex(index)
        self._emit_if_new()

    def _emit_if_new(self) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)

    def value(self) -> str:
        """The chosen code, or "" when nothing (or an unknown name) is chosen."""
        index = self.currentIndex()
        if index <= 0 or self.itemText(index) != self.currentText():
            return ""
        return str(self.itemData(index))

    def typed_unknown(self) -> bool:
        return bool(self.currentText().strip()) and not self.value()

    def set_value(self, code: str) -> None:
        blocker = QSignalBlocker(self)
        index = self.findData(code) if code else 0
        if index < 0:  # a code we do not list: keep it visible rather than dropping it
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self._last = self.value()
        del blocker


def country_items(lang: str) -> list[tuple[str, str]]:
    """(ISO code, "Name (XX)") sorted by name, from the project's country data."""
    from imwu_desktop.gui import domain_access

    pairs = domain_access.country_names(lang)
    return sorted(((iso, f"{name} ({iso})") for iso, name in pairs), key=lambda p: p[1].casefold())
