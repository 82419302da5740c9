"""`imwu-desktop codes [TEXT] [--json]`: list, look up or search the exemption catalogue."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from typing import Any

from imwu_desktop.domain.catalogue import (
    Catalogue,
    ExemptionCode,
    RetiredCode,
    code_to_dict,
    load_catalogue,
)
from imwu_desktop.domain.datafiles import DataFileError
from imwu_desktop.errors import UserError

_FIT = {"en": {"yes": "yes", "possible": "possible", "no": "no"},
        "fr": {"yes": "oui", "possible": "possible", "no": "non"}}
_TEXT = {
    "en": {"kind": {"lmia": "LMIA exemption", "work_permit": "work permit exemption"},
           "basis": "Legal basis", "formerly": "Formerly", "fee": "Employer Portal offer and fee",
           "open": "Open work permit", "fit": "Fits an IMWU request", "docs": "Documents",
           "source": "Source", "checked": "checked", "unconfirmed": "not fully confirmed: "
           "check with IRCC", "confirmed": "confirmed", "yes": "yes", "no": "no",
           "fr_label": "French", "fr_unconfirmed": "(our translation; IRCC's French label not "
           "confirmed)", "none": "none beyond the base checklist", "retired":
           "{code} is no longer used (retired on {date}). {note}\nChoose one of:",
           "head": ("Code", "Fit", "Name"), "sep": ": ",
           "count": "{n} codes (catalogue {version}, as of "
           "{as_of}). 'imwu-desktop codes CODE' shows one in full."},
    "fr": {"kind": {"lmia": "dispense d'EIMT", "work_permit": "dispense de permis de travail"},
           "basis": "Fondement juridique", "formerly": "Ancien code",
           "fee": "Offre dans le Portail des employeurs et frais", "open": "Permis de travail "
           "ouvert", "fit": "Convient à une demande à l'UMIT", "docs": "Documents",
           "source": "Source", "checked": "vérifié le", "unconfirmed": "pas entièrement "
           "confirmé : vérifiez auprès d'IRCC", "confirmed": "confirmé", "yes": "oui",
           "no": "non", "fr_label": "Anglais", "fr_unconfirmed": "", "none":
           "aucun en plus de la liste de base", "retired":
           "{code} n'est plus utilisé (retiré le {date}). {note}\nChoisissez l'un de ceux-ci :",
           "head": ("Code", "Conv.", "Nom"), "sep": " : ",
           "count": "{n} codes (catalogue {version}, à jour "
           "au {as_of}). « imwu-desktop codes CODE » affiche un code en entier."},
}


def _width() -> int:
    return max(60, min(110, shutil.get_terminal_size((100, 24)).columns))


def _wrap(value: str, indent: str = "  ") -> str:
    return textwrap.fill(value, width=_width(), initial_indent=indent, subsequent_indent=indent)


def _table(entries: list[ExemptionCode], lang: str) -> str:
    head = _TEXT[lang]["head"]
    name_width = _width() - 22
    lines = [f"{head[0]:<11} {head[1]:<9} {head[2]}", f"{'-' * 10:<11} {'-' * 8:<9} "
             f"{'-' * min(40, name_width)}"]
    for entry in entries:
        name = entry.name_fr if lang == "fr" else entry.name
        if len(name) > name_width:
            name = name[: name_width - 1] + "…"
        lines.append(f"{entry.code:<11} {_FIT[lang][entry.imwu_fit]:<9} {name}")
    return "\n".join(lines)


def _details(entry: ExemptionCode, lang: str) -> str:
    t = _TEXT[lang]
    fr = lang == "fr"
    name, other = (entry.name_fr, entry.name) if fr else (entry.name, entry.name_fr)
    other_note = "" if fr or entry.name_fr_confirmed else f" {t['fr_unconfirmed']}"
    fee_note = entry.fee_note_fr if fr and entry.fee_note_fr else entry.fee_note
    fit_note = entry.imwu_note_fr if fr and entry.imwu_note_fr else entry.imwu_note
    sep = t["sep"]
    lines = [f"{entry.code} – {name}", f"  {t['fr_label']}{sep}{other}{other_note}",
             f"  {t['kind'][entry.kind]} · {t['basis']}{sep}{entry.basis}"
             + (f" · {t['formerly']}{sep}{', '.join(entry.old_codes)}"
                if entry.old_codes and entry.old_codes != (entry.code,) else ""),
             "", _wrap(entry.description_fr if fr else entry.description), "",
             f"  {t['fee']}{sep}{t['yes'] if entry.portal_and_fee else t['no']}",
             _wrap(fee_note, "    "),
             f"  {t['open']}{sep}{t['yes'] if entry.open_permit else t['no']}",
             f"  {t['fit']}{sep}{_FIT[lang][entry.imwu_fit]}", _wrap(fit_note, "    "),
             f"  {t['docs']}{sep.rstrip()}"]
    if not entry.documents:
        lines.append(f"    {t['none']}")
    for doc in entry.documents:
        lines.append(f"    - {doc.key} ({doc.need}){sep}{doc.name_fr if fr else doc.name}")
    status = t["confirmed"] if entry.confirmed else t["unconfirmed"]
    lines.append(f"  {t['source']}{sep}{entry.source} ({t['checked']} {entry.checked}; {status})")
    return "\n".join(lines)


def _retired_text(retired: RetiredCode, catalogue: Catalogue, lang: str) -> str:
    t = _TEXT[lang]
    note = retired.note_fr if lang == "fr" and retired.note_fr else retired.note
    head = t["retired"].format(code=retired.code, date=retired.retired_on, note=note)
    replacements = [c for r in retired.replacements if (c := catalogue.get(r)) is not None]
    return head + "\n" + _table(replacements, lang)


def _print_json(entries: list[ExemptionCode]) -> None:
    payload: list[dict[str, Any]] = [code_to_dict(e) for e in entries]
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _run(args: argparse.Namespace) -> int:
    try:
        return _show(args)
    except BrokenPipeError:  # e.g. `imwu-desktop codes | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _show(args: argparse.Namespace) -> int:
    try:
        catalogue = load_catalogue()
    except DataFileError as exc:
        raise UserError(str(exc)) from exc
    query = " ".join(args.text).strip()
    lang: str = args.lang
    retired = catalogue.retired(query) if query else None
    exact = catalogue.get(query) if query else None
    entries = catalogue.search(query)
    if not entries:
        raise UserError(f"No exemption code matches '{query}'; run 'imwu-desktop codes' to "
                        "see them all.")
    if args.json:
        if retired is not None:
            print(_retired_text(retired, catalogue, lang).splitlines()[0], file=sys.stderr)
        _print_json(entries)
    elif retired is not None:
        print(_retired_text(retired, catalogue, lang))
    elif exact is not None:
        print(_details(exact, lang))
    else:
        print(_table(entries, lang))
        print()
        print(_TEXT[lang]["count"].format(n=len(entries), version=catalogue.version,
                                          as_of=catalogue.as_of))
    sys.stdout.flush()
    return 0


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "codes", help="list or search the LMIA and work permit exemption codes",
        description="List the exemption catalogue, show one code in full (e.g. 'codes C63'), "
                    "or search it by words in English or French (e.g. 'codes artist').")
    parser.add_argument("text", nargs="*", help="a code or words to search for")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list of the matching codes with every field")
    parser.add_argument("--lang", choices=["en", "fr"], default="en",
                        help="language of the readable output (default: en)")
    parser.set_defaults(handler=_run)
