"""Keeping the user's place when a screen is built again (a new interface language).

Two builds of a screen from the same data make the same widgets in the same order, so a
widget's place among them finds its twin. Used by MainWindow.retranslate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from imwu_desktop.gui.workers import TaskRunner

if TYPE_CHECKING:
    from imwu_desktop.gui.pages.base import StepPage


def retire(widget: QWidget) -> None:
    """Delete a replaced widget once its background work is over (its results must never
    arrive in a deleted widget)."""
    widget.hide()
    running = [r for r in widget.findChildren(TaskRunner) if r.busy]
    if not running:
        widget.deleteLater()
        return

    def idle(busy: bool) -> None:
        if not busy and not any(r.busy for r in running):
            widget.deleteLater()

    for runner in running:
        runner.busyChanged.connect(idle)


@dataclass
class FocusSpot:
    """Which widget of a screen had the keyboard focus: its place among the screen's
    widgets (two builds of a screen from the same data make the same widgets)."""

    index: int = -1
    kind: str = ""

    @classmethod
    def of(cls, screen: QWidget, focus: QWidget | None) -> FocusSpot:
        if focus is None or not screen.isAncestorOf(focus):
            return cls()
        widgets = screen.findChildren(QWidget)
        return cls(widgets.index(focus), type(focus).__name__) if focus in widgets else cls()

    def restore(self, screen: QWidget) -> QWidget | None:
        if self.index < 0:
            return None
        widgets = screen.findChildren(QWidget)
        if self.index < len(widgets) and type(widgets[self.index]).__name__ == self.kind:
            widgets[self.index].setFocus()
            return widgets[self.index]
        return None


@dataclass
class PageView:
    """Where the user was on the page shown: scroll, focus, cursor, messages under fields."""

    scroll: int
    spot: FocusSpot
    messages: list[str]  # the fields with a message under them
    field_key: str = ""
    cursor: int = -1
    typed: str | None = None  # text typed in a search list, not chosen yet

    @classmethod
    def of(cls, scroll: QScrollArea, page: StepPage, focus: QWidget | None) -> PageView:
        view = cls(scroll.verticalScrollBar().value(), FocusSpot.of(page, focus),
                   [k for k, box in page.fields.items() if box.message])
        if view.spot.index >= 0 and focus is not None:
            view.field_key = next((k for k, box in page.fields.items()
                               if box.isAncestorOf(focus)), "")
            view.cursor = _cursor(focus)
            combo = focus if isinstance(focus, QComboBox) else focus.parentWidget()
            if isinstance(combo, QComboBox) and combo.isEditable():
                view.typed = combo.currentText()
        return view

    def let_go(self, page: StepPage) -> None:
        """Take the focus off the old page without the focus-out committing a half-typed
        value (the new page shows it again)."""
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            focus.blockSignals(True)
            focus.clearFocus()

    def restore(self, scroll: QScrollArea, page: StepPage) -> None:
        for key in self.messages:
            if key in page.fields:
                page.fields[key].validate()
        target = self.spot.restore(page)
        if target is None and self.field_key in page.fields:
            target = page.fields[self.field_key].editor
            target.setFocus()
        if target is not None:
            combo = target if isinstance(target, QComboBox) else target.parentWidget()
            if self.typed is not None and isinstance(combo, QComboBox) and combo.isEditable():
                combo.setEditText(self.typed)
            _set_cursor(target, self.cursor)
        layout = page.layout()
        if layout is not None:
            layout.activate()  # the scroll range is right before the position is put back
        scroll.verticalScrollBar().setValue(self.scroll)
        if target is not None:
            scroll.ensureWidgetVisible(target)


def _cursor(widget: QWidget) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    return -1


def _set_cursor(widget: QWidget, position: int) -> None:
    if position < 0:
        return
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)
