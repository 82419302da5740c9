"""Command line: sub-commands for scripts, or the GUI when none is given.

    imwu-desktop [CASE.imwu]            open the app (what a double-click runs)
    imwu-desktop --version | --self-test
    imwu-desktop import|export|check|build|codes|send ...
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from imwu_desktop import __version__
from imwu_desktop.errors import UserError

if TYPE_CHECKING:
    import argparse

#: sub-command name -> module in imwu_desktop.commands that registers it
COMMANDS: dict[str, str] = {
    "import": "case_io",
    "export": "case_io",
    "check": "check",
    "build": "build",
    "codes": "codes",
    "send": "send",
}

log = logging.getLogger(__name__)


def _command_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="imwu-desktop", description="IMWU Desktop")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in dict.fromkeys(COMMANDS.values()):
        module = importlib.import_module(f"imwu_desktop.commands.{module_name}")
        module.register(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="imwu-desktop",
        description="Prepare and send an LMIA or work permit exemption opinion request to IMWU. "
        f"Commands for scripts: {', '.join(COMMANDS)} (imwu-desktop COMMAND --help).",
    )
    parser.add_argument("case", nargs="?", help="a case file (.imwu) to open")
    parser.add_argument("--version", action="version", version=f"IMWU Desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check resources, data, Qt, PDF engines and the keyring; exit 0 or 1")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    return parser


def _setup_logging(debug: bool) -> None:
    from imwu_desktop.services.logs import setup_logging

    setup_logging(debug=debug)


def _is_plain_launch(args: list[str]) -> bool:
    """No arguments, or one case file: what a menu entry or a double-click runs. These skip
    argparse, whose set-up would cost the first window ~4 ms; the parser would read them the
    same way."""
    return not args or (len(args) == 1 and not args[0].startswith("-"))


def run(argv: Sequence[str]) -> int:
    args_list = list(argv)
    debug = "--debug" in args_list
    first = next((a for a in args_list if a != "--debug"), None)
    try:
        if first in COMMANDS:
            args = _command_parser().parse_args(args_list)
            _setup_logging(args.debug)
            log.info("command %s (version %s)", args.command, __version__)  # never its arguments
            code = int(args.handler(args))
            log.info("command %s ended with exit code %d", args.command, code)
            return code
        if _is_plain_launch(args_list):  # a double-click: no need to build the parser
            _setup_logging(False)
            case = args_list[0] if args_list else None
        else:
            gui_args = _gui_parser().parse_args(args_list)
            _setup_logging(gui_args.debug)
            if gui_args.self_test:
                from imwu_desktop.selftest import run_self_test

                return run_self_test()
            case = gui_args.case
        from imwu_desktop.gui.app import run_gui

        return run_gui(case)
    except UserError as exc:
        print(f"imwu-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: one sentence unless --debug
        if debug:
            raise
        log.exception("unexpected error")
        print(f"imwu-desktop: unexpected error ({type(exc).__name__}: {exc}); "
              "run again with --debug for details.", file=sys.stderr)
        return 2
