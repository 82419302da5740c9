"""Eligibility step: the pre-screen questions, then the verdict with reasons and the way forward.

A "not eligible" verdict does not lock the case: the user may still prepare documents, but the
Send step stays blocked (the step flow reports it as a problem).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QStyle, QVBoxLayout, QWidget

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.widgets.pickers import country_items


class EligibilityPage(StepPage):
    step = "eligibility"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Eligibility"), self.tr(
            "IMWU gives opinions only for workers who are outside Canada, do not need a visa "
            "to travel here, and can apply for their work permit at a port of entry. Answer "
            "these questions first."))
        self._build_questions()
        self._build_verdict()
        self.outer.addStretch(1)
        session.changed.connect(self.refresh_verdict)

    def _build_questions(self) -> None:
        group = QGroupBox(self.tr("Questions about the worker"), self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outer.addWidget(group)
        worker = lambda c: c.worker  # noqa: E731

        self.in_canada = self.yes_no(
            form, "worker.in_canada", self.tr("Is the worker in &Canada now?"),
            lambda c: worker(c).in_canada, lambda c, v: setattr(worker(c), "in_canada", v),
            description=self.tr("IMWU gives opinions only for workers who are outside Canada."))
        self.in_canada_explanation = self.text_area(
            form, "worker.in_canada_explanation", self.tr("If yes, e&xplain:"),
            lambda c: worker(c).in_canada_explanation,
            lambda c, v: setattr(worker(c), "in_canada_explanation", v),
            description=self.tr("Why the worker is in Canada and with which status."), lines=2)
        self.citizenship = self.search_combo(
            form, "worker.citizenship", self.tr("Ci&tizenship:"), country_items(self.lang()),
            lambda c: worker(c).citizenship, lambda c, v: setattr(worker(c), "citizenship", v),
            description=self.tr("The country of the worker's passport."))
        self.holds_permit = self.yes_no(
            form, "worker.holds_canadian_work_permit",
            self.tr("Does the worker already hold a Canadian &work permit?"),
            lambda c: worker(c).holds_canadian_work_permit,
            lambda c, v: setattr(worker(c), "holds_canadian_work_permit", v),
            description=self.tr("IMWU does not give opinions for a worker who already holds a "
                                "valid Canadian work permit."))
        self.pending = self.yes_no(
            form, "worker.work_permit_application_pending",
            self.tr("Is a work permit &application pending?"),
            lambda c: worker(c).work_permit_application_pending,
            lambda c, v: setattr(worker(c), "work_permit_application_pending", v),
            description=self.tr("Yes if a work permit application was already submitted or is "
                                "waiting for a decision; IMWU does not give opinions then."))
        self.iec = self.yes_no(
            form, "worker.iec_participant",
            self.tr("Is the worker coming with International Experience Canada (&IEC)?"),
            lambda c: worker(c).iec_participant,
            lambda c, v: setattr(worker(c), "iec_participant", v),
            description=self.tr("IEC participants cannot apply for their work permit at a port "
                                "of entry (only US nationals can)."))
        self.medical = self.yes_no(
            form, "worker.needs_medical_exam", self.tr("Does the job need a &medical exam?"),
            lambda c: worker(c).needs_medical_exam,
            lambda c, v: setattr(worker(c), "needs_medical_exam", v),
            description=self.tr("For example jobs in health care, child care or primary "
                                "schools, or after six months in some countries."))
        self.certificate = self.yes_no(
            form, "worker.has_medical_certificate",
            self.tr("If so, does the worker have the medical exam c&ertificate?"),
            lambda c: worker(c).has_medical_certificate,
            lambda c, v: setattr(worker(c), "has_medical_certificate", v),
            description=self.tr("Without the medical certificate, the worker cannot apply at a "
                                "port of entry."))
        self.seasonal = self.yes_no(
            form, "job.seasonal_agricultural", self.tr("Is it &seasonal agricultural work?"),
            lambda c: c.job.seasonal_agricultural,
            lambda c, v: setattr(c.job, "seasonal_agricultural", v),
            description=self.tr("Seasonal agricultural jobs cannot use IMWU's service."))
        self.charged = self.yes_no(
            form, "worker.charged_or_convicted",
            self.tr("Has the worker ever been charged with or c&onvicted of a crime?"),
            lambda c: worker(c).charged_or_convicted,
            lambda c, v: setattr(worker(c), "charged_or_convicted", v),
            description=self.tr("The IMM 5686 form asks this, for any crime or offence in any "
                                "country."))

    def _build_verdict(self) -> None:
        self.verdict_box = QGroupBox(self.tr("Verdict"), self)
        layout = QVBoxLayout(self.verdict_box)
        self.verdict_icon = QLabel(self.verdict_box)
        self.verdict_title = QLabel(self.verdict_box)
        self.verdict_title.setObjectName("verdictTitle")
        font = self.verdict_title.font()
        font.setBold(True)
        self.verdict_title.setFont(font)
        self.verdict_reasons = QLabel(self.verdict_box)
        self.verdict_reasons.setWordWrap(True)
        self.verdict_reasons.setTextFormat(self.verdict_reasons.textFormat().RichText)
        head = QFormLayout()
        head.addRow(self.verdict_icon, self.verdict_title)
        layout.addLayout(head)
        layout.addWidget(self.verdict_reasons)
        self.outer.addWidget(self.verdict_box)
        self._loaders.append(self.refresh_verdict)

    def refresh_verdict(self) -> None:
        try:
            result = domain_access.assess(self.case)
        except Exception:
            self.verdict_title.setText(self.tr("The answers could not be checked."))
            self.verdict_reasons.setText("")
            return
        titles = {
            "eligible": (self.tr("Eligible: IMWU can give an opinion for this worker."),
                         QStyle.StandardPixmap.SP_DialogApplyButton),
            "not_eligible": (self.tr("Not eligible: this request cannot be sent to IMWU."),
                             QStyle.StandardPixmap.SP_MessageBoxCritical),
            "attention": (self.tr("Needs attention: answer or check the points below."),
                          QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        title, icon = titles.get(result.verdict, titles["attention"])
        self.verdict_title.setText(title)
        self.verdict_icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        self.verdict_icon.setAccessibleName(title)
        items = []
        for reason in result.reasons:
            text = html.escape(reason.message)
            if reason.way_forward:
                text += "<br><i>" + html.escape(self.tr("Way forward:")) + "</i> " + html.escape(
                    reason.way_forward)
            items.append(f"<li>{text}</li>")
        self.verdict_reasons.setText(f"<ul>{''.join(items)}</ul>" if items else "")
        self.verdict_box.setAccessibleDescription(
            title + " " + " ".join(r.message for r in result.reasons))
