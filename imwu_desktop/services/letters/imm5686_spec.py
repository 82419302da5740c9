"""IMM 5686's questions, in the form's order, and the answers a case gives to each.

The form's structure is data (resources/data/imm5686_fieldmap.json); this module reads it and
maps every question key to the case value, so the prepared PDF, the copy helper and the filler
of an official AcroForm file all say the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.resources import resource_path
from imwu_desktop.services.letters import lookups
from imwu_desktop.services.letters.common import address_lines
from imwu_desktop.services.letters.texts import duration, iso_date, sex_label, yes_no


class FormSpecError(RuntimeError):
    """The IMM 5686 data file is missing or damaged (a broken installation)."""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    label_fr: str


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    label_fr: str
    span: int
    kind: str  # "text" | "yes_no" | "choice"
    choices: tuple[Choice, ...]

    def text(self, lang: str) -> str:
        return self.label_fr if lang == "fr" else self.label


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    title_fr: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class ChecklistLine:
    label: str
    label_fr: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistGroup:
    title: str
    title_fr: str
    lines: tuple[ChecklistLine, ...]


@dataclass(frozen=True)
class AcroAlias:
    question: str
    aliases: tuple[str, ...]
    when: str | None  # for a check box: the answer that ticks it


@dataclass(frozen=True)
class FormSpec:
    edition: str
    as_of: str
    sections: tuple[Section, ...]
    documents_title: tuple[str, str]
    document_groups: tuple[ChecklistGroup, ...]
    detail_label: tuple[str, str]
    declaration_title: tuple[str, str]
    declaration_text: tuple[str, str]
    acroform: tuple[AcroAlias, ...]

    def questions(self) -> list[Question]:
        return [q for section in self.sections for q in section.questions]


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "fr" else pair[0]


@cache
def load_form_spec() -> FormSpec:
    path = resource_path("data", "imm5686_fieldmap.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return _parse(raw)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FormSpecError(
            "The IMM 5686 data file is missing or damaged; reinstall the application.") from exc


def _parse(raw: dict[str, Any]) -> FormSpec:
    sections = tuple(
        Section(s["key"], s["title"], s["title_fr"], tuple(
            Question(q["key"], q["label"], q["label_fr"], int(q.get("span", 4)),
                     q.get("kind", "text"),
                     tuple(Choice(c["value"], c["label"], c["label_fr"])
                           for c in q.get("choices", ())))
            for q in s["questions"]))
        for s in raw["sections"])
    docs = raw["supporting_documents"]
    groups = tuple(
        ChecklistGroup(g["title"], g["title_fr"], tuple(
            ChecklistLine(line["label"], line["label_fr"], tuple(line["items"]))
            for line in g["lines"]))
        for g in docs["groups"])
    declaration = raw["declaration"]
    aliases = tuple(AcroAlias(a["question"], tuple(a["aliases"]), a.get("when"))
                    for a in raw["acroform"])
    return FormSpec(
        edition=raw["edition"], as_of=raw["as_of"], sections=sections,
        documents_title=(docs["title"], docs["title_fr"]), document_groups=groups,
        detail_label=(docs["detail_label"], docs["detail_label_fr"]),
        declaration_title=(declaration["title"], declaration["title_fr"]),
        declaration_text=(declaration["text"], declaration["text_fr"]), acroform=aliases)


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _exemption(case: Case, lang: str, name: str | None) -> str:
    info = lookups.code_info(case.exemption.code, lang)
    label = name or info.name
    return f"{info.code} – {label}" if label else info.code


def _total_duration(case: Case, lang: str) -> str:
    start, end = case.job.start, case.job.end
    return duration(start, end, lang) if start and end and end >= start else ""


_ANSWERS: dict[str, Callable[[Case, str, str | None], str]] = {
    "business_name": lambda c, lang, n: c.employer.legal_name.strip() + (
        f" ({c.employer.operating_name.strip()})"
        if c.employer.operating_name.strip()
        and c.employer.operating_name.strip() != c.employer.legal_name.strip() else ""),
    "business_address": lambda c, lang, n: ", ".join(address_lines(c.employer.address, lang)),
    "business_phone": lambda c, lang, n: c.employer.phone,
    "business_website": lambda c, lang, n: c.employer.website,
    "contact_name": lambda c, lang, n: ", ".join(
        p for p in (c.contact.name.strip(), c.contact.title.strip()) if p),
    "contact_email": lambda c, lang, n: c.contact.email,
    "size_canada": lambda c, lang, n: _count(c.employer.employees_in_canada),
    "size_abroad": lambda c, lang, n: _count(c.employer.employees_abroad),
    "activity": lambda c, lang, n: c.employer.activity,
    "uci": lambda c, lang, n: c.worker.uci or "",
    "date_of_birth": lambda c, lang, n: iso_date(c.worker.date_of_birth),
    "gender": lambda c, lang, n: sex_label(c.worker.sex, lang),
    "family_name": lambda c, lang, n: c.worker.family_name,
    "given_names": lambda c, lang, n: c.worker.given_names,
    "citizenship": lambda c, lang, n: lookups.country_name(c.worker.citizenship, lang),
    "country_of_birth": lambda c, lang, n: lookups.country_name(c.worker.country_of_birth, lang),
    "country_of_residence": lambda c, lang, n: lookups.country_name(
        c.worker.country_of_residence, lang),
    "in_canada": lambda c, lang, n: yes_no(c.worker.in_canada, "en").lower(),
    "in_canada_explanation": lambda c, lang, n: c.worker.in_canada_explanation,
    "charged_or_convicted": lambda c, lang, n: yes_no(c.worker.charged_or_convicted,
                                                      "en").lower(),
    "exemption_type": lambda c, lang, n: lookups.code_info(c.exemption.code, lang).kind
    if c.exemption.code.strip() else "",
    "exemption": _exemption,
    "job_title": lambda c, lang, n: c.job.title,
    "noc": lambda c, lang, n: c.job.noc,
    "location": lambda c, lang, n: c.job.location,
    "start": lambda c, lang, n: iso_date(c.job.start),
    "end": lambda c, lang, n: iso_date(c.job.end),
    "total_duration": lambda c, lang, n: _total_duration(c, lang),
    "duties": lambda c, lang, n: c.job.duties,
    "education": lambda c, lang, n: c.job.education,
    "skills": lambda c, lang, n: c.job.skills,
    "licensing_required": lambda c, lang, n: "" if c.job.licensing is None
    else ("yes" if c.job.licensing.strip() else "no"),
    "licensing_body": lambda c, lang, n: c.job.licensing or "",
}


def answers(case: Case, lang: str, exemption_name: str | None = None) -> dict[str, str]:
    """Every question key with its raw answer ("yes"/"no" and choice values stay codes)."""
    result: dict[str, str] = {}
    for question in load_form_spec().questions():
        getter = _ANSWERS.get(question.key)
        result[question.key] = getter(case, lang, exemption_name).strip() if getter else ""
    return result


def display_answer(question: Question, raw: str, lang: str) -> str:
    """The answer as a person reads it: 'Yes'/'Non', a choice's label, or the text."""
    if question.kind == "yes_no":
        return yes_no(raw == "yes", lang) if raw in ("yes", "no") else ""
    if question.kind == "choice":
        for choice in question.choices:
            if choice.value == raw:
                return choice.label_fr if lang == "fr" else choice.label
        return ""
    return raw


def copy_pairs(case: Case, exemption_name: str | None = None,
               lang: str | None = None) -> list[tuple[str, str]]:
    """(question, value) for each IMM 5686 question, in the form's order, for pasting."""
    lang = lang or ("fr" if case.language == "fr" else "en")
    raw = answers(case, lang, exemption_name)
    return [(q.text(lang), display_answer(q, raw[q.key], lang))
            for q in load_form_spec().questions()]


def declaration_date(today: date | None) -> str:
    return iso_date(today or date.today())


def copy_text(case: Case, exemption_name: str | None = None, lang: str | None = None) -> str:
    """The copy list as plain text: each question on its own line, then its answer indented."""
    lines: list[str] = []
    for question, value in copy_pairs(case, exemption_name, lang):
        lines.append(question)
        lines.append(f"    {value}" if value else "    —")
    return "\n".join(lines) + "\n"
