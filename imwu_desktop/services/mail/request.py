"""Glue shared by the CLI and the GUI: gather the request's files and compose it.

The letters area generates the IMM 5686 and the cover letter; the documents area checks,
merges and shrinks the user's files to fit the 4 MB email. This module orders and names
them for the email: `01-IMM5686-…` (unless the user supplied their own form),
`02-cover-letter`, then the documents in checklist order.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.errors import UserError
from imwu_desktop.services.mail.compose import (
    Attachment,
    ComposedMessage,
    attachment_name,
    compose_request,
)
from imwu_desktop.services.mail.messages import COMPOSE

if TYPE_CHECKING:  # pypdf and Pillow load only when a request is actually prepared
    from imwu_desktop.services.documents.prepare import PreparedPackage

#: progress(fraction 0..1, what is being done)
Progress = Callable[[float, str], None]


def generated_names(case: Any) -> list[tuple[str, str]]:
    """(letters key, email file name) of the generated files, in email order."""
    own_form = bool(case.documents_for("imm5686"))
    keys = ["cover_letter"] if own_form else ["imm5686", "cover_letter"]
    return [(key, attachment_name(i, key, case)) for i, key in enumerate(keys, start=1)]


@dataclass
class PreparedRequest:
    """Everything that goes into the email, written under one work folder."""

    letters: dict[str, Path]  # generated PDFs by key: cover_letter, imm5686, summary
    extra: list[tuple[str, Path]]  # generated attachments (email name, file), email order
    package: PreparedPackage  # the user's documents, checked and fitted, with reports

    def attachments(self) -> list[Attachment]:
        return ([Attachment(name, path.read_bytes()) for name, path in self.extra]
                + [Attachment(f.file_name, f.path.read_bytes()) for f in self.package.files])

    def blocking_problem(self, lang: str = "en") -> str | None:
        """The first reason the request cannot be sent as prepared, or None."""
        errors = [r.message for r in self.package.reports if r.severity == "error"]
        if errors:
            return errors[0]
        if not self.package.fits:
            return self.package.problem or say(COMPOSE, "not_fit", lang)
        return None


def prepare_request(opened: Any, work: Path, progress: Progress | None = None,
                    cancel: Any = None, lang: str = "en") -> PreparedRequest:
    """Generate the letters and fit the user's documents, into `work` (slow: off the GUI).
    The documents' reports and problem are worded in `lang`, the reader's language."""
    from imwu_desktop.services.documents.prepare import prepare_attachments
    from imwu_desktop.services.letters import build_documents

    case = opened.case
    built = build_documents(case, work / "letters")
    extra: list[tuple[str, Path]] = [
        (name, Path(built[key])) for key, name in generated_names(case)]
    # Without body/headers the documents service measures with the mail service's own
    # subject, note and recipient: the budget is the size of the real message.
    package = prepare_attachments(case, opened.open_attachment, work / "documents",
                                  progress, cancel, extra=extra, lang=lang)
    return PreparedRequest({k: Path(v) for k, v in built.items()}, extra, package)


def request_attachments(opened: Any, progress: Progress | None = None,
                        cancel: Any = None, lang: str = "en") -> list[Attachment]:
    """The files to send for an opened case (casefile.OpenedCase), in order, named.

    Slow (builds PDFs, may shrink scans): run it off the GUI thread. Raises UserError with
    the documents area's explanation when the package cannot be made or does not fit.
    """
    with tempfile.TemporaryDirectory(prefix="imwu-send-") as folder:
        prepared = prepare_request(opened, Path(folder), progress, cancel, lang)
        problem = prepared.blocking_problem(lang)
        if problem:
            raise UserError(problem)
        return prepared.attachments()


def readiness_problem(case: Any, email_bytes: int | None = None, lang: str = "en") -> str | None:
    """Why the request is not ready to send (the first blocking problem), or None.

    `lang` words the sentence; the problem itself comes in the case's language, so a reader
    in another language passes a copy of the case in theirs (the GUI: domain_access.shown).
    """
    from imwu_desktop.domain.stepflow import all_problems, is_ready

    if is_ready(case, email_bytes=email_bytes):
        return None
    blocking = [p for p in all_problems(case, email_bytes=email_bytes) if p.blocking]
    if not blocking:
        return say(COMPOSE, "not_ready_unknown", lang)
    others = len(blocking) - 1
    more = say(COMPOSE, "more_one" if others == 1 else "more_many", lang, count=others) \
        if others else ""
    return say(COMPOSE, "not_ready", lang, problem=blocking[0].message, more=more)


def compose_for_case(opened: Any, *, sender: str, sender_name: str = "", to: str | None = None,
                     cc: Sequence[str] = (), attachments: Sequence[Attachment] | None = None,
                     lang: str = "en") -> ComposedMessage:
    """The request email for `opened` (a casefile.OpenedCase); errors in `lang`."""
    files = request_attachments(opened) if attachments is None else list(attachments)
    return compose_request(opened.case, sender=sender, sender_name=sender_name, to=to, cc=cc,
                           attachments=files, lang=lang)
