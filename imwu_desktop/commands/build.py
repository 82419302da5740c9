"""``imwu-desktop build CASE.imwu --out DIR``: everything that would be sent, without sending.

Writes into DIR the exact ``request.eml``, each attachment under its email name (the
generated IMM 5686 and cover letter, then the user's documents checked and fitted to the
4 MB limit) and the one-page ``summary.pdf`` for the employer's file. The case file itself is
not changed. Exit 0 when the request could be built within the limit, 1 otherwise (the files
that could be made are still written, and the reason is printed).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from imwu_desktop.errors import UserError
from imwu_desktop.services.casefile import open_case

REQUEST_FILE = "request.eml"
SUMMARY_FILE = "summary.pdf"


def _progress(fraction: float, text: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{fraction:4.0%} {text[:60]:<60}")
        sys.stderr.flush()


def _output_folder(value: str) -> Path:
    out = Path(value)
    if out.exists() and not out.is_dir():
        raise UserError(f"“{out}” is a file; give a folder for --out.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"The folder “{out}” cannot be created ({exc.strerror}).") from None
    return out


def _build(args: argparse.Namespace) -> int:
    from imwu_desktop.services.mail.compose import compose_request
    from imwu_desktop.services.mail.request import prepare_request

    out = _output_folder(args.out)
    with open_case(args.case, lock=False) as opened, \
            tempfile.TemporaryDirectory(prefix="imwu-build-") as folder:
        case = opened.case
        sender = args.sender or case.contact.email
        if not sender:
            raise UserError("The case has no contact e-mail address; give one with --from.")
        prepared = prepare_request(opened, Path(folder), _progress)
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        written = [_copy(prepared.letters["summary"], out / SUMMARY_FILE)]
        written += [_copy(path, out / name) for name, path in prepared.extra]
        written += [_copy(f.path, out / f.file_name) for f in prepared.package.files]
        for report in prepared.package.reports:
            if report.severity in ("error", "warning"):
                print(f"{report.severity}: {report.message}", file=sys.stderr)
        problem = prepared.blocking_problem()
        if problem is None:
            message = compose_request(case, sender=sender, to=args.to or None,
                                      attachments=prepared.attachments())
            eml = out / REQUEST_FILE
            eml.write_bytes(message.raw)
            eml.chmod(0o600)
            written.append(eml)
    for path in written:
        print(path)
    if problem is not None:
        raise UserError(f"{problem} (request.eml was not written)")
    print(f"E-mail size: {message.size:,} bytes (IMWU's limit: 4,000,000).")
    return 0


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    target.chmod(0o600)  # passport pages and personal data: owner only
    return target


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "build", help="write request.eml, the generated PDFs and the prepared attachments "
                      "into a folder, without sending")
    parser.add_argument("case", metavar="CASE.imwu")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    parser.add_argument("--from", dest="sender", metavar="ADDRESS",
                        help="sender address (default: the case's contact e-mail)")
    parser.add_argument("--to", metavar="ADDRESS",
                        help="recipient (default: the IMWU address from the app's data)")
    parser.set_defaults(handler=_build)
