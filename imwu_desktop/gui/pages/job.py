"""Job step: the position offered in Canada, its NOC code (with TEER), wage and hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from imwu_desktop.domain.case import Case
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession


def _number(text: str) -> int | float | None:
    text = text.strip().replace(" ", "").replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _shown(value: int | float | None) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _set_licensing(case: Case, value: str) -> None:
    case.job.licensing = value or None


class JobPage(StepPage):
    step = "job"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Job"), self.tr(
            "The position offered in Canada. IMWU compares these details with the exemption "
            "you choose."))
        self._build_position()
        self._build_terms()
        self.outer.addStretch(1)

    def _build_position(self) -> None:
        form = self.form_group(self.tr("Position"))
        lang = self.lang
        self.title = self.line(
            form, "job.title", self.tr("Job &title:"), lambda c: c.job.title,
            lambda c, v: setattr(c.job, "title", v),
            rule=lambda v: None if v.strip() else self.tr("Enter the job title."),
            description=self.tr("The title of the position offered in Canada."))
        self.noc = self.line(
            form, "job.noc", self.tr("&NOC code:"), lambda c: c.job.noc,
            lambda c, v: setattr(c.job, "noc", v),
            rule=lambda v: domain_access.rule("noc", v, lang()),
            description=self.tr("The National Occupational Classification (NOC 2021) code: 5 "
                                "digits, for example 21301."),
            placeholder="21301", max_length=5)
        self.teer = QLabel(self)
        self.teer.setObjectName("teerLabel")
        self.teer.setWordWrap(True)
        form.addRow(self.tr("TEER:"), self.teer)
        self.noc.textChanged.connect(self._show_teer)
        self._loaders.append(lambda: self._show_teer(self.case.job.noc))
        self.location = self.line(
            form, "job.location", self.tr("Work l&ocation:"), lambda c: c.job.location,
            lambda c, v: setattr(c.job, "location", v), placeholder=self.tr("City, province"),
            description=self.tr("Where the worker will work in Canada: the city and the "
                                "province."))
        self.start = self.date_field(
            form, "job.start", self.tr("&Start date:"), lambda c: c.job.start,
            lambda c, v: setattr(c.job, "start", v),
            rule=lambda _v: self._dates_rule(),
            description=self.tr("The first day of work in Canada."))
        self.end = self.date_field(
            form, "job.end", self.tr("&End date:"), lambda c: c.job.end,
            lambda c, v: setattr(c.job, "end", v), rule=lambda _v: self._dates_rule(),
            description=self.tr("The last day of work; it comes after the start date."))
        self.duties = self.text_area(
            form, "job.duties", self.tr("&Duties:"), lambda c: c.job.duties,
            lambda c, v: setattr(c.job, "duties", v),
            rule=lambda v: None if v.strip() else self.tr("Describe the main duties."),
            description=self.tr("The main duties, in a few sentences."), lines=4)

    def _build_terms(self) -> None:
        form = self.form_group(self.tr("Requirements and terms"))
        self.education = self.line(
            form, "job.education", self.tr("Ed&ucation required:"), lambda c: c.job.education,
            lambda c, v: setattr(c.job, "education", v),
            description=self.tr("The education the job requires, such as a degree or diploma."))
        self.skills = self.line(
            form, "job.skills", self.tr("Skills and e&xperience:"), lambda c: c.job.skills,
            lambda c, v: setattr(c.job, "skills", v),
            description=self.tr("The skills and work experience the job requires."))
        self.licensing = self.line(
            form, "job.licensing", self.tr("&Licensing (if any):"),
            lambda c: c.job.licensing or "", _set_licensing,
            description=self.tr("A licence or certification the job requires in Canada."))
        wage_row = QWidget(self)
        row = QHBoxLayout(wage_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.wage = QLineEdit(wage_row)
        wage_row.setFocusProxy(self.wage)
        self.wage.setValidator(QDoubleValidator(0, 10_000_000, 2, self))
        self.wage.setPlaceholderText("125000")
        self.wage.setAccessibleName(self.tr("Wage amount"))
        row.addWidget(self.wage, 2)
        self.wage.textChanged.connect(
            lambda t: self._write(lambda c, v: setattr(c.job.wage, "amount", v), _number(t)))
        self._loaders.append(lambda: self.wage.setText(_shown(self.case.job.wage.amount)))
        self._add_row(form, "job.wage.amount", self.tr("&Wage:"), wage_row,
                      self.tr("The gross wage before deductions: an amount greater than zero, "
                              "for example 125000."),
                      lambda: domain_access.rule("wage", self.wage.text(), self.lang()))

        self.wage_per = QComboBox(wage_row)
        for value, text in (("hour", self.tr("per hour")), ("week", self.tr("per week")),
                            ("month", self.tr("per month")), ("year", self.tr("per year"))):
            self.wage_per.addItem(text, value)
        self.wage_per.setAccessibleName(self.tr("Wage period"))
        self.wage_per.setAccessibleDescription(self.tr(
            "Whether the wage is per hour, week, month or year."))
        self.wage_currency = QComboBox(wage_row)
        for currency in ("CAD", "USD", "EUR", "GBP"):
            self.wage_currency.addItem(currency, currency)
        self.wage_currency.setAccessibleName(self.tr("Wage currency"))
        self.wage_currency.setAccessibleDescription(self.tr("The currency of the wage amount."))
        row.addWidget(self.wage_per, 1)
        row.addWidget(self.wage_currency, 1)
        self.wage_per.currentIndexChanged.connect(lambda _i: self._write(
            lambda c, v: setattr(c.job.wage, "per", v), self.wage_per.currentData()))
        self.wage_currency.currentIndexChanged.connect(lambda _i: self._write(
            lambda c, v: setattr(c.job.wage, "currency", v), self.wage_currency.currentData()))
        self._loaders.append(self._load_wage_choices)
        self.hours = self.line(
            form, "job.hours_per_week", self.tr("Hours per wee&k:"),
            lambda c: _shown(c.job.hours_per_week),
            lambda c, v: setattr(c.job, "hours_per_week", _number(v)), max_length=5,
            description=self.tr("The usual hours of work per week: a number from 1 to 80."),
            rule=lambda v: domain_access.rule("hours_per_week", v, self.lang()))
        self.hours.setValidator(QDoubleValidator(0, 168, 1, self))
        self.seasonal = self.yes_no(
            form, "job.seasonal_agricultural", self.tr("Seasonal &agricultural work?"),
            lambda c: c.job.seasonal_agricultural,
            lambda c, v: setattr(c.job, "seasonal_agricultural", v),
            description=self.tr("Seasonal agricultural jobs cannot use IMWU's service."))

    def _load_wage_choices(self) -> None:
        wage = self.case.job.wage
        for combo, value in ((self.wage_per, wage.per), (self.wage_currency, wage.currency)):
            index = combo.findData(value)
            if index < 0:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def _dates_rule(self) -> str | None:
        job = self.case.job
        if job.start is None or job.end is None:
            return None
        return domain_access.rule("date_range", _iso(job.start), _iso(job.end), self.lang())

    def _show_teer(self, noc: str) -> None:
        text = domain_access.teer_text(noc.strip(), self.lang()) if noc.strip() else ""
        self.teer.setText(text or self.tr("(type a 5-digit NOC code)"))
        self.fields["job.noc"].set_note(text)
