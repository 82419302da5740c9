"""What every step page shares: binding widgets to case fields, inline messages, focus.

Binding means: `load()` copies the case into the widgets (signals blocked), and every edit
writes straight back into the case and calls `session.touch()`. Moving between pages therefore
never loses anything: there is no page-local copy of the data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.domain.case import Case
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.widgets.fields import FieldBox
from imwu_desktop.gui.widgets.pickers import DateField, SearchCombo

Getter = Callable[[Case], Any]
Setter = Callable[[Case, Any], None]


def joined(*parts: str) -> str:
    """Sentences of an accessible description, the empty ones left out."""
    return " ".join(p.strip() for p in parts if p.strip())


def plain(label: str) -> str:
    """A label without its mnemonic marker, for accessible names."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip().rstrip(":").rstrip()  # French puts a (no-break) space before ":"


class StepPage(QWidget):
    """Base of all pages. Subclasses build widgets in __init__ and register loaders."""

    step = ""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loaders: list[Callable[[], None]] = []
        self.fields: dict[str, FieldBox] = {}
        self._loading = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 16, 24, 16)
        self.outer.setSpacing(12)

    @property
    def case(self) -> Case:
        return self.session.case

    def lang(self) -> str:
        return domain_access.ui_lang()

    # --- page life ----------------------------------------------------------------------

    def add_heading(self, title: str, intro: str = "") -> None:
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        self.outer.addWidget(heading)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            self.outer.addWidget(label)

    def load(self) -> None:
        """Copy the case into the widgets (the page is about to show)."""
        self._loading = True
        try:
            for loader in self._loaders:
                loader()
        finally:
            self._loading = False
        for box in self.fields.values():
            if box.message:
                box.validate()

    def shutdown(self) -> None:
        """The page is about to be destroyed: finish or stop background work."""

    def validate_all(self) -> None:
        for box in self.fields.values():
            box.validate()

    def focus_field(self, name: str) -> bool:
        """Put the cursor in the input for a case field (from the Review page's links)."""
        box = self.fields.get(name)
        if box is None:
            box = next((b for k, b in self.fields.items()
                        if name and (k.endswith("." + name) or name.endswith("." + k))), None)
        if box is None:
            return False
        box.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        box.validate()
        return True

    def _write(self, setter: Setter, value: Any) -> None:
        if self._loading:
            return
        setter(self.case, value)
        self.session.touch()

    # --- hints shared by several fields (what the field rules accept) ---------------------

    def phone_hint(self) -> str:
        return self.tr("With the area code (for example 416 555 0100); a number outside North "
                       "America starts with + and the country code.")

    def email_hint(self) -> str:
        return self.tr("The full address, like name@example.com.")

    # --- field builders -----------------------------------------------------------------

    def _add_row(self, form: QFormLayout, key: str, label: str, editor: QWidget,
                 description: str, rule: Callable[[], str | None] | None) -> FieldBox:
        editor.setAccessibleName(plain(label))
        box = FieldBox(editor, description, rule, self)
        caption = QLabel(label, self)
        caption.setBuddy(editor)  # no word wrap: QFormLayout clips wrapped captions
        form.addRow(caption, box)
        self.fields[key] = box
        return box

    def line(self, form: QFormLayout, key: str, label: str, get: Getter, put: Setter, *,
             rule: Callable[[str], str | None] | None = None, description: str = "",
             placeholder: str = "", mask: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        if placeholder:
            edit.setPlaceholderText(placeholder)
            if not description:  # what a sighted user sees greyed out, read aloud too
                description = self.tr("For example: {0}").replace("{0}", placeholder)
        if mask:
            edit.setInputMask(mask)
        if max_length:
            edit.setMaxLength(max_length)
        check = (lambda: rule(edit.text())) if rule else None
        box = self._add_row(form, key, label, edit, description, check)

        def on_edit(text: str) -> None:
            self._write(put, text.strip() if not mask else text.strip(" _-"))
            box.revalidate_if_shown()

        edit.textChanged.connect(on_edit)

        def load() -> None:
            with QSignalBlocker(edit):
                edit.setText(str(get(self.case) or ""))

        self._loaders.append(load)
        return edit

    def text_area(self, form: QFormLayout, key: str, label: str, get: Getter, put: Setter, *,
                  rule: Callable[[str], str | None] | None = None, description: str = "",
                  placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setPlaceholderText(placeholder)
        height = edit.fontMetrics().lineSpacing() * lines + 12
        edit.setFixedHeight(height)
        check = (lambda: rule(edit.toPlainText())) if rule else None
        box = self._add_row(form, key, label, edit, description, check)

        def on_edit() -> None:
            self._write(put, edit.toPlainText())
            box.revalidate_if_shown()

        edit.textChanged.connect(on_edit)

        def load() -> None:
            with QSignalBlocker(edit):
                edit.setPlainText(str(get(self.case) or ""))

        self._loaders.append(load)
        return edit

    def date_field(self, form: QFormLayout, key: str, label: str, get: Getter, put: Setter, *,
                   rule: Callable[[date | None], str | None] | None = None,
                   description: str = "") -> DateField:
        picker = DateField(self)
        picker.edit.setAccessibleName(plain(label))
        picker.clear_button.setAccessibleName(self.tr("Clear {0}").replace("{0}", plain(label)))
        check = (lambda: rule(picker.value())) if rule else None
        description = joined(description, self.tr(
            "Type the date as YYYY-MM-DD (for example 2027-02-01) or choose it with the "
            "calendar button."))
        box = self._add_row(form, key, label, picker, description, check)

        def on_edit() -> None:
            self._write(put, picker.value())
            box.revalidate_if_shown()

        picker.changed.connect(on_edit)
        self._loaders.append(lambda: picker.set_value(get(self.case)))
        return picker

    def search_combo(self, form: QFormLayout, key: str, label: str, items: list[tuple[str, str]],
                     get: Getter, put: Setter, *, description: str = "",
                     rule: Callable[[str], str | None] | None = None) -> SearchCombo:
        combo = SearchCombo(items, self)

        def check() -> str | None:
            if combo.typed_unknown():
                return self.tr("Choose a name from the list (type part of it to search).")
            return rule(combo.value()) if rule else None

        description = joined(description, self.tr(
            "Type part of the name, or its two-letter code, then choose it from the list."))
        box = self._add_row(form, key, label, combo, description, check)

        def on_value(value: str) -> None:
            self._write(put, value)
            box.revalidate_if_shown()

        combo.valueChanged.connect(on_value)
        self._loaders.append(lambda: combo.set_value(str(get(self.case) or "")))
        return combo

    def choice(self, form: QFormLayout, key: str, label: str, items: list[tuple[str, str]],
               get: Getter, put: Setter, *, description: str = "") -> QComboBox:
        combo = QComboBox(self)
        for value, text in items:
            combo.addItem(text, value)
        self._add_row(form, key, label, combo, description, None)
        combo.currentIndexChanged.connect(lambda _i: self._write(put, combo.currentData()))

        def load() -> None:
            with QSignalBlocker(combo):
                index = combo.findData(get(self.case))
                combo.setCurrentIndex(max(index, 0))

        self._loaders.append(load)
        return combo

    def yes_no(self, parent_layout: QVBoxLayout | QFormLayout, key: str, question: str,
               get: Getter, put: Setter, *, description: str = "") -> QButtonGroup:
        """A question answered Yes or No; neither checked means "not answered yet"."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        yes = QRadioButton(self.tr("Yes"), row)
        no = QRadioButton(self.tr("No"), row)
        for button in (yes, no):
            button.setAccessibleName(f"{plain(question)}: {plain(button.text())}")
            layout.addWidget(button)
        layout.addStretch(1)
        group = QButtonGroup(row)
        group.addButton(yes, 1)
        group.addButton(no, 0)
        row.setAccessibleName(plain(question))
        row.setFocusProxy(yes)
        box = FieldBox(row, description, None, self)
        box.describe_also(yes, no)
        caption = QLabel(question, self)
        caption.setBuddy(yes)
        if isinstance(parent_layout, QFormLayout):
            parent_layout.addRow(caption, box)
        else:
            parent_layout.addWidget(caption)
            parent_layout.addWidget(box)
        self.fields[key] = box

        def on_click(button_id: int) -> None:
            self._write(put, button_id == 1)

        group.idClicked.connect(on_click)

        def load() -> None:
            value = get(self.case)
            group.setExclusive(False)
            yes.setChecked(value is True)
            no.setChecked(value is False)
            group.setExclusive(True)

        self._loaders.append(load)
        return group

    def form_group(self, title: str) -> QFormLayout:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.outer.addWidget(group)
        return form
