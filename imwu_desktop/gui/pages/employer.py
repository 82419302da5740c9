"""Employer step: the business, its contact person, an optional representative, the profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from imwu_desktop.domain.case import Case, Representative
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage, joined
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.services import profile

PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")


def _int_or_none(text: str) -> int | None:
    text = text.strip().replace(" ", "").replace(",", "")
    return int(text) if text.isdigit() else None


def _representative(case: Case) -> Representative:
    if case.representative is None:
        case.representative = Representative()
    return case.representative


class EmployerPage(StepPage):
    step = "employer"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Employer"), self.tr(
            "The business that will employ the worker in Canada, as registered with the "
            "Canada Revenue Agency. Save it once as your employer profile to reuse it."))
        self._build_profile_bar()
        self._build_business()
        self._build_address()
        self._build_contact()
        self._build_representative()
        self.outer.addStretch(1)

    def _build_profile_bar(self) -> None:
        bar = QHBoxLayout()
        self.use_profile_button = QPushButton(self.tr("&Use my saved employer profile"), self)
        self.use_profile_button.clicked.connect(self.use_profile)
        self.save_profile_button = QPushButton(self.tr("Save as my employer prof&ile"), self)
        self.save_profile_button.clicked.connect(self.save_profile)
        self.profile_status = QLabel(self)
        self.profile_status.setWordWrap(True)
        bar.addWidget(self.use_profile_button)
        bar.addWidget(self.save_profile_button)
        bar.addWidget(self.profile_status, 1)
        self.outer.addLayout(bar)

    def _build_business(self) -> None:
        form = self.form_group(self.tr("Business"))
        lang = self.lang
        self.legal_name = self.line(
            form, "employer.legal_name", self.tr("&Legal name:"),
            lambda c: c.employer.legal_name, lambda c, v: setattr(c.employer, "legal_name", v),
            rule=lambda v: None if v.strip() else self.tr("Enter the business's legal name."),
            description=self.tr("The name registered with the Canada Revenue Agency."))
        self.operating_name = self.line(
            form, "employer.operating_name", self.tr("&Operating name:"),
            lambda c: c.employer.operating_name,
            lambda c, v: setattr(c.employer, "operating_name", v),
            description=self.tr("The name the business uses day to day, if different."))
        self.business_number = self.line(
            form, "employer.business_number", self.tr("&Business number:"),
            lambda c: c.employer.business_number,
            lambda c, v: setattr(c.employer, "business_number", v.replace(" ", "")),
            rule=lambda v: domain_access.rule("business_number", v, lang()),
            description=self.tr("The CRA business number: 9 digits (for example 123456782), "
                                "optionally followed by a program account such as RT 0001."),
            placeholder="123456782",
            max_length=17)
        self.phone = self.line(
            form, "employer.phone", self.tr("&Phone:"), lambda c: c.employer.phone,
            lambda c, v: setattr(c.employer, "phone", v),
            rule=lambda v: domain_access.rule("phone", v, lang()) if v.strip() else None,
            description=self.phone_hint(), placeholder="+1 416 555 0100")
        self.website = self.line(
            form, "employer.website", self.tr("&Website:"), lambda c: c.employer.website,
            lambda c, v: setattr(c.employer, "website", v), placeholder="https://",
            description=self.tr("The business's website address, starting with https://, if "
                                "it has one."))
        validator = QIntValidator(0, 10_000_000, self)
        self.employees_in_canada = self.line(
            form, "employer.employees_in_canada", self.tr("Employees in &Canada:"),
            lambda c: "" if c.employer.employees_in_canada is None
            else c.employer.employees_in_canada,
            lambda c, v: setattr(c.employer, "employees_in_canada", _int_or_none(v)),
            description=self.tr("A whole number (0 or more): the business's employees in "
                                "Canada."))
        self.employees_in_canada.setValidator(validator)
        self.employees_abroad = self.line(
            form, "employer.employees_abroad", self.tr("Employees &abroad:"),
            lambda c: "" if c.employer.employees_abroad is None else c.employer.employees_abroad,
            lambda c, v: setattr(c.employer, "employees_abroad", _int_or_none(v)),
            description=self.tr("A whole number (0 or more): employees of the same company "
                                "group outside Canada."))
        self.employees_abroad.setValidator(validator)
        self.activity = self.text_area(
            form, "employer.activity", self.tr("Business ac&tivity:"),
            lambda c: c.employer.activity, lambda c, v: setattr(c.employer, "activity", v),
            description=self.tr("What the business does, in one or two sentences."), lines=2)

    def _build_address(self) -> None:
        form = self.form_group(self.tr("Address in Canada"))
        lang = self.lang
        self.street = self.line(
            form, "employer.address.street", self.tr("&Street:"),
            lambda c: c.employer.address.street,
            lambda c, v: setattr(c.employer.address, "street", v),
            description=self.tr("The number and street of the business's address in Canada."))
        self.city = self.line(
            form, "employer.address.city", self.tr("Cit&y:"), lambda c: c.employer.address.city,
            lambda c, v: setattr(c.employer.address, "city", v),
            description=self.tr("The city or town of that address."))
        self.province = self.choice(
            form, "employer.address.province", self.tr("P&rovince or territory:"),
            [("", self.tr("Choose…"))] + [(p, p) for p in PROVINCES],
            lambda c: c.employer.address.province,
            lambda c, v: setattr(c.employer.address, "province", v),
            description=self.tr("The two-letter code of the province or territory (for example "
                                "ON, QC, BC); the postal code must match it."))
        self.postal_code = self.line(
            form, "employer.address.postal_code", self.tr("Postal co&de:"),
            lambda c: c.employer.address.postal_code,
            lambda c, v: setattr(c.employer.address, "postal_code", v.upper()),
            rule=lambda v: domain_access.rule(
                "postal_code", v.strip(" _"), self.case.employer.address.province, lang=lang()),
            mask=">A9A 9A9;_", description=self.tr(
                "Canadian postal code in the form A1A 1A1 (letter, digit, letter, space, digit, "
                "letter, digit), like M5H 2N2."))
        self.province.currentIndexChanged.connect(
            lambda _i: self.fields["employer.address.postal_code"].revalidate_if_shown())

    def _build_contact(self) -> None:
        form = self.form_group(self.tr("Contact person"))
        lang = self.lang
        self.contact_name = self.line(
            form, "contact.name", self.tr("&Name:"), lambda c: c.contact.name,
            lambda c, v: setattr(c.contact, "name", v),
            rule=lambda v: None if v.strip() else self.tr("Enter the contact person's name."),
            description=self.tr("The person at the business IMWU can contact about this "
                                "request."))
        self.contact_title = self.line(
            form, "contact.title", self.tr("&Job title:"), lambda c: c.contact.title,
            lambda c, v: setattr(c.contact, "title", v),
            description=self.tr("The contact person's job title in the business."))
        self.contact_email = self.line(
            form, "contact.email", self.tr("E&mail:"), lambda c: c.contact.email,
            lambda c, v: setattr(c.contact, "email", v),
            rule=lambda v: domain_access.rule("email", v, lang()),
            description=joined(self.tr("IMWU replies to this address."), self.email_hint()))
        self.contact_phone = self.line(
            form, "contact.phone", self.tr("Phon&e:"), lambda c: c.contact.phone,
            lambda c, v: setattr(c.contact, "phone", v),
            rule=lambda v: domain_access.rule("phone", v, lang()) if v.strip() else None,
            description=self.phone_hint())

    def _build_representative(self) -> None:
        self.has_representative = QCheckBox(
            self.tr("A representative sends this re&quest for the employer"), self)
        self.has_representative.setAccessibleDescription(self.tr(
            "Tick when a consultant, lawyer or other person prepares the request for you."))
        self.outer.addWidget(self.has_representative)
        self.rep_group = QGroupBox(self.tr("Representative"), self)
        form = QFormLayout(self.rep_group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.outer.addWidget(self.rep_group)
        self.rep_name = self.line(
            form, "representative.name", self.tr("Name:"),
            lambda c: c.representative.name if c.representative else "",
            lambda c, v: setattr(_representative(c), "name", v),
            description=self.tr("The representative's full name."))
        self.rep_org = self.line(
            form, "representative.organization", self.tr("Organization:"),
            lambda c: c.representative.organization if c.representative else "",
            lambda c, v: setattr(_representative(c), "organization", v),
            description=self.tr("The firm or organization the representative works for, if "
                                "any."))
        self.rep_email = self.line(
            form, "representative.email", self.tr("Email:"),
            lambda c: c.representative.email if c.representative else "",
            lambda c, v: setattr(_representative(c), "email", v),
            rule=lambda v: domain_access.rule("email", v, self.lang()) if v.strip() else None,
            description=self.email_hint())
        self.rep_phone = self.line(
            form, "representative.phone", self.tr("Phone:"),
            lambda c: c.representative.phone if c.representative else "",
            lambda c, v: setattr(_representative(c), "phone", v),
            description=self.phone_hint())
        self.rep_number = self.line(
            form, "representative.membership_number", self.tr("Licence number:"),
            lambda c: c.representative.membership_number if c.representative else "",
            lambda c, v: setattr(_representative(c), "membership_number", v),
            description=self.tr("CICC licence or law society number, when the representative "
                                "is paid."))
        self.rep_paid = QCheckBox(self.tr("The representative is paid"), self)
        self.rep_paid.setAccessibleDescription(self.tr(
            "Tick when the representative is paid for this work; then give the licence number "
            "above."))
        form.addRow("", self.rep_paid)
        self.rep_paid.toggled.connect(
            lambda on: self._write(lambda c, v: setattr(_representative(c), "paid", v), on))
        self.has_representative.toggled.connect(self._toggle_representative)
        self._loaders.append(self._load_representative)

    def _toggle_representative(self, on: bool) -> None:
        self.rep_group.setVisible(on)
        if self._loading:
            return
        if on:
            _representative(self.case)
        else:
            self.case.representative = None
        self.session.touch()
        self.load()

    def _load_representative(self) -> None:
        has = self.case.representative is not None
        self.has_representative.setChecked(has)
        self.rep_group.setVisible(has)
        self.rep_paid.setChecked(bool(has and self.case.representative
                                      and self.case.representative.paid))

    # --- profile ------------------------------------------------------------------------

    def save_profile(self) -> None:
        try:
            where = profile.save_profile(self.case)
        except OSError as exc:
            self.profile_status.setText(self.tr(
                "The profile could not be saved ({0}); check the disk and try again.")
                .replace("{0}", exc.strerror or str(exc)))
            return
        self.profile_status.setText(self.tr("Saved as your employer profile."))
        self.profile_status.setToolTip(str(where))

    def use_profile(self) -> None:
        if not profile.apply_profile(self.case):
            self.profile_status.setText(self.tr(
                "No employer profile is saved yet: fill in this page, then save it."))
            return
        self.session.touch()
        self.load()
        self.profile_status.setText(self.tr("Filled in from your employer profile."))
