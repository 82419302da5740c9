"""The document checklist of a case: base items, the chosen code's items, IMM 5686 page 2.

Item definitions are data (``resources/data/checklist.json`` for the base and page-2
items, ``codes.json`` for the code-specific ones); this module merges them for one case and
says, for each, whether something is attached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.domain.catalogue import (
    Catalogue,
    DocumentSpec,
    load_catalogue,
    parse_document_spec,
)
from imwu_desktop.domain.datafiles import NEEDS, DataFileError, load_data_file, text

BASE_KEYS: tuple[str, ...] = ("passport", "company_letter", "job_offer", "cv", "diploma",
                              "imm5686", "other")
GROUPS: tuple[str, ...] = ("base", "imm5686_page2")

#: Entry statuses. "generated": the app fills IMM 5686 itself when none is attached.
STATUSES: tuple[str, ...] = ("attached", "missing", "optional_missing", "generated")

_NEED_RANK = {need: rank for rank, need in enumerate(NEEDS)}


@dataclass
class ChecklistEntry:
    spec: DocumentSpec
    documents: list[Document] = field(default_factory=list)
    status: str = "missing"  # one of STATUSES


@dataclass(frozen=True)
class _ChecklistData:
    base: tuple[DocumentSpec, ...]
    page2: tuple[DocumentSpec, ...]


def checklist_data_from_dict(raw: dict[str, Any]) -> _ChecklistData:
    """Parse checklist.json; every base key must be present exactly once."""
    rows = raw.get("items")
    if not isinstance(rows, list):
        raise DataFileError("checklist.json: the items list is missing.")
    groups: dict[str, list[DocumentSpec]] = {g: [] for g in GROUPS}
    for row in rows:
        key = text(row, "key", "checklist.json: an item")
        group = text(row, "group", f"checklist.json: {key}")
        if group not in groups:
            raise DataFileError(f"checklist.json: {key} has an unknown group {group!r}.")
        groups[group].append(parse_document_spec(key, row, f"checklist.json: {key}"))
    keys = [s.key for specs in groups.values() for s in specs]
    if len(set(keys)) != len(keys):
        raise DataFileError("checklist.json: an item key is listed twice.")
    if sorted(s.key for s in groups["base"]) != sorted(BASE_KEYS):
        raise DataFileError(f"checklist.json: the base items must be {', '.join(BASE_KEYS)}.")
    return _ChecklistData(tuple(groups["base"]), tuple(groups["imm5686_page2"]))


@cache
def _data() -> _ChecklistData:
    return checklist_data_from_dict(load_data_file("checklist.json"))


def base_items() -> tuple[DocumentSpec, ...]:
    """passport, company_letter, job_offer, cv, diploma, imm5686, other (data order)."""
    return _data().base


def page2_items() -> tuple[DocumentSpec, ...]:
    """The supporting documents IMM 5686 lists on page 2 that are not base items."""
    return _data().page2


def __getattr__(name: str) -> Any:
    """BASE_ITEMS / IMM5686_PAGE2_ITEMS, read from data on first use."""
    if name == "BASE_ITEMS":
        return base_items()
    if name == "IMM5686_PAGE2_ITEMS":
        return page2_items()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _with_need(spec: DocumentSpec, need: str) -> DocumentSpec:
    if need == spec.need:
        return spec
    return DocumentSpec(spec.key, spec.name, spec.name_fr, spec.why, spec.why_fr, need,
                        spec.file_types)


def _merge(specs: list[DocumentSpec], new: DocumentSpec) -> None:
    """Add ``new`` unless its key is there; a repeated key keeps the stricter need."""
    for index, old in enumerate(specs):
        if old.key == new.key:
            if _NEED_RANK[new.need] < _NEED_RANK[old.need]:
                specs[index] = _with_need(old, new.need)
            return
    specs.append(new)


def _fallback_spec(key: str) -> DocumentSpec:
    """A plain entry for a document whose item key no data file knows (kept, never hidden)."""
    return DocumentSpec(key, key.replace("_", " ").capitalize(), key.replace("_", " "),
                        "Attached to this case.", "Joint à ce dossier.", "if_applicable",
                        ())


def checklist_specs(case: Case, catalogue: Catalogue | None = None) -> list[DocumentSpec]:
    """The document kinds this case needs, in display order, with the case's needs applied."""
    catalogue = catalogue or load_catalogue()
    code = catalogue.get(case.exemption.code) if case.exemption.code else None
    base = base_items()
    other = [s for s in base if s.key == "other"]
    specs = [s for s in base if s.key != "other"]
    if code is not None:
        specs = [_with_need(s, "if_applicable") if s.key in code.relaxes and s.need == "required"
                 else s for s in specs]
        for spec in code.documents:
            _merge(specs, spec)
    for spec in page2_items():
        if spec.key == "certification" and (case.job.licensing or "").strip():
            spec = _with_need(spec, "required")
        _merge(specs, spec)
    known = {s.key for s in specs} | {"other"}
    for document in case.documents:
        if document.item not in known:
            specs.append(catalogue.document_spec(document.item) or _fallback_spec(document.item))
            known.add(document.item)
    return specs + other


def checklist_for(case: Case, catalogue: Catalogue | None = None) -> list[ChecklistEntry]:
    """Every checklist entry of the case with its attached documents and status."""
    entries = []
    for spec in checklist_specs(case, catalogue):
        documents = case.documents_for(spec.key)
        if documents:
            status = "attached"
        elif spec.key == "imm5686":
            status = "generated"
        elif spec.need == "required":
            status = "missing"
        else:
            status = "optional_missing"
        entries.append(ChecklistEntry(spec=spec, documents=documents, status=status))
    return entries


def missing_required(case: Case, catalogue: Catalogue | None = None) -> list[ChecklistEntry]:
    """Entries that are required and have nothing attached (IMM 5686 is generated, not missing)."""
    return [e for e in checklist_for(case, catalogue) if e.status == "missing"]
