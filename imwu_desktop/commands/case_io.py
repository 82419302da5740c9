"""Command-line sub-commands ``import`` (case JSON -> .imwu) and ``export`` (.imwu -> JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case_json import export_dict
from imwu_desktop.errors import UserError
from imwu_desktop.services.casefile import (
    CaseFileExists,
    import_case_json,
    open_case,
    save_case,
)


def _refuse_existing(out: Path) -> UserError:
    return UserError(f"“{out.name}” already exists; add --force to replace it.")


def _import(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise _refuse_existing(out)
    if out.suffix.lower() != ".imwu":
        raise UserError(f"“{out.name}” should end in .imwu so the app recognises it.")
    with import_case_json(args.case_json) as opened:
        try:
            save_case(opened, out, overwrite=args.force)
        except CaseFileExists:
            raise _refuse_existing(out) from None
    print(f"Wrote {out} ({len(opened.case.documents)} documents).")
    return 0


def _export(args: argparse.Namespace) -> int:
    with open_case(args.case, lock=False) as opened:
        opened.verify_attachments()
        data = export_dict(opened.case)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import", help="make a case file from case JSON (documents relative to the JSON)")
    imp.add_argument("case_json", metavar="CASE.json")
    imp.add_argument("--out", required=True, metavar="CASE.imwu", help="the case file to write")
    imp.add_argument("--force", action="store_true",
                     help="replace --out if it exists (atomically)")
    imp.set_defaults(handler=_import)
    exp = sub.add_parser("export", help="print a case file as JSON (the public contract)")
    exp.add_argument("case", metavar="CASE.imwu")
    exp.set_defaults(handler=_export)
