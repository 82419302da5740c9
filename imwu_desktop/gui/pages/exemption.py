"""Exemption step: search the catalogue, read a code's details, choose exactly one, explain it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession

CODE_ROLE = Qt.ItemDataRole.UserRole


class ExemptionPage(StepPage):
    step = "exemption"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Exemption"), self.tr(
            "Choose the one exemption code that fits the job. Search by code or by words such "
            "as \"transfer\", \"treaty\" or \"researcher\", and read each code's details."))
        self._catalogue = domain_access.catalogue()
        self._build_chooser()
        form = self.form_group(self.tr("Why this exemption applies"))
        self.explanation = self.text_area(
            form, "exemption.explanation", self.tr("E&xplanation:"),
            lambda c: c.exemption.explanation,
            lambda c, v: setattr(c.exemption, "explanation", v),
            rule=lambda v: None if v.strip() else self.tr(
                "Explain in a few sentences why the worker fits this exemption."),
            description=self.tr("In your own words, how the worker and the job meet the "
                                "exemption's conditions."), lines=5)
        self._loaders.append(self._load_choice)

    def _build_chooser(self) -> None:
        search_row = QHBoxLayout()
        label = QLabel(self.tr("&Search codes:"), self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code or keyword"))
        self.search.setAccessibleName(self.tr("Search codes"))
        self.search.setAccessibleDescription(self.tr(
            "Filters the list of exemption codes: type a code such as C10 or a word such as "
            "transfer."))
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        self.outer.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.codes = QListWidget(splitter)
        self.codes.setAccessibleName(self.tr("Exemption codes"))
        self.codes.setAccessibleDescription(self.tr(
            "Move through the codes with the arrow keys to read each one's details; press Enter "
            "to choose the selected code."))
        self.codes.setMinimumWidth(300)
        self.codes.setWordWrap(True)  # long names wrap instead of being cut off
        self.codes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(detail)
        self.detail.setOpenExternalLinks(True)
        self.detail.setAccessibleName(self.tr("Details of the selected code"))
        self.detail.setAccessibleDescription(self.tr(
            "What the code covers, its legal basis, any fee, and the documents it needs."))
        self.choose_button = QPushButton(self.tr("&Choose this exemption"), detail)
        self.choose_button.clicked.connect(self.choose_selected)
        self.chosen_label = QLabel(detail)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setObjectName("chosenCode")
        detail_layout.addWidget(self.detail, 1)
        row = QFormLayout()
        row.addRow(self.choose_button, self.chosen_label)
        detail_layout.addLayout(row)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        splitter.setMinimumHeight(380)
        self.outer.addWidget(splitter, 1)
        self.search.textChanged.connect(self._fill_list)
        self.codes.currentItemChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.codes.itemActivated.connect(lambda _item: self.choose_selected())
        self._fill_list("")

    def focus_field(self, name: str) -> bool:
        if name in ("code", "exemption.code"):
            self.codes.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus_field(name)

    def _label(self, code: Any) -> str:
        name = code.name_fr if self.lang() == "fr" else code.name
        kind = self.tr("LMIA") if code.kind == "lmia" else self.tr("work permit")
        return f"{code.code} – {name} ({kind})"

    def _fill_list(self, text: str) -> None:
        codes = self._catalogue.search(text) if text.strip() else self._catalogue.all()
        current = self.case.exemption.code
        self.codes.clear()
        for code in codes:
            label = self._label(code)
            if code.code == current:
                label = "✔ " + label + " " + self.tr("(chosen)")
            item = QListWidgetItem(label, self.codes)
            item.setData(CODE_ROLE, code.code)
            item.setToolTip(label)
        if self.codes.count():
            match = self.codes.findItems(current + " ", Qt.MatchFlag.MatchContains)
            self.codes.setCurrentItem(match[0] if current and match else self.codes.item(0))
        else:
            self.detail.setHtml(html.escape(self.tr("No code matches this search.")))

    def _show_detail(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        code = self._catalogue.get(item.data(CODE_ROLE))
        if code is None:
            return
        fr = self.lang() == "fr"
        esc = html.escape
        parts = [f"<h3>{esc(self._label(code))}</h3>",
                 f"<p>{esc(code.description_fr if fr else code.description)}</p>",
                 f"<p><b>{esc(self.tr('Legal basis:'))}</b> {esc(code.basis)}</p>"]
        if code.open_permit:
            parts.append("<p><b>⚠ " + esc(self.tr(
                "Open work permit: the worker applies for a permit without an employer; IMWU "
                "does not give opinions on these.")) + "</b></p>")
        if code.portal_and_fee:
            parts.append("<p><b>" + esc(self.tr("Employer Portal and fee:")) + "</b> "
                         + esc((code.fee_note_fr if fr else code.fee_note) or self.tr(
                             "the employer submits an offer of employment in the Employer "
                             "Portal and pays the compliance fee.")) + "</p>")
        imwu_note = (code.imwu_note_fr if fr else "") or code.imwu_note
        if code.imwu_fit != "yes" and imwu_note:
            parts.append(f"<p><b>{esc(self.tr('IMWU:'))}</b> {esc(imwu_note)}</p>")
        if code.documents:
            docs = "".join(
                f"<li>{esc(d.name_fr if fr else d.name)} – {esc(d.why_fr if fr else d.why)}</li>"
                for d in code.documents)
            parts.append(f"<p><b>{esc(self.tr('Documents:'))}</b></p><ul>{docs}</ul>")
        if not code.confirmed:
            parts.append("<p><i>" + esc(self.tr(
                "Some details of this code are not yet confirmed by an official source.")) +
                "</i></p>")
        source = esc(code.source)
        parts.append(f"<p><small>{esc(self.tr('Source:'))} <a href=\"{source}\">{source}</a>"
                     f" ({esc(self.tr('checked'))} {code.checked.isoformat()})</small></p>")
        self.detail.setHtml("".join(parts))
        self.choose_button.setEnabled(code.code != self.case.exemption.code)

    def choose_selected(self) -> None:
        item = self.codes.currentItem()
        if item is None:
            return
        self.case.exemption.code = item.data(CODE_ROLE)
        self.session.touch()
        self._load_choice()

    def _load_choice(self) -> None:
        current = self.case.exemption.code
        code = self._catalogue.get(current) if current else None
        if code is not None:
            self.chosen_label.setText(self.tr("Chosen: {0}").replace("{0}", self._label(code)))
        elif current:
            retired = self._catalogue.retired(current)
            self.chosen_label.setText(self.tr(
                "Chosen code {0} is not in the catalogue; choose another.").replace("{0}", current)
                if retired is None else self.tr(
                    "Code {0} was retired; choose one of: {1}.").replace("{0}", current).replace(
                        "{1}", ", ".join(retired.replacements)))
        else:
            self.chosen_label.setText(self.tr("No exemption chosen yet."))
        self._fill_list(self.search.text())
