"""Worker step: the details exactly as in the passport, and the passport's MRZ lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from imwu_desktop.domain.case import Case
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage, joined
from imwu_desktop.gui.passport_scan import PassportScanRow
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.widgets.pickers import country_items


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


FieldRule = Callable[[Any], str | None]
#: worker fields the domain compares with the MRZ (its problems carry these field names)
MRZ_FIELDS = ("mrz", "family_name", "given_names", "date_of_birth", "sex", "citizenship",
              "passport_number", "passport_expiry")


def _set_uci(case: Case, value: str) -> None:
    case.worker.uci = value or None


class WorkerPage(StepPage):
    step = "worker"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Worker"), self.tr(
            "Type the worker's details exactly as they appear in the passport. You can type the "
            "two lines at the bottom of the passport page (the MRZ) to fill most fields at once."))
        self._build_mrz()
        self._build_identity()
        self._build_passport()
        self.outer.addStretch(1)

    def _build_mrz(self) -> None:
        form = self.form_group(self.tr("Machine-readable zone (optional)"))
        self.mrz = self.text_area(
            form, "worker.mrz", self.tr("MR&Z lines:"), lambda c: c.worker.mrz,
            lambda c, v: setattr(c.worker, "mrz", v.strip()), rule=self._mrz_checked("mrz"),
            description=self.tr("The two lines of 44 characters at the bottom of the passport "
                                "page, starting with P<."), lines=2)
        self.mrz.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        row = QHBoxLayout()
        self.mrz_button = QPushButton(self.tr("Fi&ll from MRZ"), self)
        self.mrz_button.clicked.connect(self.fill_from_mrz)
        self.mrz_status = QLabel(self)
        self.mrz_status.setWordWrap(True)
        row.addWidget(self.mrz_button)
        row.addWidget(self.mrz_status, 1)
        form.addRow("", row)
        self.scan = PassportScanRow(self.session, self)
        self.scan.applied.connect(lambda _changed: self.reload_after_fill())
        form.addRow("", self.scan)

    def _mrz_checked(self, field: str, rule: FieldRule | None = None) -> FieldRule:
        """The field's own rule, then the domain's MRZ problem for it (check digit, mismatch)."""
        return lambda value: (rule(value) if rule else None) or self.mrz_message(field)

    def mrz_message(self, field: str) -> str | None:
        """The worker step's MRZ problem about `field`, as the step flow reports it."""
        _state, problems = domain_access.step_statuses(self.case).get(self.step, ("", []))
        return next((p.message for p in problems
                     if p.field == field and p.id.startswith("mrz_")), None)

    def reload_after_fill(self) -> None:
        """Show the case's new values, and the MRZ problems they leave, under the fields."""
        self.load()
        for field in MRZ_FIELDS:
            box = self.fields[f"worker.{field}"]
            if not box.message and self.mrz_message(field):
                box.validate()

    def shutdown(self) -> None:
        self.scan.shutdown()

    def _build_identity(self) -> None:
        form = self.form_group(self.tr("Identity"))
        lang = self.lang
        name_rule = lambda v: domain_access.rule("person_name", v, lang())  # noqa: E731
        self.family_name = self.line(
            form, "worker.family_name", self.tr("Famil&y name:"), lambda c: c.worker.family_name,
            lambda c, v: setattr(c.worker, "family_name", v),
            rule=self._mrz_checked("family_name", name_rule),
            description=self.tr("As printed in the passport."))
        self.given_names = self.line(
            form, "worker.given_names", self.tr("Given &names:"), lambda c: c.worker.given_names,
            lambda c, v: setattr(c.worker, "given_names", v),
            rule=self._mrz_checked("given_names", name_rule),
            description=self.tr("All given names, as printed in the passport."))
        self.date_of_birth = self.date_field(
            form, "worker.date_of_birth", self.tr("Date of &birth:"),
            lambda c: c.worker.date_of_birth, lambda c, v: setattr(c.worker, "date_of_birth", v),
            rule=self._mrz_checked(
                "date_of_birth", lambda v: domain_access.rule("birth_date", _iso(v), lang())),
            description=self.tr("As printed in the passport."))
        self.sex = self.choice(
            form, "worker.sex", self.tr("&Sex:"),
            [("", self.tr("Choose…")), ("F", self.tr("F (female)")), ("M", self.tr("M (male)")),
             ("X", self.tr("X (another gender)"))],
            lambda c: c.worker.sex, lambda c, v: setattr(c.worker, "sex", v),
            description=self.tr("As printed in the passport."))
        sex_rule = self._mrz_checked("sex")
        self.fields["worker.sex"].set_rule(lambda: sex_rule(None))
        countries = country_items(lang())
        self.citizenship = self.search_combo(
            form, "worker.citizenship", self.tr("&Citizenship:"), countries,
            lambda c: c.worker.citizenship, lambda c, v: setattr(c.worker, "citizenship", v),
            rule=self._mrz_checked("citizenship"),
            description=self.tr("The country that issued the passport."))
        self.country_of_birth = self.search_combo(
            form, "worker.country_of_birth", self.tr("Country of bi&rth:"), countries,
            lambda c: c.worker.country_of_birth,
            lambda c, v: setattr(c.worker, "country_of_birth", v),
            description=self.tr("The country where the worker was born."))
        self.country_of_residence = self.search_combo(
            form, "worker.country_of_residence", self.tr("Country of resi&dence:"), countries,
            lambda c: c.worker.country_of_residence,
            lambda c, v: setattr(c.worker, "country_of_residence", v),
            description=self.tr("The country where the worker lives now."))
        self.email = self.line(
            form, "worker.email", self.tr("E&mail:"), lambda c: c.worker.email,
            lambda c, v: setattr(c.worker, "email", v),
            rule=lambda v: domain_access.rule("email", v, lang()) if v.strip() else None,
            description=joined(self.tr("The worker's own email address, if any."),
                               self.email_hint()))

    def _build_passport(self) -> None:
        form = self.form_group(self.tr("Passport"))
        lang = self.lang

        def dates_rule() -> str | None:
            w = self.case.worker
            return domain_access.rule("passport_dates", _iso(w.passport_issued),
                                      _iso(w.passport_expiry), lang())

        self.passport_number = self.line(
            form, "worker.passport_number", self.tr("&Passport number:"),
            lambda c: c.worker.passport_number,
            lambda c, v: setattr(c.worker, "passport_number", v.upper()),
            rule=self._mrz_checked("passport_number", lambda v: None if v.strip() else self.tr(
                "Enter the passport number.")),
            description=self.tr("Only letters and digits (usually 6 to 9), copied from the "
                                "passport without spaces."))
        self.passport_issued = self.date_field(
            form, "worker.passport_issued", self.tr("Date of &issue:"),
            lambda c: c.worker.passport_issued,
            lambda c, v: setattr(c.worker, "passport_issued", v), rule=lambda _v: dates_rule(),
            description=self.tr("As printed in the passport; it comes before the expiry date."))
        self.passport_expiry = self.date_field(
            form, "worker.passport_expiry", self.tr("Date of e&xpiry:"),
            lambda c: c.worker.passport_expiry,
            lambda c, v: setattr(c.worker, "passport_expiry", v),
            rule=self._mrz_checked("passport_expiry", lambda _v: dates_rule()),
            description=self.tr("As printed in the passport; the passport must still be valid "
                                "when the request is sent."))
        self.uci = self.line(
            form, "worker.uci", self.tr("&UCI (if any):"), lambda c: c.worker.uci or "",
            _set_uci, description=self.tr(
                "The Unique Client Identifier from an earlier Canadian application; leave "
                "empty if the worker never had one."), max_length=12)

    def fill_from_mrz(self) -> None:
        """Read the typed MRZ and copy what it says into the worker's fields."""
        from imwu_desktop.gui.mrz_fill import apply_mrz

        message = apply_mrz(self.case, self.mrz.toPlainText(), self.lang())
        self.session.touch()
        self.reload_after_fill()
        self.mrz_status.setText(message)
        self.fields["worker.mrz"].set_note(message)
