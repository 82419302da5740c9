"""Write the outcome of a send into the case: the sent record, or an unconfirmed attempt.

Sent: the exact .eml is stored in the case file (by SHA-256, like every attachment, so its
integrity is checked on open) and a `sent` StatusEvent points at it with `eml_sha256` and
records the time, recipients, server reply, Message-ID and a follow-up date.
Unconfirmed (the connection broke after the data went out): the .eml is kept as the output
`unconfirmed-send.eml` so that a later send asks first, and the case stays unsent.
"""

from __future__ import annotations

import hashlib
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, Protocol

from imwu_desktop.domain.case import Case, Document, State, StatusEvent
from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.mail.messages import RECORD
from imwu_desktop.services.mail.send import SendResult

FOLLOW_UP_DAYS = 14
UNCONFIRMED_EML = "unconfirmed-send.eml"
SENT_ITEM = "sent_message"


class CaseOutputs(Protocol):
    """What this module needs from an opened case file (casefile.OpenedCase)."""

    @property
    def case(self) -> Case: ...
    def add_attachment(self, src: Path | str, item: str = ..., label: str = ...) -> Document: ...
    def put_output(self, name: str, data: bytes | Path) -> None: ...
    def get_output(self, name: str) -> bytes | None: ...
    def remove_output(self, name: str) -> None: ...
    def output_names(self) -> list[str]: ...
    def open_attachment(self, sha256: str) -> BinaryIO: ...


def sent_eml(opened: CaseOutputs) -> bytes | None:
    """The exact message of the last successful send, if any."""
    last = opened.case.last_status
    if last is None or last.state != State.SENT or not last.eml_sha256:
        return None
    with opened.open_attachment(last.eml_sha256) as handle:
        return handle.read()


def sent_eml_name(result: SendResult) -> str:
    return f"sent-{result.sent_at.strftime('%Y%m%d-%H%M%S')}.eml"


def follow_up_date(sent_on: date) -> date:
    return sent_on + timedelta(days=FOLLOW_UP_DAYS)


def record_sent(opened: CaseOutputs, result: SendResult) -> StatusEvent:
    """Add the sent .eml and a `sent` event to the case (the caller saves the case file)."""
    name = sent_eml_name(result)
    digest = hashlib.sha256(result.raw).hexdigest()
    with tempfile.TemporaryDirectory(prefix="imwu-eml-") as folder:
        path = Path(folder) / name
        path.write_bytes(result.raw)
        stored = opened.add_attachment(path, item=SENT_ITEM)
    if stored.sha256 != digest:  # the store hashes what it copied: prove it is our bytes
        raise RuntimeError("the stored message differs from the one sent")
    if UNCONFIRMED_EML in opened.output_names():
        opened.remove_output(UNCONFIRMED_EML)
    event = StatusEvent(
        state=State.SENT, at=result.sent_at, recipient=", ".join(result.recipients),
        message_id=result.message_id, server_reply=result.server_reply,
        eml_sha256=digest, follow_up=follow_up_date(result.sent_at.astimezone().date()),
        note=name)
    opened.case.add_status(event)
    return event


def record_unconfirmed(opened: CaseOutputs, raw: bytes) -> None:
    """Keep the message whose delivery is unknown; the case stays unsent."""
    opened.put_output(UNCONFIRMED_EML, raw)


def unconfirmed_send(opened: CaseOutputs) -> bytes | None:
    """The message of an earlier send that may have arrived, if any."""
    return opened.get_output(UNCONFIRMED_EML)


def resend_warning(opened: CaseOutputs, lang: str = "en") -> str | None:
    """Why sending again needs a confirmation (in `lang`), or None when it does not."""
    last = opened.case.last_status
    if last is not None and last.state == State.SENT:
        at = last.at.astimezone()
        when = say(RECORD, "when", lang, date=at.strftime("%Y-%m-%d"), hour=at.strftime("%H"),
                   minute=at.strftime("%M"))
        return say(RECORD, "already_sent", lang, when=when, recipient=last.recipient)
    if unconfirmed_send(opened) is not None:
        return say(RECORD, "unconfirmed", lang)
    return None
