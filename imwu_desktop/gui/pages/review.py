"""Review step: the whole request on one page, with what still stops it listed first.

Each problem is a link; activating it asks the window to open that step at that field.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ReviewPage(StepPage):
    step = "review"
    problemActivated = Signal(str, str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Review"), self.tr(
            "Check the whole request before sending it. Anything that still needs work is "
            "listed first: activate a line to go to that field."))
        self.problems_box = QGroupBox(self.tr("To fix before sending"), self)
        box_layout = QVBoxLayout(self.problems_box)
        self.problems = QLabel(self.problems_box)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.problems.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.linkActivated.connect(self._follow)
        box_layout.addWidget(self.problems)
        self.outer.addWidget(self.problems_box)
        self.summary_layout = QVBoxLayout()
        self.outer.addLayout(self.summary_layout)
        self.outer.addStretch(1)
        self._sections: list[QWidget] = []
        self._loaders.append(self.refresh)

    def _follow(self, link: str) -> None:
        step, _, field = link.partition(":")
        self.problemActivated.emit(step, field)

    def refresh(self) -> None:
        try:
            problems = domain_access.all_problems(self.case)
        except Exception:
            problems = []
        titles = domain_access.step_titles()
        ordered = sorted(problems, key=lambda p: (p.severity != "error",
                                                  domain_access.STEPS.index(p.step)
                                                  if p.step in domain_access.STEPS else 99))
        if ordered:
            lines = []
            for p in ordered:
                mark = self.tr("Error") if p.severity == "error" else self.tr("Warning")
                where = titles.get(p.step, p.step)
                lines.append(f'<li><b>{html.escape(mark)}</b> ({html.escape(where)}): '
                             f'<a href="{html.escape(p.step)}:{html.escape(p.field or p.item)}">'
                             f'{html.escape(p.message)}</a></li>')
            self.problems.setText("<ul>" + "".join(lines) + "</ul>")
            self.problems_box.setTitle(self.tr("To fix before sending ({0})").replace(
                "{0}", str(len(ordered))))
        else:
            self.problems.setText(self.tr("Nothing to fix: the request is ready to send."))
            self.problems_box.setTitle(self.tr("To fix before sending"))
        self._fill_summary()

    def _country(self, iso2: str) -> str:
        """'France (FR)': the name in the interface's language, with the code IRCC uses."""
        found = domain_access.country(iso2) if iso2 else None
        if found is None:
            return iso2
        name = found.name_fr if self.lang() == "fr" else found.name
        return f"{name} ({iso2})"

    def _section(self, title: str, rows: list[tuple[str, Any]]) -> None:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label, value in rows:
            shown = QLabel(_text(value), group)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            form.addRow(self.tr("{0}:").replace("{0}", label), shown)  # French: "{0} :"
        self.summary_layout.addWidget(group)
        self._sections.append(group)

    def _fill_summary(self) -> None:
        for section in self._sections:
            self.summary_layout.removeWidget(section)
            section.deleteLater()
        self._sections.clear()
        c = self.case
        e, a, w, j = c.employer, c.employer.address, c.worker, c.job
        tr = self.tr
        self._section(tr("Employer"), [
            (tr("Legal name"), e.legal_name), (tr("Operating name"), e.operating_name),
            (tr("Business number"), e.business_number),
            (tr("Address"), ", ".join(p for p in (a.street, a.city, a.province, a.postal_code)
                                       if p)),
            (tr("Phone"), e.phone), (tr("Website"), e.website),
            (tr("Employees in Canada / abroad"),
             f"{_text(e.employees_in_canada)} / {_text(e.employees_abroad)}"),
            (tr("Activity"), e.activity),
            (tr("Contact"), " – ".join(p for p in (c.contact.name, c.contact.title,
                                                    c.contact.email, c.contact.phone) if p)),
        ])
        self._section(tr("Worker"), [
            (tr("Name"), c.worker_display_name()), (tr("Date of birth"), w.date_of_birth),
            (tr("Sex"), w.sex), (tr("Citizenship"), self._country(w.citizenship)),
            (tr("Country of birth"), self._country(w.country_of_birth)),
            (tr("Country of residence"), self._country(w.country_of_residence)),
            (tr("Passport"), f"{w.passport_number} ({_text(w.passport_issued)} – "
                             f"{_text(w.passport_expiry)})"),
            (tr("UCI"), w.uci), (tr("Email"), w.email),
        ])
        wage = j.wage
        self._section(tr("Job"), [
            (tr("Title"), j.title), (tr("NOC"), j.noc), (tr("Location"), j.location),
            (tr("Dates"), f"{_text(j.start)} – {_text(j.end)}"), (tr("Duties"), j.duties),
            (tr("Education"), j.education), (tr("Skills"), j.skills),
            (tr("Licensing"), j.licensing),
            (tr("Wage"), f"{_text(wage.amount)} {wage.currency} / {wage.per}"),
            (tr("Hours per week"), j.hours_per_week),
        ])
        self._section(tr("Exemption"), [
            (tr("Code"), c.exemption.code), (tr("Explanation"), c.exemption.explanation),
        ])
        self._section(tr("Documents"), [
            (d.item, f"{d.file_name}" + (f" ({d.label})" if d.label else ""))
            for d in c.documents
        ] or [(tr("Attached"), "")])
