"""Command-line sub-command(s): check (not built yet)."""

from __future__ import annotations

import argparse
from typing import Any

from imwu_desktop.errors import UserError


def _not_yet(args: argparse.Namespace) -> int:
    raise UserError(f"'{args.command}' is not available in this version yet.")


def register(sub: Any) -> None:
    for name in ["check"]:
        parser = sub.add_parser(name, help="(not available yet)")
        parser.add_argument("rest", nargs="*")
        parser.set_defaults(handler=_not_yet)
