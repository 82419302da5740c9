"""A form field: the input, and under it the inline message from the field rules.

Messages are never pop-ups: they sit beside the input with an icon. A screen reader hears the
same: the input's accessible description is the current message, then any live note (such as
the NOC code's TEER), then the field's hint; a new message is also announced as it appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.gui.widgets.announce import announce

Rule = Callable[[], str | None]


class FieldBox(QWidget):
    """Holds one input widget and its message line; validates on edit and focus-out."""

    def __init__(self, editor: QWidget, description: str = "", rule: Rule | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._description = description
        self._rule = rule
        self._message = ""
        self._note = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self._message_row = QWidget(self)
        row = QHBoxLayout(self._message_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._icon = QLabel(self._message_row)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon.setPixmap(icon.pixmap(16, 16))
        self._icon.setAccessibleName(self.tr("Problem"))
        self._text = QLabel(self._message_row)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._text.setObjectName("fieldMessage")
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._text, 1)
        layout.addWidget(self._message_row)
        self._message_row.hide()
        self._watched = editor.focusProxy() or editor
        #: the widgets a screen reader describes with this field's text (the input inside a
        #: compound editor too, and each radio button of a Yes/No row)
        self._targets = [editor] if self._watched is editor else [editor, self._watched]
        self._describe()
        self._watched.installEventFilter(self)

    @property
    def message(self) -> str:
        return self._message

    def set_rule(self, rule: Rule | None) -> None:
        self._rule = rule

    def describe_also(self, *widgets: QWidget) -> None:
        """Give these widgets (parts of the field) the same description as the input."""
        self._targets.extend(w for w in widgets if w not in self._targets)
        self._describe()

    def set_note(self, note: str) -> None:
        """A live fact about the value (read after any message, before the hint)."""
        self._note = note
        self._describe()

    def set_message(self, message: str | None) -> None:
        """Show (or clear) the message under the input and in its accessible description."""
        new = message or ""
        changed = new != self._message
        self._message = new
        self._text.setText(self._message)
        self._message_row.setVisible(bool(self._message))
        self._describe()
        if changed:  # the user has usually moved on (focus-out validation): say it now
            announce(self._text, new)

    def _describe(self) -> None:
        text = " ".join(p for p in (self._message, self._note, self._description) if p)
        for widget in self._targets:
            widget.setAccessibleDescription(text)

    def validate(self) -> str | None:
        """Run the rule now; returns the message shown (None when the value is fine)."""
        if self._rule is None:
            return None
        try:
            message = self._rule()
        except Exception:  # a rule must never take the form down
            message = None
        self.set_message(message)
        return message

    def revalidate_if_shown(self) -> None:
        """While typing, only update a message already on screen (don't nag mid-word)."""
        if self._message:
            self.validate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.FocusOut:
            self.validate()
        return super().eventFilter(watched, event)
