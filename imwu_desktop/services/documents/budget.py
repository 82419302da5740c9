"""The exact size of the outgoing email, compared with IMWU's 4 MB limit.

IRCC refuses an email over 4 MB, and what counts is the message as sent, not the raw files.
Structure assumed (the mail service, services/mail/compose.py, builds exactly this):

- `email.message.EmailMessage(policy=email.policy.SMTP)`: CRLF line endings, 7-bit clean;
- the caller's headers in order (From, To, Cc, Subject; plus Date and Message-ID, which we
  fill with placeholders at least as long as the real ones when the caller has none yet);
- multipart/mixed: a text/plain UTF-8 body part, quoted-printable;
- one part per attachment, its media type guessed from the file name (application/pdf),
  base64 in 76-character lines, the file name as an RFC 2231 `filename*=` parameter when it
  is not plain ASCII.

`encoded_message_size` builds that message and measures `len(msg.as_bytes())`.
`estimate_encoded_size` gives the same number from the attachments' sizes alone: it builds the
message with empty attachments (headers and boundaries exactly as sent) and adds the base64
length arithmetic, so it never has to read or encode megabytes while shrinking.

The budget is 4,000,000 bytes (decimal megabytes, the stricter reading of "4 MB") minus
`SERVER_HEADER_MARGIN`: every server on the way prepends headers to the message it stores
(Received lines, DKIM-Signature, ARC-Seal/ARC-Message-Signature/ARC-Authentication-Results,
Authentication-Results, spam-filter X- headers, Return-Path). Each relay adds about 0.5-3 KB; a
chain of a sender's provider, a security gateway and the Government of Canada's mail filters can
add 10 KB or more, so 20 KB keeps a request that passes here from failing there.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from imwu_desktop.domain.case import Case

IMWU_LIMIT_BYTES = 4_000_000
SERVER_HEADER_MARGIN = 20_000
BUDGET_BYTES = IMWU_LIMIT_BYTES - SERVER_HEADER_MARGIN
BASE64_LINE = 76  # characters of base64 per line, then CRLF

Headers = Mapping[str, str | Sequence[str]]


def base64_size(raw_size: int) -> int:
    """Bytes that `raw_size` bytes take as base64 in 76-character CRLF-terminated lines."""
    chars = 4 * ((raw_size + 2) // 3)
    lines = (chars + BASE64_LINE - 1) // BASE64_LINE
    return chars + 2 * lines


def media_type_for(file_name: str) -> tuple[str, str]:
    guessed, _ = mimetypes.guess_type(file_name)
    maintype, _, subtype = (guessed or "application/octet-stream").partition("/")
    return maintype, subtype


def build_message(attachments: Sequence[tuple[str, bytes | Path]], body: str,
                  headers: Headers) -> EmailMessage:
    """The message with the structure described in the module docstring."""
    msg = EmailMessage(policy=SMTP)
    for name, value in _complete(headers).items():
        msg[name] = value if isinstance(value, str) else ", ".join(value)
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for file_name, content in attachments:
        data = content if isinstance(content, bytes) else Path(content).read_bytes()
        maintype, subtype = media_type_for(file_name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=file_name)
    return msg


def encoded_message_size(attachments: Sequence[tuple[str, bytes | Path]], body: str,
                         headers: Headers) -> int:
    """Bytes of the complete encoded message (builds it; exact)."""
    return len(build_message(attachments, body, headers).as_bytes(policy=SMTP))


def estimate_encoded_size(attachments: Sequence[tuple[str, int]], body: str,
                          headers: Headers) -> int:
    """The same size from (file name, raw size) pairs, without encoding any file."""
    skeleton = encoded_message_size([(name, b"") for name, _ in attachments], body, headers)
    empty = base64_size(0) + _EMPTY_PAYLOAD_EXTRA
    return skeleton + sum(base64_size(size) - empty for _, size in attachments)


def fits(size: int) -> bool:
    return size <= BUDGET_BYTES


def request_size(case: Case, extra: Sequence[tuple[str, int]] = ()) -> int:
    """The email's encoded size with the case's files as attached (before any shrinking) and
    the `extra` letters by (name, size); see email_layout.size_as_attached."""
    from imwu_desktop.services.documents.email_layout import size_as_attached

    return size_as_attached(case, extra)


def _complete(headers: Headers) -> dict[str, str | Sequence[str]]:
    """The caller's headers, plus Date and Message-ID placeholders of the real length."""
    done = dict(headers)
    present = {name.lower() for name in done}
    if "date" not in present:
        done["Date"] = format_datetime(datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC).astimezone())
    if "message-id" not in present:
        sender = done.get("From", "")
        _, address = parseaddr(sender if isinstance(sender, str) else ", ".join(sender))
        domain = address.rpartition("@")[2] or "example.org"
        # make_msgid: <centiseconds.pid.64-bit random@domain>; the longest of each part
        done["Message-ID"] = f"<{'1' * 12}.{'1' * 7}.{'1' * 20}@{domain}>"
    return done


def _measure_empty_payload() -> int:
    """What the email package writes for an empty base64 payload beyond base64_size(0)."""
    one = encoded_message_size([("a.pdf", b"\0" * 57)], "", {"From": "a@b.c"})
    none = encoded_message_size([("a.pdf", b"")], "", {"From": "a@b.c"})
    return base64_size(57) - (one - none) - base64_size(0)


_EMPTY_PAYLOAD_EXTRA = _measure_empty_payload()
