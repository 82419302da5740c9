"""Names the letters need from other parts of the app, with plain fallbacks.

The exemption catalogue, country list, checklist and IMWU address are owned by the domain
layer; this module is the one place that asks them, so a letter can still be built (with
codes instead of names) when a data file is missing or damaged.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from imwu_desktop.domain import field_rules
from imwu_desktop.domain.case import Case

DEFAULT_IMWU_ADDRESS = "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    kind: str  # "lmia" | "work_permit"
    name: str  # in the requested language; "" when unknown


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(f"imwu_desktop.domain.{name}")
    except Exception:  # a broken data module must not stop a letter
        return None


@cache
def _catalogue() -> Any | None:
    module = _module("catalogue")
    try:
        return module.load_catalogue() if module else None
    except Exception:
        return None


@cache
def _countries() -> Any | None:
    module = _module("countries")
    try:
        return module.load_countries() if module else None
    except Exception:
        return None


def guess_kind(code: str) -> str:
    """Work-permit exemptions are cited by their IRPR section (R186...); the rest are LMIA."""
    return "work_permit" if code.strip().upper().startswith("R186") else "lmia"


def code_info(code: str, lang: str) -> CodeInfo:
    code = code.strip()
    catalogue = _catalogue()
    entry = catalogue.get(code) if catalogue is not None and code else None
    if entry is None:
        return CodeInfo(code, guess_kind(code), "")
    name = entry.name_fr if lang == "fr" and entry.name_fr else entry.name
    return CodeInfo(entry.code, entry.kind, str(name))


def country_name(iso2: str, lang: str) -> str:
    """'France' for 'FR'; the code itself when the country list does not know it."""
    iso2 = iso2.strip().upper()
    countries = _countries()
    country = countries.get(iso2) if countries is not None and iso2 else None
    if country is None:
        return iso2
    return str(country.name_fr if lang == "fr" and country.name_fr else country.name)


def imwu_address(case: Case) -> str:
    if case.imwu_address.strip():
        return case.imwu_address.strip()
    module = _module("imwu_info")
    try:
        return str(module.load_imwu_info().default_address) if module else DEFAULT_IMWU_ADDRESS
    except Exception:
        return DEFAULT_IMWU_ADDRESS


def document_name(item: str, lang: str) -> str:
    """Human name of a checklist item key ('passport' -> 'Passport ...')."""
    for spec in _document_specs():
        if spec.key == item:
            return str(spec.name_fr if lang == "fr" and spec.name_fr else spec.name)
    return item.replace("_", " ").capitalize()


@cache
def _document_specs() -> tuple[Any, ...]:
    specs: list[Any] = []
    checklist = _module("checklist")
    if checklist is not None:
        specs.extend(getattr(checklist, "BASE_ITEMS", ()))
    catalogue = _catalogue()
    if catalogue is not None:
        try:
            for entry in catalogue.all():
                specs.extend(entry.documents)
        except Exception:
            pass
    return tuple(specs)


def teer_of(noc: str) -> int | None:
    """TEER category (the second digit of a valid NOC 2021 code), else None."""
    return field_rules.teer_of(noc)
