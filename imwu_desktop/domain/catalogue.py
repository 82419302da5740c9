"""The exemption catalogue: LMIA-exemption codes and work-permit exemptions, read from data.

The knowledge lives in ``resources/data/codes.json`` (see resources/data/README.md); this
module only turns it into typed objects, looks codes up and searches them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from imwu_desktop.domain.datafiles import (
    DEFAULT_FILE_TYPES,
    NEEDS,
    DataFileError,
    flag,
    fold,
    load_data_file,
    parse_date,
    text,
)

KINDS: tuple[str, ...] = ("lmia", "work_permit")
FITS: tuple[str, ...] = ("yes", "possible", "no")
_FIT_ORDER = {fit: index for index, fit in enumerate(FITS)}


@dataclass(frozen=True)
class DocumentSpec:
    """One kind of supporting document: what it is, why IMWU needs it, how badly."""

    key: str
    name: str
    name_fr: str
    why: str
    why_fr: str
    need: str  # "required" | "recommended" | "if_applicable"
    file_types: tuple[str, ...]


@dataclass(frozen=True)
class ExemptionCode:
    """One LMIA-exemption code (e.g. C63) or work-permit exemption (e.g. R186(g))."""

    code: str
    kind: str  # "lmia" | "work_permit"
    name: str
    name_fr: str
    basis: str
    description: str
    description_fr: str
    portal_and_fee: bool
    fee_note: str
    open_permit: bool
    imwu_fit: str  # "yes" | "possible" | "no"
    imwu_note: str
    documents: tuple[DocumentSpec, ...]
    keywords: tuple[str, ...]
    source: str
    checked: date
    confirmed: bool  # False where the research marked the entry unconfirmed or third-party
    # Additions beyond the shared API (all defaulted):
    name_fr_confirmed: bool = False  # True only where IRCC's own French label was read
    fee_note_fr: str = ""
    imwu_note_fr: str = ""
    old_codes: tuple[str, ...] = ()  # codes IRCC used for this category before re-coding
    relaxes: tuple[str, ...] = ()  # base checklist items that become "if applicable" here

    def label(self, lang: str = "en") -> str:
        """'C63 – Intra-company transferees – specialized knowledge', for pick-lists and forms."""
        return f"{self.code} – {self.name_fr if lang == 'fr' else self.name}"


@dataclass(frozen=True)
class RetiredCode:
    """A code IRCC no longer uses, and the codes to pick instead."""

    code: str
    replacements: tuple[str, ...]
    retired_on: date
    note: str
    note_fr: str = ""


def compact_code(code: str) -> str:
    """'r186 (g)' -> 'R186G': how codes are compared, whatever the user typed."""
    return re.sub(r"[^0-9A-Z]", "", fold(code).upper())


def _words(value: str) -> str:
    """Folded text, punctuation turned into spaces ('Intra-company' -> 'intra company')."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(value)).split())


class Catalogue:
    """All codes in data order, with lookup by code and accent-insensitive search."""

    def __init__(self, codes: list[ExemptionCode], retired: list[RetiredCode],
                 version: str, as_of: date,
                 document_specs: dict[str, DocumentSpec] | None = None) -> None:
        self.version = version
        self.as_of = as_of
        self._specs = dict(document_specs or {})
        self._codes = list(codes)
        self._by_code = {compact_code(c.code): c for c in codes}
        self._retired = {compact_code(r.code): r for r in retired}
        self._haystack_cache: dict[str, tuple[str, str]] | None = None

    @property
    def _haystacks(self) -> dict[str, tuple[str, str]]:
        """The search texts, built at the first search: opening a case needs none."""
        if self._haystack_cache is None:
            self._haystack_cache = {c.code: _haystack(c) for c in self._codes}
        return self._haystack_cache

    def get(self, code: str) -> ExemptionCode | None:
        return self._by_code.get(compact_code(code)) if code.strip() else None

    def retired(self, code: str) -> RetiredCode | None:
        return self._retired.get(compact_code(code)) if code.strip() else None

    def all(self) -> list[ExemptionCode]:
        return list(self._codes)

    def all_retired(self) -> list[RetiredCode]:
        return list(self._retired.values())

    def document_spec(self, key: str) -> DocumentSpec | None:
        """A code-specific document kind by key (e.g. corporate_relationship)."""
        return self._specs.get(key)

    def search(self, text: str) -> list[ExemptionCode]:
        """Codes matching every word of ``text`` (code, names, descriptions, keywords).

        Words match at the start of words, ignoring case and accents ("artist" finds
        "artiste"). An exact code gives just that code; a retired code gives its
        replacements. Otherwise best first: codes starting with the text, entries whose name
        or keywords hold the phrase, then the rest; within a rank, codes that fit an IMWU
        request come first. Empty text gives the whole catalogue.
        """
        query = _words(text)
        if not query:
            return self.all()
        exact = self.get(text)
        if exact is not None:
            return [exact]
        compact = compact_code(text)
        terms = query.split()
        ranked: list[tuple[int, int, ExemptionCode]] = []
        for index, entry in enumerate(self._codes):
            rank = self._rank(entry, compact, query, terms)
            if rank is not None:
                bucket = 0 if rank <= 1 else 1 if rank <= 3 else 2
                ranked.append((bucket * 100 + _FIT_ORDER[entry.imwu_fit] * 10 + rank, index,
                               entry))
        retired = self.retired(text)
        if retired is not None:
            ranked.extend((0, 0, c) for r in retired.replacements if (c := self.get(r)))
        ranked.sort(key=lambda item: (item[0], item[1]))
        seen: set[str] = set()
        result = []
        for _, _, entry in ranked:
            if entry.code not in seen:
                seen.add(entry.code)
                result.append(entry)
        return result

    def _rank(self, entry: ExemptionCode, compact: str, query: str,
              terms: list[str]) -> int | None:
        own = compact_code(entry.code)
        if compact and own == compact:
            return 0
        if compact and len(compact) >= 2 and own.startswith(compact):
            return 1
        title, body = self._haystacks[entry.code]
        if f" {query}" in title:
            return 2
        starts = [f" {term}" for term in terms]
        if all(term in title for term in starts):
            return 3
        if all(term in title or term in body for term in starts):
            return 4
        return None


def _haystack(entry: ExemptionCode) -> tuple[str, str]:
    """(code, names and keywords; descriptions, basis and notes), normalised for search."""
    title = " | ".join([_words(entry.code), _words(entry.name), _words(entry.name_fr),
                        *(_words(k) for k in entry.keywords)])
    body = " | ".join(_words(v) for v in (entry.description, entry.description_fr,
                                           entry.basis, *entry.old_codes))
    return f" {title} ", f" {body} "


def parse_document_spec(key: str, raw: dict[str, Any], where: str) -> DocumentSpec:
    """A DocumentSpec from its data entry; DataFileError naming the bad field."""
    need = text(raw, "need", where)
    if need not in NEEDS:
        raise DataFileError(f"{where}: need must be one of {', '.join(NEEDS)}, not {need!r}.")
    types = raw.get("file_types", list(DEFAULT_FILE_TYPES))
    if not isinstance(types, list) or not types or not all(isinstance(t, str) for t in types):
        raise DataFileError(f"{where}: file_types must be a non-empty list of names.")
    return DocumentSpec(key=key, name=text(raw, "name", where), name_fr=text(raw, "name_fr", where),
                        why=text(raw, "why", where), why_fr=text(raw, "why_fr", where),
                        need=need, file_types=tuple(types))


def _code_documents(raw: list[Any], specs: dict[str, DocumentSpec],
                    where: str) -> tuple[DocumentSpec, ...]:
    """A code's documents: keys into document_specs, optionally with their own ``need``."""
    result = []
    for item in raw:
        key = item if isinstance(item, str) else item.get("key") if isinstance(item, dict) else None
        if not isinstance(key, str) or key not in specs:
            raise DataFileError(f"{where}: unknown document {item!r}.")
        spec = specs[key]
        if isinstance(item, dict) and "need" in item:
            need = item["need"]
            if need not in NEEDS:
                raise DataFileError(f"{where}: document {key} has an unknown need {need!r}.")
            spec = DocumentSpec(spec.key, spec.name, spec.name_fr, spec.why, spec.why_fr, need,
                                spec.file_types)
        result.append(spec)
    return tuple(result)


def _parse_code(raw: dict[str, Any], specs: dict[str, DocumentSpec]) -> ExemptionCode:
    code = text(raw, "code", "codes.json: an entry")
    where = f"codes.json: {code}"
    kind = text(raw, "kind", where)
    fit = text(raw, "imwu_fit", where)
    if kind not in KINDS or fit not in FITS:
        raise DataFileError(f"{where}: kind or imwu_fit has an unknown value.")
    keywords = raw.get("keywords")
    documents = raw.get("documents")
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
        raise DataFileError(f"{where}: keywords must be a list of words.")
    if not isinstance(documents, list):
        raise DataFileError(f"{where}: documents must be a list.")
    old_codes = raw.get("old_codes", [])
    relaxes = raw.get("relaxes", [])
    if not isinstance(old_codes, list) or not isinstance(relaxes, list):
        raise DataFileError(f"{where}: old_codes and relaxes must be lists.")
    return ExemptionCode(
        code=code, kind=kind, name=text(raw, "name", where), name_fr=text(raw, "name_fr", where),
        basis=text(raw, "basis", where), description=text(raw, "description", where),
        description_fr=text(raw, "description_fr", where),
        portal_and_fee=flag(raw, "portal_and_fee", where),
        fee_note=text(raw, "fee_note", where), open_permit=flag(raw, "open_permit", where),
        imwu_fit=fit, imwu_note=text(raw, "imwu_note", where),
        documents=_code_documents(documents, specs, where), keywords=tuple(keywords),
        source=text(raw, "source", where), checked=parse_date(raw.get("checked"), where),
        confirmed=flag(raw, "confirmed", where),
        name_fr_confirmed=flag(raw, "name_fr_confirmed", where),
        fee_note_fr=text(raw, "fee_note_fr", where),
        imwu_note_fr=text(raw, "imwu_note_fr", where),
        old_codes=tuple(str(c) for c in old_codes), relaxes=tuple(str(k) for k in relaxes),
    )


def _parse_retired(raw: dict[str, Any], known: set[str]) -> RetiredCode:
    code = text(raw, "code", "codes.json: a retired entry")
    where = f"codes.json: retired {code}"
    replacements = raw.get("replacements")
    if not isinstance(replacements, list) or not replacements:
        raise DataFileError(f"{where}: replacements must be a non-empty list.")
    missing = [r for r in replacements if compact_code(str(r)) not in known]
    if missing:
        raise DataFileError(f"{where}: replacement codes not in the catalogue: {missing}.")
    return RetiredCode(code=code, replacements=tuple(str(r) for r in replacements),
                       retired_on=parse_date(raw.get("retired_on"), where),
                       note=text(raw, "note", where), note_fr=text(raw, "note_fr", where))


def catalogue_from_dict(raw: dict[str, Any]) -> Catalogue:
    """Build a Catalogue from the parsed codes.json (used by the loader and by tests)."""
    raw_specs = raw.get("document_specs")
    raw_codes = raw.get("codes")
    raw_retired = raw.get("retired", [])
    if not isinstance(raw_specs, dict) or not isinstance(raw_codes, list) or not isinstance(
            raw_retired, list):
        raise DataFileError("codes.json: document_specs, codes or retired has the wrong shape.")
    specs = {key: parse_document_spec(key, value, f"codes.json: document {key}")
             for key, value in raw_specs.items()}
    codes = [_parse_code(entry, specs) for entry in raw_codes]
    seen: set[str] = set()
    for entry in codes:
        if compact_code(entry.code) in seen:
            raise DataFileError(f"codes.json: {entry.code} is listed twice.")
        seen.add(compact_code(entry.code))
    retired = [_parse_retired(entry, seen) for entry in raw_retired]
    clash = [r.code for r in retired if compact_code(r.code) in seen]
    if clash:
        raise DataFileError(f"codes.json: retired codes also listed as current: {clash}.")
    return Catalogue(codes, retired, version=str(raw["version"]),
                     as_of=parse_date(raw["as_of"], "codes.json: as_of"), document_specs=specs)


@cache
def load_catalogue() -> Catalogue:
    """The catalogue shipped with the application (read once)."""
    return catalogue_from_dict(load_data_file("codes.json"))


def code_to_dict(entry: ExemptionCode) -> dict[str, Any]:
    """The public JSON shape of one code (``imwu-desktop codes --json``)."""
    return {
        "code": entry.code, "kind": entry.kind, "name": entry.name, "name_fr": entry.name_fr,
        "name_fr_confirmed": entry.name_fr_confirmed, "basis": entry.basis,
        "description": entry.description, "description_fr": entry.description_fr,
        "portal_and_fee": entry.portal_and_fee, "fee_note": entry.fee_note,
        "fee_note_fr": entry.fee_note_fr, "open_permit": entry.open_permit,
        "imwu_fit": entry.imwu_fit, "imwu_note": entry.imwu_note,
        "imwu_note_fr": entry.imwu_note_fr,
        "documents": [
            {"key": d.key, "name": d.name, "name_fr": d.name_fr, "why": d.why,
             "why_fr": d.why_fr, "need": d.need, "file_types": list(d.file_types)}
            for d in entry.documents],
        "relaxes": list(entry.relaxes), "keywords": list(entry.keywords),
        "old_codes": list(entry.old_codes), "source": entry.source,
        "checked": entry.checked.isoformat(), "confirmed": entry.confirmed,
    }
