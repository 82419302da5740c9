"""The Case: the single source of truth for one IMWU opinion request.

Pages edit it, services read it and write results into it, the case file stores it.
Field names follow the public case JSON contract (docs/case-json.md); fields we added
beyond the contract are marked "(ours)".
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

SCHEMA_VERSION = 1
FORMAT_NAME = "imwu-case"


def _new_case_id() -> str:
    """A random (version 4) UUID as 32 hex digits, for a new case.

    Written out rather than taken from uuid: every case read from a file is first built
    with a default id, and importing uuid then costs opening a case ~2 ms."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


class Language(StrEnum):
    EN = "en"
    FR = "fr"


class State(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"
    OPINION_RECEIVED = "opinion_received"


@dataclass
class Address:
    street: str = ""
    city: str = ""
    province: str = ""
    postal_code: str = ""
    country: str = "CA"


@dataclass
class Employer:
    legal_name: str = ""
    operating_name: str = ""
    business_number: str = ""
    address: Address = field(default_factory=Address)
    phone: str = ""
    website: str = ""
    employees_in_canada: int | None = None
    employees_abroad: int | None = None
    activity: str = ""
    logo_sha256: str | None = None  # (ours) letterhead logo, stored as an attachment


@dataclass
class Contact:
    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Representative:
    """(ours, shape) Someone who sends the request for the employer."""

    name: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    membership_number: str = ""  # CICC licence or law society number, if paid
    paid: bool = False


@dataclass
class Worker:
    family_name: str = ""
    given_names: str = ""
    date_of_birth: date | None = None
    sex: str = ""  # "F", "M" or "X", as in the passport
    citizenship: str = ""  # ISO 3166-1 alpha-2
    country_of_birth: str = ""
    country_of_residence: str = ""
    passport_number: str = ""
    passport_issued: date | None = None
    passport_expiry: date | None = None
    uci: str | None = None
    email: str = ""
    # Eligibility answers (pre-screen). None means "not answered yet".
    in_canada: bool | None = None
    holds_canadian_work_permit: bool | None = None
    work_permit_application_pending: bool | None = None
    iec_participant: bool | None = None
    needs_medical_exam: bool | None = None
    charged_or_convicted: bool | None = None
    has_medical_certificate: bool | None = None  # (ours) when a medical exam is needed
    in_canada_explanation: str = ""  # (ours) IMM 5686 "If yes, please explain"
    mrz: str = ""  # (ours) the passport's two MRZ lines, when read or typed


@dataclass
class Wage:
    amount: int | float | None = None
    per: str = "year"  # hour, week, month, year
    currency: str = "CAD"


@dataclass
class Job:
    title: str = ""
    noc: str = ""
    location: str = ""
    start: date | None = None
    end: date | None = None
    duties: str = ""
    education: str = ""
    skills: str = ""
    licensing: str | None = None
    wage: Wage = field(default_factory=Wage)
    hours_per_week: int | float | None = None
    seasonal_agricultural: bool | None = None


@dataclass
class Exemption:
    code: str = ""
    explanation: str = ""


@dataclass
class Document:
    """One attached file. Its bytes live in the case file, named by SHA-256."""

    item: str
    sha256: str
    file_name: str
    size: int
    label: str = ""  # required for item "other"
    media_type: str = ""  # (ours) detected from the content, e.g. application/pdf
    pages: int | None = None  # (ours) page count once checked
    added: datetime | None = None  # (ours)


@dataclass
class StatusEvent:
    """One step of the case's history. Only the fields that apply to the state are set."""

    state: State
    at: datetime
    recipient: str = ""
    message_id: str = ""
    server_reply: str = ""
    eml_sha256: str = ""
    follow_up: date | None = None
    result: str = ""  # "positive" or "negative", for opinion_received
    letter_sha256: str = ""  # IMWU's reply letter, for opinion_received
    note: str = ""


@dataclass
class Case:
    language: Language = Language.EN
    employer: Employer = field(default_factory=Employer)
    contact: Contact = field(default_factory=Contact)
    representative: Representative | None = None
    worker: Worker = field(default_factory=Worker)
    job: Job = field(default_factory=Job)
    exemption: Exemption = field(default_factory=Exemption)
    documents: list[Document] = field(default_factory=list)
    history: list[StatusEvent] = field(default_factory=list)  # (ours) oldest first
    case_id: str = field(default_factory=_new_case_id)  # (ours)
    archived: bool = False  # (ours)
    imwu_address: str = ""  # (ours) recipient chosen by the user; empty = the data default

    @property
    def state(self) -> State:
        return self.history[-1].state if self.history else State.DRAFT

    @property
    def last_status(self) -> StatusEvent | None:
        return self.history[-1] if self.history else None

    def documents_for(self, item: str) -> list[Document]:
        return [d for d in self.documents if d.item == item]

    def worker_display_name(self) -> str:
        """'DUPONT, Claire Marie' or '' when no name was typed yet."""
        family = self.worker.family_name.strip().upper()
        given = self.worker.given_names.strip()
        if family and given:
            return f"{family}, {given}"
        return family or given

    def add_status(self, event: StatusEvent) -> None:
        self.history.append(event)
