"""Fill the official IMM 5686 file when it is an AcroForm; refuse XFA forms plainly.

Field names in IRCC's file are not published, so each field is matched to a question through
the aliases in resources/data/imm5686_fieldmap.json, then by the question's key or label.
After writing, the file is read back and every value compared, so a silent failure is caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.errors import UserError
from imwu_desktop.services.letters.imm5686_spec import (
    FormSpec,
    answers,
    display_answer,
    load_form_spec,
)
from imwu_desktop.services.letters.layout import write_bytes
from imwu_desktop.services.letters.texts import lang_of


class Imm5686FillError(UserError):
    """The official file cannot be filled; the message says why and what to do instead."""


class XfaFormError(Imm5686FillError):
    """The file is an XFA form (Adobe LiveCycle), which only Adobe Reader fills reliably."""


XFA_MESSAGE = ("This IMM 5686 file is an XFA form that only Adobe Reader can fill reliably; "
               "use the prepared IMM 5686 instead, or type the answers from the copy list "
               "into Adobe Reader.")


@dataclass
class FillReport:
    filled: dict[str, str] = field(default_factory=dict)  # field name -> value written
    unmatched: list[str] = field(default_factory=list)  # form fields no question matched


def _norm(name: str) -> str:
    """'form1[0].Page1[0].Family_Name[0]' -> 'familyname'."""
    last = re.sub(r"\[\d+\]", "", name).split(".")[-1]
    return re.sub(r"[^0-9a-z]", "", last.lower())


def _alias_index(spec: FormSpec) -> dict[str, tuple[str, str | None]]:
    """Normalised field name -> (question key, answer that ticks it or None)."""
    index: dict[str, tuple[str, str | None]] = {}
    for question in spec.questions():
        index.setdefault(_norm(question.key), (question.key, None))
        index.setdefault(_norm(question.label), (question.key, None))
    for entry in spec.acroform:
        for alias in entry.aliases:
            index[_norm(alias)] = (entry.question, entry.when)
    return index


def inspect_form(src: Path) -> Any:
    """Open src and return its reader, or raise a plain error (not a PDF, locked, XFA...)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(src))
        if reader.is_encrypted:
            raise Imm5686FillError("This IMM 5686 file is password-protected; save an "
                                   "unprotected copy and choose it again.")
        root: Any = reader.trailer["/Root"]
        acroform: Any = root.get_object().get("/AcroForm")
        acroform = acroform.get_object() if acroform is not None else None
    except OSError as exc:
        raise Imm5686FillError(f"The file {Path(src).name} could not be read; check that it "
                               "still exists and choose it again.") from exc
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise Imm5686FillError(f"The file {Path(src).name} is not a readable PDF; download "
                               "IMM 5686 again from canada.ca.") from exc
    if acroform is not None and "/XFA" in acroform:
        raise XfaFormError(XFA_MESSAGE)
    if acroform is None or not reader.get_fields():
        raise Imm5686FillError(f"The file {Path(src).name} has no fillable fields; use the "
                               "prepared IMM 5686 instead.")
    return reader


def _checkbox_states(reader: Any, name: str) -> list[str]:
    """The 'on' appearance names of a check box or radio button field."""
    states: list[str] = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            parent = widget.get("/Parent")
            title = widget.get("/T") or (parent.get_object().get("/T") if parent else None)
            if title != name.split(".")[-1]:
                continue
            normal = (widget.get("/AP") or {}).get("/N") or {}
            states.extend(str(k) for k in normal if str(k) != "/Off")
    return states


def _button_value(reader: Any, name: str, answer: str, when: str | None) -> str | None:
    """The state to set on a button field, or None to leave it alone."""
    states = _checkbox_states(reader, name)
    if not states or not answer:
        return None
    if when is not None:  # a box that means one answer: tick it or clear it
        return states[0] if answer == when else "/Off"
    wanted = ("y", "o") if answer == "yes" else ("n",)  # Yes/Oui, No/Non
    for state in states:
        if state.lstrip("/").lower().startswith(wanted):
            return state
    return None


def fill_official(src: Path, case: Case, out: Path,
                  exemption_name: str | None = None) -> FillReport:
    """Fill the user's official IMM 5686 (AcroForm) from the case, write out, verify it."""
    from pypdf import PdfWriter

    reader = inspect_form(src)
    spec = load_form_spec()
    lang = lang_of(case.language)
    raw = answers(case, lang, exemption_name)
    by_key = {q.key: q for q in spec.questions()}
    index = _alias_index(spec)
    report = FillReport()
    values: dict[str, str] = {}
    for name, form_field in (reader.get_fields() or {}).items():
        match = index.get(_norm(name))
        if match is None:
            report.unmatched.append(name)
            continue
        key, when = match
        answer = raw.get(key, "")
        if form_field.get("/FT") == "/Btn":
            state = _button_value(reader, name, answer, when)
            if state is not None:
                values[name] = state
        elif answer:
            values[name] = display_answer(by_key[key], answer, lang)
    writer = PdfWriter(clone_from=reader)
    try:
        writer.update_page_form_field_values(None, values,
                                             auto_regenerate=False)
    except Exception as exc:  # pypdf raises many types on odd forms
        raise Imm5686FillError("This IMM 5686 file could not be filled; use the prepared "
                               "IMM 5686 instead.") from exc
    writer.set_need_appearances_writer(True)
    from io import BytesIO

    buffer = BytesIO()
    writer.write(buffer)
    _verify(buffer, values)
    write_bytes(out, buffer.getvalue())
    report.filled = values
    return report


def _verify(buffer: Any, values: dict[str, str]) -> None:
    from pypdf import PdfReader

    buffer.seek(0)
    written = PdfReader(buffer).get_fields() or {}
    wrong = [name for name, value in values.items()
             if str((written.get(name) or {}).get("/V", "")) != value]
    if wrong:
        raise Imm5686FillError(
            f"The filled IMM 5686 did not keep {len(wrong)} answer(s) (for example "
            f"'{wrong[0]}'); use the prepared IMM 5686 instead.")


def read_values(path: Path) -> dict[str, str]:
    """Field name -> value of a filled form (for checks and tests)."""
    from pypdf import PdfReader

    fields = PdfReader(str(path)).get_fields() or {}
    return {name: str(f.get("/V", "")) for name, f in fields.items() if f.get("/V") is not None}
