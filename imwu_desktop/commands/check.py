"""``imwu-desktop check CASE.imwu [--json]``: is the request ready to send, and if not, why.

Prints the eligibility verdict with its reasons, then the problems step by step (the same
step flow the wizard shows). Exit code 0 only when the request can be sent, 1 otherwise.
The JSON shape is the public contract in docs (check-json).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import Case
from imwu_desktop.domain.eligibility import ELIGIBLE, assess
from imwu_desktop.domain.i18n_text import lang_of, say
from imwu_desktop.domain.imwu_info import load_imwu_info
from imwu_desktop.domain.problems import ERROR, WARNING, Problem
from imwu_desktop.domain.stepflow import step_statuses
from imwu_desktop.errors import UserError
from imwu_desktop.services.casefile import OpenedCase, open_case

NOT_READY_EXIT = 1

LABELS = {
    "eligibility": {"en": "Eligibility", "fr": "Admissibilité"},
    "employer": {"en": "Employer", "fr": "Employeur"},
    "worker": {"en": "Worker", "fr": "Travailleur"},
    "job": {"en": "Job", "fr": "Emploi"},
    "exemption": {"en": "Exemption", "fr": "Dispense"},
    "documents": {"en": "Documents", "fr": "Documents"},
    "review": {"en": "Review", "fr": "Vérification"},
    "send": {"en": "Send", "fr": "Envoi"},
    "eligible": {"en": "eligible", "fr": "admissible"},
    "not_eligible": {"en": "not eligible", "fr": "non admissible"},
    "attention": {"en": "needs your attention", "fr": "demande votre attention"},
    "not_started": {"en": "not started", "fr": "pas commencé"},
    "incomplete": {"en": "incomplete", "fr": "incomplet"},
    "complete": {"en": "complete", "fr": "complet"},
    "problems": {"en": "problems", "fr": "problèmes"},
    "error": {"en": "error", "fr": "erreur"},
    "warning": {"en": "warning", "fr": "avertissement"},
    "verdict": {"en": "Eligibility for an IMWU opinion: {verdict}",
                "fr": "Admissibilité à un avis de l'UMIT : {verdict}"},
    "way": {"en": "What to do: {text}", "fr": "Que faire : {text}"},
    "size_unknown": {"en": "E-mail size: not measured yet (limit {limit} MB)",
                     "fr": "Taille du courriel : pas encore mesurée (limite {limit} Mo)"},
    "size": {"en": "E-mail size: {size} MB of {limit} MB",
             "fr": "Taille du courriel : {size} Mo sur {limit} Mo"},
    "ready": {"en": "Ready to send.", "fr": "Prêt à envoyer."},
    "not_ready": {"en": "Not ready to send: {errors} error(s), {warnings} warning(s).",
                  "fr": "Pas prêt à envoyer : {errors} erreur(s), {warnings} avertissement(s)."},
}


def measure_request(opened: OpenedCase) -> tuple[int | None, list[Problem]]:
    """Build the request as it would be sent: its encoded size, and the documents' problems.

    The letters are generated and the documents checked and fitted in a temporary folder
    (nothing is written to the case). A document that cannot be used becomes a problem on
    the documents step; the size is None when the message cannot be built at all.
    """
    from imwu_desktop.services.mail.request import prepare_request

    try:
        with tempfile.TemporaryDirectory(prefix="imwu-check-") as folder:
            prepared = prepare_request(opened, Path(folder))
    except UserError as exc:
        return None, [Problem("documents", "request_not_built", ERROR, str(exc))]
    problems = [
        Problem("documents", "document_unusable" if r.severity == ERROR else "document_warning",
                r.severity, r.message, item=r.item)
        for r in prepared.package.reports if r.severity in (ERROR, WARNING)
    ]
    return prepared.package.encoded_size, problems


def check_report(case: Case, size_bytes: int | None = None,
                 today: date | None = None,
                 document_problems: Sequence[Problem] = ()) -> dict[str, Any]:
    """The check result in the shape of the public check-json contract (plus ``steps``)."""
    statuses = step_statuses(case, today, size_bytes)
    eligibility = assess(case)
    problems = [p for s in statuses for p in s.problems]
    problems[len(problems):] = [p for p in document_problems if p not in problems]
    ready = eligibility.verdict == ELIGIBLE and not any(p.blocking for p in problems)
    return {
        "ready": ready,
        "eligibility": eligibility.to_dict(),
        "problems": [p.to_dict() for p in problems],
        "steps": [{"step": s.step, "state": s.state} for s in statuses],
        "size": {"bytes": size_bytes, "limit": load_imwu_info().size_limit_bytes},
    }


def format_report(report: dict[str, Any], lang: str) -> str:
    """The human-readable report: verdict and reasons, then problems grouped by step."""
    lines = [say(LABELS, "verdict", lang,
                 verdict=say(LABELS, report["eligibility"]["verdict"], lang))]
    for reason in report["eligibility"]["reasons"]:
        lines.append(f"  - {reason['message']}")
        lines.append("    " + say(LABELS, "way", lang, text=reason["way_forward"]))
    lines.append("")
    for step in report["steps"]:
        name = step["step"]
        lines.append(f"{say(LABELS, name, lang)}: {say(LABELS, step['state'], lang)}")
        for problem in (p for p in report["problems"] if p["step"] == name):
            where = problem.get("field") or problem.get("item") or ""
            where = f" [{where}]" if where else ""
            lines.append(f"  {say(LABELS, problem['severity'], lang)}{where}: "
                         f"{problem['message']}")
    lines.append("")
    size, limit = report["size"]["bytes"], report["size"]["limit"]
    if size is None:
        lines.append(say(LABELS, "size_unknown", lang, limit=f"{limit / 1e6:g}"))
    else:
        lines.append(say(LABELS, "size", lang, size=f"{size / 1e6:.1f}", limit=f"{limit / 1e6:g}"))
    if report["ready"]:
        lines.append(say(LABELS, "ready", lang))
    else:
        errors = sum(p["severity"] == "error" for p in report["problems"])
        warnings = len(report["problems"]) - errors
        lines.append(say(LABELS, "not_ready", lang, errors=errors, warnings=warnings))
    return "\n".join(lines)


def _parse_today(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today should be a date written YYYY-MM-DD, not “{value}”.") from None


def _check(args: argparse.Namespace) -> int:
    today = _parse_today(args.today)
    with open_case(args.case, lock=False) as opened:
        size, document_problems = (None, []) if args.no_size else measure_request(opened)
        report = check_report(opened.case, size, today, document_problems)
        lang = lang_of(opened.case.language)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(report, lang))
    return 0 if report["ready"] else NOT_READY_EXIT


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "check", help="say whether a case is ready to send, and what is missing or wrong "
                      "(exit 0 only when ready)")
    parser.add_argument("case", metavar="CASE.imwu")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help="check as of this day instead of today (dates, passport validity)")
    parser.add_argument("--no-size", action="store_true",
                        help="skip building the e-mail (faster; size and document checks "
                             "are left out)")
    parser.set_defaults(handler=_check)
